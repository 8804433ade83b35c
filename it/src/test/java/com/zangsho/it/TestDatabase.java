package com.zangsho.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The MySQL run's database, reached from a test as the server under test reaches it (the run's
 * {@code ZANGSHO_DB_*} environment): to hold a lock, or to see what the server stored.
 */
final class TestDatabase {
  private TestDatabase() {}

  static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getenv("ZANGSHO_DB_URL"),
        System.getenv("ZANGSHO_DB_USER"),
        System.getenv("ZANGSHO_DB_PASSWORD"));
  }
}
