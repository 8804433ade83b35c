package com.zangsho.persistence.customer;

import com.zangsho.domain.customer.SearchGrams;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The search index's rows for customers being written ({@link SearchGrams}): collected, then
 * written on the caller's connection, in its transaction, so that a customer and what finds it
 * commit or roll back together.
 *
 * <p>A customer has a dozen or more pieces, so a batch of customers has a thousand rows or more.
 * They go as one multi-row INSERT whose values are written into its text: every value is a number
 * the server made, so nothing needs quoting, and binding them one by one through a JDBC batch was
 * most of what indexing cost a batch on the server (docs/performance.md).
 */
public final class SearchIndexRows implements AutoCloseable {
  /** Rows per INSERT: far below any database's statement size limit. */
  private static final int ROWS_PER_STATEMENT = 4000;

  private final Statement statement;
  private final PreparedStatement insertDomain;
  private final List<StringJoiner> inserts = new ArrayList<>();
  private final List<String> deletes = new ArrayList<>();
  // Sorted, so that two transactions adding the same new domains take their locks in one order.
  private final Map<Long, Set<String>> domains = new TreeMap<>();
  private int rowsInLastInsert = ROWS_PER_STATEMENT;

  public SearchIndexRows(Connection connection) throws SQLException {
    statement = connection.createStatement();
    // A domain another customer brought first is already there: nothing to add.
    insertDomain =
        connection.prepareStatement(
            "INSERT IGNORE INTO customer_email_domains (tenant_id, domain) VALUES (?, ?)");
  }

  /** Indexes a customer not indexed before. */
  public void add(long tenantId, long customerId, String emailKey, String nameKey) {
    change(tenantId, customerId, null, null, emailKey, nameKey);
  }

  /** Removes a customer's rows, as indexed under those keys. */
  public void remove(long tenantId, long customerId, String emailKey, String nameKey) {
    delete(tenantId, customerId, SearchGrams.ofCustomer(emailKey, nameKey));
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
      String nameKey) {
    Set<Long> before =
        oldEmailKey == null ? Set.of() : SearchGrams.ofCustomer(oldEmailKey, oldNameKey);
    Set<Long> after = SearchGrams.ofCustomer(emailKey, nameKey);
    Set<Long> gone = new TreeSet<>(before);
    gone.removeAll(after);
    delete(tenantId, customerId, gone);
    for (long gram : after) {
      if (!before.contains(gram)) {
        insert(tenantId, gram, customerId);
      }
    }
    String domain = SearchGrams.domainOf(emailKey);
    if (oldEmailKey == null || !SearchGrams.domainOf(oldEmailKey).equals(domain)) {
      domains.computeIfAbsent(tenantId, t -> new TreeSet<>()).add(domain);
    }
  }

  private void insert(long tenantId, long gram, long customerId) {
    if (rowsInLastInsert == ROWS_PER_STATEMENT) {
      inserts.add(
          new StringJoiner(
              ", ",
              "INSERT INTO customer_search_grams (tenant_id, gram, customer_id) VALUES ",
              ""));
      rowsInLastInsert = 0;
    }
    inserts.get(inserts.size() - 1).add("(" + tenantId + ", " + gram + ", " + customerId + ")");
    rowsInLastInsert++;
  }

  private void delete(long tenantId, long customerId, Set<Long> grams) {
    if (!grams.isEmpty()) {
      StringJoiner in = new StringJoiner(", ", "(", ")");
      grams.forEach(gram -> in.add(Long.toString(gram)));
      deletes.add(
          "DELETE FROM customer_search_grams WHERE tenant_id = "
              + tenantId
              + " AND customer_id = "
              + customerId
              + " AND gram IN "
              + in);
    }
  }

  /** Sends what was collected; the rows can be used again afterwards. */
  public void write() throws SQLException {
    for (String delete : deletes) {
      statement.executeUpdate(delete);
    }
    for (StringJoiner insert : inserts) {
      statement.executeUpdate(insert.toString());
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
    deletes.clear();
    inserts.clear();
    domains.clear();
    rowsInLastInsert = ROWS_PER_STATEMENT;
  }

  @Override
  public void close() throws SQLException {
    try (statement) {
      insertDomain.close();
    }
  }
}
