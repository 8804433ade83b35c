package com.zangsho.persistence.operations;

import com.zangsho.domain.operations.ExclusiveWork;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * MySQL's named locks ({@code GET_LOCK}), held on a connection of their own for as long as the work
 * runs, across the work's own transactions. Not a row lock: it needs no table (the schema may not
 * exist yet) and dies with the holder's connection. An embedded H2 file is opened by one server
 * only, which then needs no lock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class DatabaseLockedWork implements ExclusiveWork {
  private static final Logger LOG = Logger.getLogger(DatabaseLockedWork.class.getName());

  @Resource(lookup = "java:jboss/datasources/ZangshoDS")
  DataSource dataSource;

  @Override
  public void run(String name, Duration wait, Runnable work) {
    try (Connection lockHolder = dataSource.getConnection()) {
      if ("H2".equalsIgnoreCase(lockHolder.getMetaData().getDatabaseProductName())) {
        work.run();
        return;
      }
      if (!ask(lockHolder, "select get_lock(?, 0)", name)) {
        LOG.info(() -> "Another server holds lock '" + name + "'; waiting up to " + wait);
        if (!ask(lockHolder, "select get_lock(?, " + wait.toSeconds() + ")", name)) {
          throw new IllegalStateException("lock '" + name + "' not had within " + wait);
        }
      }
      try {
        work.run();
      } finally {
        ask(lockHolder, "select release_lock(?)", name);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("lock '" + name + "' unavailable", e);
    }
  }

  /** Runs a lock function: 1 is yes; 0 (timed out) and null (an error) are no. */
  private static boolean ask(Connection connection, String sql, String name) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, name);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getInt(1) == 1;
      }
    }
  }
}
