package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A write that waits too long for a lock another transaction holds is a race, not the client's
 * mistake: it runs again like a write that lost a race on a key, and when every attempt waits in
 * vain it is answered 409 with {@code Retry-After}, never a 422 naming a field, and writes nothing.
 * The locks are held from a JDBC session of the test's own; the server's connections give up on a
 * lock after one second ({@code innodb_lock_wait_timeout}, set for the database and the server's
 * pool flushed so that its connections take it; put back afterwards). MySQL only: H2 runs inside
 * the server, out of a test's reach.
 */
@EnabledIfEnvironmentVariable(named = "ZANGSHO_DB_DRIVER", matches = "mysql")
class LockWaitsIT extends DeployedEarTest {
  @ArquillianResource ManagementClient management;
  private Api api;
  private long tenantId;
  private int lockWaitBefore;

  @BeforeEach
  void shortLockWaits() throws Exception {
    api = Api.newTenant(base, "locks-" + UUID.randomUUID());
    long probe =
        api.post("/v1/customers", "{\"email\": \"probe@example.com\"}")
            .expect(201)
            .data()
            .getJsonNumber("id")
            .longValue();
    try (Connection db = TestDatabase.connect();
        PreparedStatement tenant =
            db.prepareStatement("SELECT tenant_id FROM customers WHERE id = ?")) {
      tenant.setLong(1, probe);
      try (ResultSet row = tenant.executeQuery()) {
        row.next();
        tenantId = row.getLong(1);
      }
    }
    try (Connection root = root();
        Statement sql = root.createStatement();
        ResultSet row = sql.executeQuery("SELECT @@GLOBAL.innodb_lock_wait_timeout")) {
      row.next();
      lockWaitBefore = row.getInt(1);
      sql.execute("SET GLOBAL innodb_lock_wait_timeout = 1");
    }
    flushPool();
  }

  @AfterEach
  void lockWaitsAsBefore() throws Exception {
    try (Connection root = root();
        Statement sql = root.createStatement()) {
      sql.execute("SET GLOBAL innodb_lock_wait_timeout = " + lockWaitBefore);
    }
    flushPool();
  }

  @Test
  void aCreateWaitingOnAnotherTransactionsNewRowIs409NotEmailTaken() throws Exception {
    try (Connection other = TestDatabase.connect()) {
      other.setAutoCommit(false);
      try (Statement sql = other.createStatement()) {
        sql.executeUpdate(
            "INSERT INTO customers (id, tenant_id, email, email_key, created_at, updated_at)"
                + " VALUES (900000000000001, "
                + tenantId
                + ", 'held@example.com', 'held@example.com', NOW(), NOW())");
      }

      assertRace(api.post("/v1/customers", "{\"email\": \"held@example.com\"}"));

      other.rollback();
    }
    api.post("/v1/customers", "{\"email\": \"held@example.com\"}").expect(201);
  }

  @Test
  void aKeyedChangeWaitingOnARowLockIs409ThenItsRetryWritesOnce() throws Exception {
    long id = newCustomer("keyed@example.com");
    Api keyed = api.withHeader("X-Idempotency-Key", "locked-put");
    try (Connection other = lockRow(id)) {
      assertRace(keyed.put("/v1/customers/" + id, "{\"name\": \"changed\"}"));
      other.rollback();
    }
    assertEquals(
        "changed",
        keyed
            .put("/v1/customers/" + id, "{\"name\": \"changed\"}")
            .expect(200)
            .data()
            .getString("name"));
    assertEquals(
        "true",
        keyed
            .put("/v1/customers/" + id, "{\"name\": \"changed\"}")
            .expect(200)
            .header("Idempotent-Replayed"));
  }

  @Test
  void aBatchWaitingOnARowLockIs409AndWritesNothing() throws Exception {
    long id = newCustomer("batch-held@example.com");
    String batch =
        """
        {"on_conflict": "update", "customers": [
          {"email": "batch-held@example.com", "name": "updated"},
          {"email": "batch-new@example.com"}
        ]}""";
    try (Connection other = lockRow(id)) {
      assertRace(api.post("/v1/customers/batch", batch));
      other.rollback();
    }
    assertEquals(
        0,
        api.get("/v1/customers?search=batch-new@").expect(200).json().getJsonArray("data").size(),
        "nothing written");
    JsonObject result = api.post("/v1/customers/batch", batch).expect(200).data();
    assertEquals(1, result.getInt("updated"));
    assertEquals(1, result.getInt("created"));
  }

  private static void assertRace(Api.Response answer) {
    answer.expect(409);
    assertNotNull(answer.header("Retry-After"), "Retry-After");
    assertFalse(answer.json().containsKey("errors"), "no field named: " + answer.text());
  }

  private long newCustomer(String email) {
    return api.post("/v1/customers", "{\"email\": \"" + email + "\"}")
        .expect(201)
        .data()
        .getJsonNumber("id")
        .longValue();
  }

  /** A connection of the test's own holding the customer's row until it rolls back. */
  private static Connection lockRow(long customerId) throws SQLException {
    Connection other = TestDatabase.connect();
    other.setAutoCommit(false);
    try (Statement sql = other.createStatement()) {
      sql.executeQuery("SELECT id FROM customers WHERE id = " + customerId + " FOR UPDATE").close();
    }
    return other;
  }

  private void flushPool() throws IOException {
    ModelNode flush = new ModelNode();
    flush.get("operation").set("flush-all-connection-in-pool");
    flush.get("address").add("subsystem", "datasources").add("data-source", "ZangshoDS");
    ModelNode answer = management.getControllerClient().execute(flush);
    assertEquals("success", answer.get("outcome").asString(), answer.toString());
  }

  /**
   * The database's own account, for a global setting (scripts/mysql-test-database.sh uses it too).
   */
  private static Connection root() throws SQLException {
    return DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/", "root", "");
  }
}
