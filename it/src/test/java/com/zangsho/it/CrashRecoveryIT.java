package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A write that carries an {@code X-Idempotency-Key} interrupted in its middle: by {@code kill -9}
 * of its server, by the loss of its database connection, or by a database unreachable for seconds.
 * Every way the client's retry of that write is answered at once (after the restart, or as soon as
 * the database answers), with one effect.
 *
 * <p>The test runs a WildFly of its own (the provisioned one, with a base directory and ports of
 * its own, port offset 300), so that it may kill it. To kill it in the middle of a write, not
 * before or after, it holds the customer's row {@code FOR UPDATE} from a JDBC connection of its own
 * and waits until the database reports the server's transaction waiting for that lock: the write
 * has claimed its key and is stuck before its commit. That needs a database outside the server, so
 * this test runs in the MySQL run ({@code -Pmysql}) and is reported skipped on H2.
 */
@EnabledIfEnvironmentVariable(named = "ZANGSHO_DB_DRIVER", matches = "mysql")
class CrashRecoveryIT {
  private static final int PORT = 8080 + 300;
  private static final String TOKEN = "crash-recovery-token";
  private static final Duration BOOT = Duration.ofMinutes(2);

  /** The account's other connections running a locking read: the server's waiting write. */
  private static final String WAITING_FOR_UPDATE =
      "SELECT ID FROM information_schema.PROCESSLIST"
          + " WHERE COMMAND = 'Query' AND ID <> CONNECTION_ID()"
          + " AND LOWER(INFO) LIKE '%for update%'";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process server;

  @Test
  void aKeyedWriteKilledMidWayIsAnsweredAtOnceOnItsRetryWithOneEffect() throws Exception {
    Path base = serverBaseDirectory();
    server = start(base);
    long id = newCustomer();
    String change = "{\"name\": \"after the crash\"}";

    try (Connection lock = lockedCustomer(id)) {
      CompletableFuture<HttpResponse<String>> killed = sendAsync(id, change, "crash-put");
      waitingWriteConnection();
      killHard(server);
      assertTrue(
          killed.handle((answer, failure) -> failure != null).get(),
          "the write answered before the server was killed");
      lock.rollback();
    }
    assertEquals(0, committedKeys("crash-put"), "the killed write left its key behind");

    server = start(base);
    assertRetryWritesOnceThenReplays(id, change, "crash-put", "after the crash");
  }

  /**
   * The database drops a keyed write's connection while the write waits (as {@code KILL} or a
   * database restart does): the write answers 503 with {@code Retry-After}, leaves no key, and its
   * retry is answered at once with one effect, without a server restart. The database is back at
   * once here; {@link #aKeyedWriteCutOffFromItsDatabaseForSecondsIsAnsweredAtOnceOnceItIsBack} is
   * the longer outage.
   */
  @Test
  void aKeyedWriteWhoseDatabaseConnectionDiesIsAnsweredAtOnceOnItsRetry() throws Exception {
    server = start(serverBaseDirectory());
    long id = newCustomer();
    String change = "{\"name\": \"after the outage\"}";

    HttpResponse<String> cut;
    try (Connection lock = lockedCustomer(id);
        Connection admin = TestDatabase.connect()) {
      CompletableFuture<HttpResponse<String>> waiting = sendAsync(id, change, "outage-put");
      admin.createStatement().execute("KILL " + waitingWriteConnection());
      cut = waiting.get();
      lock.rollback();
    }
    assertUnavailable(cut);
    assertEquals(0, committedKeys("outage-put"), "the cut write left its key behind");

    assertRetryWritesOnceThenReplays(id, change, "outage-put", "after the outage");
  }

  /**
   * The database is unreachable for seconds in the middle of a keyed write (the server reaches it
   * through a {@link DatabaseLink} the test cuts): the write and every retry during the outage
   * answer 503 with {@code Retry-After}, none of them 409, nothing is left behind, and the first
   * retry once the database is back is answered at once with one effect, without a server restart.
   */
  @Test
  void aKeyedWriteCutOffFromItsDatabaseForSecondsIsAnsweredAtOnceOnceItIsBack() throws Exception {
    URI database = URI.create(System.getenv("ZANGSHO_DB_URL").substring("jdbc:".length()));
    try (DatabaseLink link =
        new DatabaseLink(database.getHost(), database.getPort() < 0 ? 3306 : database.getPort())) {
      server =
          start(
              serverBaseDirectory(),
              System.getenv("ZANGSHO_DB_URL")
                  .replace(database.getRawAuthority(), "127.0.0.1:" + link.port()));
      long id = newCustomer();
      String change = "{\"name\": \"after the long outage\"}";

      HttpResponse<String> cut;
      try (Connection lock = lockedCustomer(id)) {
        CompletableFuture<HttpResponse<String>> waiting = sendAsync(id, change, "long-outage-put");
        waitingWriteConnection();
        link.cut();
        cut = waiting.get();
        lock.rollback();
      }
      assertUnavailable(cut);
      long outageEnds = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      int retriesDuringOutage = 0;
      while (System.nanoTime() < outageEnds || retriesDuringOutage == 0) {
        assertUnavailable(send("PUT", "/v1/customers/" + id, change, "long-outage-put"));
        retriesDuringOutage++;
        Thread.sleep(500);
      }
      assertEquals(0, committedKeys("long-outage-put"), "the outage left the key behind");
      link.restore();

      assertRetryWritesOnceThenReplays(id, change, "long-outage-put", "after the long outage");
    }
  }

  /**
   * The keyed PUT again: written at once (200, the new name), then answered from its key ({@code
   * Idempotent-Replayed}); one activity entry and one key in all.
   */
  private void assertRetryWritesOnceThenReplays(long id, String change, String key, String name)
      throws IOException, InterruptedException, SQLException {
    HttpResponse<String> retry = send("PUT", "/v1/customers/" + id, change, key);
    assertEquals(200, retry.statusCode(), retry.body());
    assertEquals(name, Json.read(retry.body()).getJsonObject("data").getString("name"));
    HttpResponse<String> again = send("PUT", "/v1/customers/" + id, change, key);
    assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(null));
    assertEquals(1, updatesLogged(id), "one effect");
    assertEquals(1, committedKeys(key), "one key");
  }

  private static void assertUnavailable(HttpResponse<String> answer) {
    assertEquals(503, answer.statusCode(), answer.body());
    assertTrue(answer.headers().firstValue("Retry-After").isPresent(), "Retry-After");
  }

  private long newCustomer() throws IOException, InterruptedException {
    String email = UUID.randomUUID() + "@example.com";
    HttpResponse<String> created =
        send("POST", "/v1/customers", "{\"email\": \"" + email + "\"}", null);
    assertEquals(201, created.statusCode(), created.body());
    return Json.read(created.body()).getJsonObject("data").getJsonNumber("id").longValue();
  }

  /** A connection of the test's own, in a transaction that holds the customer's row. */
  private static Connection lockedCustomer(long id) throws SQLException {
    Connection lock = TestDatabase.connect();
    lock.setAutoCommit(false);
    try (PreparedStatement row =
        lock.prepareStatement("SELECT id FROM customers WHERE id = ? FOR UPDATE")) {
      row.setLong(1, id);
      row.executeQuery().close();
    }
    return lock;
  }

  /** The keyed PUT of the customer, sent without waiting for its answer. */
  private CompletableFuture<HttpResponse<String>> sendAsync(long id, String change, String key) {
    return http.sendAsync(
        request("PUT", "/v1/customers/" + id, change, key), HttpResponse.BodyHandlers.ofString());
  }

  @AfterEach
  void stop() {
    if (server != null && server.isAlive()) {
      killHard(server);
    }
  }

  /** A base directory of the test's own: the provisioned configuration and the built EAR. */
  private static Path serverBaseDirectory() throws IOException {
    Path home = Path.of(System.getProperty("jboss.home"));
    Path base = Path.of("target", "crash-recovery-server").toAbsolutePath();
    deleteTree(base);
    copyTree(home.resolve("standalone/configuration"), base.resolve("configuration"));
    Files.createDirectories(base.resolve("deployments"));
    Files.copy(
        Path.of(System.getProperty("ear.path")),
        base.resolve("deployments/zangsho.ear"),
        StandardCopyOption.REPLACE_EXISTING);
    return base;
  }

  private Process start(Path base) throws IOException, InterruptedException {
    return start(base, System.getenv("ZANGSHO_DB_URL"));
  }

  private Process start(Path base, String databaseUrl) throws IOException, InterruptedException {
    Path home = Path.of(System.getProperty("jboss.home"));
    ProcessBuilder builder =
        new ProcessBuilder(
                home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=300")
            .redirectErrorStream(true)
            .redirectOutput(base.resolve("console.log").toFile());
    Map<String, String> environment = builder.environment();
    environment.put("ZANGSHO_BOOTSTRAP_TOKEN", TOKEN);
    environment.put("ZANGSHO_DATA_DIR", base.resolve("data").toString());
    environment.put("ZANGSHO_DB_URL", databaseUrl);
    Process started = builder.start();
    long deadline = System.nanoTime() + BOOT.toNanos();
    while (System.nanoTime() < deadline) {
      if (ready()) {
        return started;
      }
      if (!started.isAlive()) {
        break;
      }
      Thread.sleep(500);
    }
    killHard(started);
    throw new AssertionError("the server did not start; see " + base.resolve("console.log"));
  }

  private boolean ready() throws InterruptedException {
    try {
      return http.send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/health/ready"))
                      .timeout(Duration.ofSeconds(2))
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException notYet) {
      return false;
    }
  }

  /** SIGKILL to the server's JVM (and the script around it): no shutdown hook, no rollback. */
  private static void killHard(Process process) {
    try (Stream<ProcessHandle> children = process.descendants()) {
      children.forEach(ProcessHandle::destroyForcibly);
    }
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Waits until the server's {@code SELECT … FOR UPDATE} of the row this test holds is running,
   * that is waiting (at most 30 s), and answers its connection's id. The process list shows the
   * account's own connections without any privilege beyond the database's.
   */
  private static long waitingWriteConnection() throws SQLException, InterruptedException {
    try (Connection watcher = TestDatabase.connect()) {
      for (int i = 0; i < 300; i++) {
        try (ResultSet waiting = watcher.createStatement().executeQuery(WAITING_FOR_UPDATE)) {
          if (waiting.next()) {
            return waiting.getLong(1);
          }
        }
        Thread.sleep(100);
      }
    }
    throw new AssertionError("the write never waited for the locked row");
  }

  private static long committedKeys(String key) throws SQLException {
    try (Connection connection = TestDatabase.connect();
        PreparedStatement count =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM idempotency_keys WHERE idempotency_key = ?")) {
      count.setString(1, key);
      try (ResultSet result = count.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  private static long updatesLogged(long customerId) throws SQLException {
    try (Connection connection = TestDatabase.connect();
        PreparedStatement count =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM activity_logs"
                    + " WHERE action = 'customer.updated' AND subject_id = ?")) {
      count.setLong(1, customerId);
      try (ResultSet result = count.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  private HttpResponse<String> send(String method, String path, String body, String key)
      throws IOException, InterruptedException {
    return http.send(request(method, path, body, key), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest request(String method, String path, String body, String key) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + TOKEN)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("X-Idempotency-Key", key);
    }
    return request.build();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      files
          .sorted((a, b) -> b.getNameCount() - a.getNameCount())
          .forEach(
              file -> {
                try {
                  Files.delete(file);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  /** JSON-P, as the other HTTP tests read answers. */
  private static final class Json {
    static jakarta.json.JsonObject read(String text) {
      return jakarta.json.Json.createReader(new StringReader(text)).readObject();
    }
  }
}
