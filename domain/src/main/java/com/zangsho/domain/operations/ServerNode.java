package com.zangsho.domain.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One server among those sharing the database, as it last said it was alive.
 *
 * @param name the server's node name ({@code jboss.node.name})
 * @param sharedSettings the settings every server must share, {@code name=value} pairs joined by
 *     {@code ;}
 */
public record ServerNode(String name, String sharedSettings, Instant startedAt, Instant seenAt) {
  /** How often a running server says it is alive. */
  public static final Duration HEARTBEAT = Duration.ofSeconds(10);

  /** A server not heard from for this long is taken for gone. */
  public static final Duration GONE_AFTER = HEARTBEAT.multipliedBy(3);

  /**
   * The settings in which {@code theirs} differs from {@code mine}: by name, {@code "<mine> here,
   * <theirs> there"}; empty when they agree.
   */
  public static Map<String, String> differences(String mine, String theirs) {
    Map<String, String> here = pairs(mine);
    Map<String, String> there = pairs(theirs);
    Map<String, String> differences = new TreeMap<>();
    here.forEach(
        (name, value) -> {
          String other = there.get(name);
          if (!value.equals(other)) {
            differences.put(name, value + " here, " + other + " there");
          }
        });
    there.keySet().stream()
        .filter(name -> !here.containsKey(name))
        .forEach(name -> differences.put(name, "null here, " + there.get(name) + " there"));
    return differences;
  }

  private static Map<String, String> pairs(String settings) {
    Map<String, String> pairs = new TreeMap<>();
    for (String pair : settings.split(";")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        pairs.put(pair.substring(0, equals), pair.substring(equals + 1));
      }
    }
    return pairs;
  }
}
