package com.zangsho.persistence;

import com.zangsho.persistence.migration.V18__Customer_search_grams;
import com.zangsho.persistence.migration.V9__Customer_search_keys;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The schema's migrations: the SQL ones in {@code db/migration}, and the Java ones named here, so
 * that they are found the same way in a test and inside the server's modular class loading.
 */
public final class Migrations {
  private Migrations() {}

  /**
   * Jakarta Batch's job repository (the import jobs', docs/api.md §8a): JBeret makes these tables
   * itself, in its own DDL for the database, when the application deploys, which is before the
   * start-up work migrates the schema.
   */
  static final Set<String> BATCH_TABLES =
      Set.of("JOB_INSTANCE", "JOB_EXECUTION", "STEP_EXECUTION", "PARTITION_EXECUTION");

  /**
   * Flyway configured with every migration, on {@code dataSource}. A database holding nothing but
   * Jakarta Batch's tables is a new one: Flyway starts its history there (at version 0, so that
   * every migration runs) instead of refusing a schema that is not empty.
   */
  public static FluentConfiguration configure(ClassLoader classLoader, DataSource dataSource) {
    FluentConfiguration flyway = configure(classLoader).dataSource(dataSource);
    if (onlyBatchTables(dataSource)) {
      flyway.baselineOnMigrate(true).baselineVersion("0");
    }
    return flyway;
  }

  private static boolean onlyBatchTables(DataSource dataSource) {
    Set<String> tables = new HashSet<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet found =
            connection
                .getMetaData()
                .getTables(
                    connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
      while (found.next()) {
        tables.add(found.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list the database's tables", e);
    }
    return !tables.isEmpty() && BATCH_TABLES.containsAll(tables);
  }

  /** Flyway configured with every migration; the caller adds the data source. */
  public static FluentConfiguration configure(ClassLoader classLoader) {
    return Flyway.configure(classLoader)
        .locations("classpath:db/migration")
        .javaMigrations(new V9__Customer_search_keys(), new V18__Customer_search_grams());
  }
}
