package com.zangsho.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zangsho.domain.customer.SearchGrams;
import jakarta.persistence.TableGenerator;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
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
  void customersStoredBeforeSearchKeysGetThemAndTheirSearchPiecesFromTheUpgrade()
      throws SQLException {
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
          s.executeQuery("SELECT email_key_reversed, name_key FROM customers WHERE id = 7")) {
        row.next();
        assertEquals("moc.elpmaxe@gnaw", row.getString(1));
        assertEquals("王小明 ming", row.getString(2));
      }
      Set<Long> grams = new TreeSet<>();
      try (ResultSet rows =
          s.executeQuery(
              "SELECT gram FROM customer_search_grams WHERE tenant_id = 901 AND customer_id = 7")) {
        while (rows.next()) {
          grams.add(rows.getLong(1));
        }
      }
      assertEquals(new TreeSet<>(SearchGrams.ofCustomer("wang@example.com", "王小明 ming")), grams);
      try (ResultSet domain =
          s.executeQuery("SELECT domain FROM customer_email_domains WHERE tenant_id = 901")) {
        domain.next();
        assertEquals("example.com", domain.getString(1));
      }
    }
  }

  @Test
  void everyIdGeneratorHasItsRowBeforeItsFirstUse() throws Exception {
    String url = "jdbc:h2:mem:generators;MODE=MySQL;DB_CLOSE_DELAY=-1";
    Migrations.configure(MigrationsTest.class.getClassLoader())
        .dataSource(url, "sa", "")
        .load()
        .migrate();
    Set<String> generators = new TreeSet<>();
    for (Class<?> entity : domainClasses()) {
      for (Field field : entity.getDeclaredFields()) {
        TableGenerator generator = field.getAnnotation(TableGenerator.class);
        if (generator != null) {
          generators.add(generator.pkColumnValue());
        }
      }
    }
    Set<String> rows = new TreeSet<>();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT sequence_name FROM id_sequences")) {
      while (r.next()) {
        rows.add(r.getString(1));
      }
    }
    assertTrue(generators.size() >= 10, "generators found: " + generators);
    assertEquals(generators, rows);
  }

  /** The domain module's classes, from its folder of classes or its jar on the test classpath. */
  private static List<Class<?>> domainClasses() throws IOException, ClassNotFoundException {
    URL domain =
        MigrationsTest.class
            .getClassLoader()
            .getResource("com/zangsho/domain/customer/Customer.class");
    String location = domain.toString();
    List<String> names = new ArrayList<>();
    if (location.startsWith("jar:")) {
      String jar = location.substring("jar:file:".length(), location.indexOf("!/"));
      try (JarFile file = new JarFile(jar)) {
        file.stream().map(JarEntry::getName).forEach(names::add);
      }
    } else {
      // .../classes/com/zangsho/domain/customer/Customer.class: five levels up is the folder.
      Path root = Path.of(URI.create(location)).resolve("../../../../..").normalize();
      try (Stream<Path> files = Files.walk(root.resolve("com/zangsho/domain"))) {
        files.map(path -> root.relativize(path).toString()).forEach(names::add);
      }
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      if (name.startsWith("com/zangsho/domain/") && name.endsWith(".class")) {
        classes.add(Class.forName(name.replace('/', '.').replace(".class", "")));
      }
    }
    return classes;
  }
}
