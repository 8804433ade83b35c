package com.zangsho.persistence;

import com.zangsho.persistence.migration.V18__Customer_search_grams;
import com.zangsho.persistence.migration.V9__Customer_search_keys;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The schema's migrations: the SQL ones in {@code db/migration}, and the Java ones named here, so
 * that they are found the same way in a test and inside the server's modular class loading.
 */
public final class Migrations {
  private Migrations() {}

  /** Flyway configured with every migration; the caller adds the data source. */
  public static FluentConfiguration configure(ClassLoader classLoader) {
    return Flyway.configure(classLoader)
        .locations("classpath:db/migration")
        .javaMigrations(new V9__Customer_search_keys(), new V18__Customer_search_grams());
  }
}
