package com.zangsho.persistence.migration;

import com.zangsho.domain.customer.Customer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the search keys V8 added for the customers already stored, with the same Java the entity
 * uses for new ones ({@link Customer#searchKeyOf}, {@link Customer#reversed}): SQL's LOWER and
 * REVERSE differ between databases (H2 has no REVERSE) and from Java's for some characters.
 */
public class V9__Customer_search_keys extends BaseJavaMigration {
  private static final int CHUNK = 1000;

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT id, email_key, name FROM customers WHERE id > ? ORDER BY id LIMIT "
                    + CHUNK);
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE customers SET email_key_reversed = ?, name_key = ?, name_key_reversed = ?"
                    + " WHERE id = ?")) {
      long after = Long.MIN_VALUE;
      int read;
      do {
        select.setLong(1, after);
        read = 0;
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            after = rows.getLong(1);
            String name = rows.getString(3);
            String nameKey = name == null ? null : Customer.searchKeyOf(name);
            update.setString(1, Customer.reversed(rows.getString(2)));
            update.setString(2, nameKey);
            update.setString(3, nameKey == null ? null : Customer.reversed(nameKey));
            update.setLong(4, after);
            update.addBatch();
            read++;
          }
        }
        update.executeBatch();
      } while (read == CHUNK);
    }
  }
}
