package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The install kit ({@code ear/target/zangsho-install.zip}) against a plain WildFly 39.0.1 as its
 * distribution comes from Maven Central, started on its default {@code standalone.xml}, on the
 * local MariaDB (database {@code zangsho_kit}, made by {@code scripts/mysql-test-database.sh
 * zangsho_kit}): install over the management port, the seed's customers and orders imported through
 * it, the metrics moved, a second install that changes nothing, and an uninstall after which the
 * server's configuration is what it was. Runs in the {@code install-kit} profile.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstallKitIT {
  private static final Path WILDFLY = Path.of(System.getProperty("plain.wildfly.home"));
  private static final Path KIT = Path.of(System.getProperty("install.kit.dir"));

  /** Ports offset by 300: beside a developer's server (0) and the other tests' (100, 200). */
  private static final String MANAGEMENT = "127.0.0.1:10290";

  private static final String METRICS_TOKEN = "kit-metrics-token";

  private final URL base = url("http://127.0.0.1:8380/");
  private Process server;
  private String before;

  private static URL url(String text) {
    try {
      return URI.create(text).toURL();
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @BeforeAll
  void startPlainWildFly() throws Exception {
    Path log = WILDFLY.resolve("console.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                WILDFLY.resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=300")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    // What the guide asks of the server's environment.
    builder
        .environment()
        .putAll(
            Map.of(
                "ZANGSHO_DB_DRIVER", "mysql",
                "ZANGSHO_DB_URL", "jdbc:mysql://127.0.0.1:3306/zangsho_kit",
                "ZANGSHO_DB_USER", "zangsho_kit",
                "ZANGSHO_DB_PASSWORD", "zangsho_kit",
                "ZANGSHO_ADMIN_TOKEN", Api.ADMIN_TOKEN,
                "ZANGSHO_METRICS_TOKEN", METRICS_TOKEN));
    server = builder.start();
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!Files.readString(log).contains("WFLYSRV0025") && System.nanoTime() < deadline) {
      assertTrue(server.isAlive(), Files.readString(log));
      Thread.sleep(250);
    }
    assertTrue(Files.readString(log).contains("standalone.xml"), "the default configuration");
    before = configuration();
  }

  @AfterAll
  void stop() throws InterruptedException {
    if (server != null) {
      server.descendants().forEach(ProcessHandle::destroy);
      server.destroy();
      server.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** jboss-cli.sh against the server's management port, from the kit's folder. */
  private String cli(String... arguments) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                WILDFLY.resolve("bin/jboss-cli.sh").toString(),
                "--connect",
                "--controller=" + MANAGEMENT));
    command.addAll(List.of(arguments));
    Path output = Files.createTempFile("jboss-cli", ".txt");
    Process process =
        new ProcessBuilder(command)
            .directory(KIT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "jboss-cli finished");
    String text = Files.readString(output);
    assertEquals(0, process.exitValue(), text);
    return text;
  }

  private String configuration() throws Exception {
    return cli("--command=:read-resource(recursive=true)");
  }

  /** The configuration once the server answers again (uninstall restarts it). */
  private String configurationOnceBack() throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (true) {
      try {
        return configuration();
      } catch (AssertionError stillRestarting) {
        if (System.nanoTime() > deadline) {
          throw stillRestarting;
        }
        Thread.sleep(500);
      }
    }
  }

  @Test
  @Order(1)
  void theKitInstallsAndTheSeedsImportRunsThroughIt() throws Exception {
    String installed = cli("--file=install.cli");

    assertTrue(installed.contains("added: the MySQL driver, deployment mysql"), installed);
    assertTrue(installed.contains("added: subsystem microprofile-openapi-smallrye"), installed);
    assertTrue(installed.contains("added: datasource ZangshoDS"), installed);
    assertTrue(installed.contains("added: deployment zangsho.ear"), installed);
    assertEquals(200, Api.as(base, null).get("/health/ready").status());
    assertTrue(Api.as(base, null).get("/openapi").text().contains("/v1/customers/batch"));
    Api api = Api.newTenant(base, "kit-" + UUID.randomUUID());
    JsonObject customers =
        api.post(
                "/v1/customers/batch",
                """
                {"on_conflict": "skip", "customers": [
                  {"email": "wang.xiaoming@example.com", "name": "王小明", "phone": "0912345678"},
                  {"email": "chen.meili@example.com", "name": "陳美麗", "metadata": {"source": "website"}}
                ]}""")
            .expect(200)
            .data();
    assertEquals(2, customers.getInt("created"));
    assertEquals(
        2,
        api.post("/v1/orders/batch", OrdersApiIT.SEED_ORDERS).expect(200).data().getInt("created"));
    assertEquals(
        "7980.00",
        api.get("/v1/orders/stats?start_date=2025-12-01&end_date=2025-12-31")
            .expect(200)
            .data()
            .getString("paid_revenue"));
    AwkwardOrderNumbers.createAndReadBack(api);
  }

  @Test
  @Order(2)
  void theImportShowsInTheMetrics() {
    String metrics = Api.as(base, METRICS_TOKEN).get("/metrics").expect(200).text();

    assertTrue(
        OperationsIT.sample(
                metrics, "zangsho_import_rows_total{outcome=\"created\",resource=\"customers\"}")
            >= 2,
        metrics);
    assertTrue(
        OperationsIT.sample(
                metrics, "zangsho_import_rows_total{outcome=\"created\",resource=\"orders\"}")
            >= 2,
        metrics);
    assertTrue(
        OperationsIT.sample(
                metrics,
                "zangsho_import_batch_seconds_count{dry_run=\"false\",resource=\"orders\"}")
            >= 1);
  }

  @Test
  @Order(3)
  void aSecondInstallChangesNothingAndSaysSo() throws Exception {
    String installed = configuration();

    String again = cli("--file=install.cli");

    assertFalse(again.contains("added:"), again);
    assertTrue(again.contains("unchanged: zangsho.ear is deployed already"), again);
    assertEquals(installed, configuration());
  }

  @Test
  @Order(4)
  void uninstallLeavesTheConfigurationAsItWas() throws Exception {
    String removed = cli("--file=uninstall.cli");

    assertTrue(removed.contains("removed: deployment zangsho.ear"), removed);
    assertTrue(
        removed.contains("removed: extension org.wildfly.extension.microprofile.openapi-smallrye"),
        removed);
    assertEquals(before, configurationOnceBack());
    assertEquals(404, Api.as(base, null).get("/health").status());
  }
}
