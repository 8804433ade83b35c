package com.zangsho.persistence.customer;

import com.zangsho.domain.customer.SearchGrams;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The search index's rows for customers being written ({@link SearchGrams}): collected, then
 * written as three JDBC batches on the caller's connection, in its transaction, so a customer and
 * what finds it commit or roll back together.
 */
public final class SearchIndexRows implements AutoCloseable {
  private final PreparedStatement insertGram;
  private final PreparedStatement deleteGram;
  private final PreparedStatement insertDomain;
  // Sorted, so that two transactions adding the same new domains take their locks in one order.
  private final Map<Long, Set<String>> domains = new TreeMap<>();
  private boolean anyDeleted;
  private boolean anyInserted;

  public SearchIndexRows(Connection connection) throws SQLException {
    insertGram =
        connection.prepareStatement(
            "INSERT INTO customer_search_grams (tenant_id, gram, customer_id) VALUES (?, ?, ?)");
    deleteGram =
        connection.prepareStatement(
            "DELETE FROM customer_search_grams WHERE tenant_id = ? AND gram = ? AND customer_id = ?");
    // A domain another customer brought first is already there: nothing to add.
    insertDomain =
        connection.prepareStatement(
            "INSERT IGNORE INTO customer_email_domains (tenant_id, domain) VALUES (?, ?)");
  }

  /** Indexes a customer not indexed before. */
  public void add(long tenantId, long customerId, String emailKey, String nameKey)
      throws SQLException {
    change(tenantId, customerId, null, null, emailKey, nameKey);
  }

  /** Removes a customer's rows, as indexed under those keys. */
  public void remove(long tenantId, long customerId, String emailKey, String nameKey)
      throws SQLException {
    for (String gram : SearchGrams.ofCustomer(emailKey, nameKey)) {
      bind(deleteGram, tenantId, gram, customerId);
      anyDeleted = true;
    }
  }

  /**
   * Moves a customer from its old keys to its new ones: only the pieces that differ are written.
   * Old keys null: not indexed before.
   */
  public void change(
      long tenantId,
      long customerId,
      String oldEmailKey,
      String oldNameKey,
      String emailKey,
      String nameKey)
      throws SQLException {
    Set<String> before =
        oldEmailKey == null ? Set.of() : SearchGrams.ofCustomer(oldEmailKey, oldNameKey);
    Set<String> after = SearchGrams.ofCustomer(emailKey, nameKey);
    for (String gram : before) {
      if (!after.contains(gram)) {
        bind(deleteGram, tenantId, gram, customerId);
        anyDeleted = true;
      }
    }
    for (String gram : after) {
      if (!before.contains(gram)) {
        bind(insertGram, tenantId, gram, customerId);
        anyInserted = true;
      }
    }
    String domain = SearchGrams.domainOf(emailKey);
    if (oldEmailKey == null || !SearchGrams.domainOf(oldEmailKey).equals(domain)) {
      domains.computeIfAbsent(tenantId, t -> new TreeSet<>()).add(domain);
    }
  }

  /** Sends what was collected; the rows can be used again afterwards. */
  public void write() throws SQLException {
    if (anyDeleted) {
      deleteGram.executeBatch();
    }
    if (anyInserted) {
      insertGram.executeBatch();
    }
    if (!domains.isEmpty()) {
      for (Map.Entry<Long, Set<String>> tenant : domains.entrySet()) {
        for (String domain : tenant.getValue()) {
          insertDomain.setLong(1, tenant.getKey());
          insertDomain.setString(2, domain);
          insertDomain.addBatch();
        }
      }
      insertDomain.executeBatch();
    }
    domains.clear();
    anyDeleted = false;
    anyInserted = false;
  }

  private static void bind(PreparedStatement statement, long tenantId, String gram, long customerId)
      throws SQLException {
    statement.setLong(1, tenantId);
    statement.setString(2, gram);
    statement.setLong(3, customerId);
    statement.addBatch();
  }

  @Override
  public void close() throws SQLException {
    try (insertGram;
        deleteGram) {
      insertDomain.close();
    }
  }
}
