package com.zangsho.application.startup;

import com.zangsho.domain.operations.ServerNode;
import com.zangsho.domain.operations.ServerNodeRepository;
import com.zangsho.domain.validation.Instants;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The servers sharing the database ({@link ServerNode}), each step a transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ServerNodes {
  @Inject ServerNodeRepository nodes;

  /**
   * Joins this server to the others, if its shared settings agree with those of every server alive.
   *
   * @throws SettingsDisagreeException naming each server and setting that differs
   */
  public void join(String name, String sharedSettings) {
    Instant now = Instants.now();
    StringBuilder disagreements = new StringBuilder();
    for (ServerNode other : nodes.seenSince(now.minus(ServerNode.GONE_AFTER))) {
      Map<String, String> differences =
          ServerNode.differences(sharedSettings, other.sharedSettings());
      if (!other.name().equals(name) && !differences.isEmpty()) {
        disagreements
            .append(disagreements.isEmpty() ? "" : "; ")
            .append(other.name())
            .append(": ")
            .append(
                differences.entrySet().stream()
                    .map(difference -> difference.getKey() + " " + difference.getValue())
                    .collect(Collectors.joining(", ")));
      }
    }
    if (!disagreements.isEmpty()) {
      throw new SettingsDisagreeException(disagreements.toString());
    }
    nodes.save(new ServerNode(name, sharedSettings, now, now));
  }

  /** The names of the servers heard from within {@link ServerNode#GONE_AFTER}. */
  public Set<String> alive() {
    return nodes.seenSince(Instants.now().minus(ServerNode.GONE_AFTER)).stream()
        .map(ServerNode::name)
        .collect(Collectors.toSet());
  }

  public void seen(String name) {
    nodes.seen(name, Instants.now());
  }

  public void leave(String name) {
    nodes.remove(name);
  }

  /** A server whose shared settings differ from those of a server alive. */
  @ApplicationException(rollback = true)
  public static class SettingsDisagreeException extends IllegalStateException {
    SettingsDisagreeException(String disagreements) {
      super(
          "This server's settings differ from those of servers running on the same database ("
              + disagreements
              + "). It does not start, so as not to redo their work under other rules: give"
              + " every server the same settings (docs/cluster.md).");
    }
  }
}
