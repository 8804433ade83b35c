package com.zangsho.persistence.migration;

import com.zangsho.domain.customer.SearchGrams;
import com.zangsho.persistence.customer.SearchIndexRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Indexes the customers already stored for search (V17), with the same Java the server uses for new
 * ones ({@link SearchGrams}, {@link SearchIndexRows}).
 */
public class V18__Customer_search_grams extends BaseJavaMigration {
  private static final int CHUNK = 1000;

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT id, tenant_id, email_key, name_key FROM customers WHERE id > ?"
                    + " ORDER BY id LIMIT "
                    + CHUNK);
        SearchIndexRows rows = new SearchIndexRows(connection)) {
      long after = Long.MIN_VALUE;
      int read;
      do {
        select.setLong(1, after);
        read = 0;
        try (ResultSet customers = select.executeQuery()) {
          while (customers.next()) {
            after = customers.getLong(1);
            rows.add(customers.getLong(2), after, customers.getString(3), customers.getString(4));
            read++;
          }
        }
        rows.write();
      } while (read == CHUNK);
    }
  }
}
