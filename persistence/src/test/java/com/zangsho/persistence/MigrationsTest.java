package com.zangsho.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
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
    Flyway flyway =
        Migrations.configure(MigrationsTest.class.getClassLoader())
            .dataSource(URL, "sa", "")
            .load();
    assertEquals(true, flyway.migrate().success);
    assertEquals(0, flyway.migrate().migrationsExecuted);
  }

  @Test
  void customerEmailKeysAreUniquePerTenantOnly() throws SQLException {
    Migrations.configure(MigrationsTest.class.getClassLoader())
        .dataSource(URL, "sa", "")
        .load()
        .migrate();
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

  @Test
  void customersStoredBeforeSearchKeysGetThemFromTheUpgrade() throws SQLException {
    String url = "jdbc:h2:mem:upgrade;MODE=MySQL;DB_CLOSE_DELAY=-1";
    Migrations.configure(getClass().getClassLoader())
        .dataSource(url, "sa", "")
        .target("8")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO tenants (id, name, created_at) VALUES (901, 'a', NOW())");
      s.execute(
          "INSERT INTO customers (id, tenant_id, email, email_key, name, created_at, updated_at)"
              + " VALUES (7, 901, 'Wang@Example.com', 'wang@example.com', ' 王小明 Ming ', NOW(), NOW())");
      Migrations.configure(getClass().getClassLoader()).dataSource(url, "sa", "").load().migrate();
      try (ResultSet row =
          s.executeQuery(
              "SELECT email_key_reversed, name_key, name_key_reversed FROM customers WHERE id = 7")) {
        row.next();
        assertEquals("moc.elpmaxe@gnaw", row.getString(1));
        assertEquals("王小明 ming", row.getString(2));
        assertEquals("gnim 明小王", row.getString(3));
      }
    }
  }
}
