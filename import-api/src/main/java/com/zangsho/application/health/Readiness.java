package com.zangsho.application.health;

import com.zangsho.domain.DatabaseProbe;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Whether the application can serve requests: today, whether its database answers. */
@Stateless
public class Readiness {
  private static final Logger LOG = Logger.getLogger(Readiness.class.getName());

  @Inject DatabaseProbe database;

  public boolean databaseReachable() {
    try {
      database.ping();
      return true;
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "database not reachable", e);
      return false;
    }
  }
}
