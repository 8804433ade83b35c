package com.zangsho.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The migrations as the embedded default runs them: H2 in MySQL mode (MySQL runs them in the ITs).
 */
class MigrationsTest {
  private static final String URL = "jdbc:h2:mem:migrations;MODE=MySQL;DB_CLOSE_DELAY=-1";

  @Test
  void migrationsApplyCleanlyAndAreUpToDateOnASecondRun() {
    Flyway flyway = Flyway.configure().dataSource(URL, "sa", "").load();
    assertEquals(true, flyway.migrate().success);
    assertEquals(0, flyway.migrate().migrationsExecuted);
  }

  @Test
  void customerEmailKeysAreUniquePerTenantOnly() throws SQLException {
    Flyway.configure().dataSource(URL, "sa", "").load().migrate();
    try (Connection c = DriverManager.getConnection(URL, "sa", "");
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO tenants (id, name, created_at) VALUES (901, 'a', NOW()), (902, 'b', NOW())");
      s.execute(customer(1, 901, "x@example.com"));
      s.execute(customer(2, 902, "x@example.com"));
      assertThrows(SQLException.class, () -> s.execute(customer(3, 901, "x@example.com")));
    }
  }

  private static String customer(long id, long tenantId, String emailKey) {
    return "INSERT INTO customers (id, tenant_id, email, email_key, created_at, updated_at) VALUES ("
        + id
        + ", "
        + tenantId
        + ", '"
        + emailKey
        + "', '"
        + emailKey
        + "', NOW(), NOW())";
  }
}
