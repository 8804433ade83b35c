package com.zangsho.application.schema;

import com.zangsho.persistence.Migrations;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else runs: Flyway's migrations (persistence jar,
 * {@link Migrations}) are the only way the schema changes. Flyway manages its own transactions.
 * First of the start-up work ({@code StartupWork}).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "java:jboss/datasources/ZangshoDS")
  DataSource dataSource;

  public void migrate() {
    Flyway flyway = Migrations.configure(getClass().getClassLoader(), dataSource).load();
    MigrateResult result = flyway.migrate();
    // The result names a version only when it applied something; the history always does.
    MigrationInfo current = flyway.info().current();
    LOG.info(
        () ->
            "Schema at version "
                + (current == null ? "none" : current.getVersion())
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
