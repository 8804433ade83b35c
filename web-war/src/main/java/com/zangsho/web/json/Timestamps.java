package com.zangsho.web.json;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Timestamps on the wire: ISO-8601 in UTC with {@code Z}, to the second (docs/api.md §1). */
public final class Timestamps {
  private Timestamps() {}

  public static String format(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
