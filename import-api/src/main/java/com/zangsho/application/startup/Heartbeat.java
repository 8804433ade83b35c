package com.zangsho.application.startup;

import com.zangsho.application.config.ServerSettings;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the other servers sharing the database that this one is alive, every 10 s ({@link
 * com.zangsho.domain.operations.ServerNode#HEARTBEAT}), and that it is gone when it stops. Each
 * server runs its own: the timer is not meant to run once in a cluster.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Heartbeat {
  private static final Logger LOG = Logger.getLogger(Heartbeat.class.getName());

  @Inject ServerNodes nodes;
  @Inject ServerSettings settings;

  // Not persistent: a missed beat is made good by the next.
  @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
  public void beat() {
    nodes.seen(settings.nodeName());
  }

  @PreDestroy
  void leave() {
    try {
      nodes.leave(settings.nodeName());
    } catch (RuntimeException e) {
      // A server stopping with the database away is taken for gone after 30 s all the same.
      LOG.log(Level.INFO, "could not say this server is leaving: {0}", e.toString());
    }
  }
}
