package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two WildFly nodes behind a mod_cluster balancer on one MariaDB ({@code scripts/cluster.sh},
 * docs/cluster.md) answer like one server: start-up work done once, one rate-limit bucket per
 * token, one effect per idempotency key, one attempt per webhook delivery, a dead node's claimed
 * deliveries sent by the other within 60 s, a dead node's file import resumed by the other within
 * 60 s, and a node whose settings disagree kept out. Runs in the {@code cluster} profile, on
 * database {@code zangsho_cluster_it}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
  private static final Path ROOT = Path.of(System.getProperty("project.root"));
  private static final int OFFSET = Integer.getInteger("cluster.offset", 0);
  private static final Path LOGS = ROOT.resolve("target/cluster-" + OFFSET);
  private static final String DATABASE = "zangsho_cluster_it";
  private static final String JDBC = "jdbc:mysql://127.0.0.1:3306/" + DATABASE;

  /** What every node gets: the test database, the tests' tokens, a loopback webhook receiver. */
  private static final Map<String, String> CLUSTER_ENVIRONMENT =
      Map.of(
          "ZANGSHO_CLUSTER_OFFSET",
          String.valueOf(OFFSET),
          "ZANGSHO_DB_URL",
          JDBC,
          "ZANGSHO_DB_USER",
          DATABASE,
          "ZANGSHO_DB_PASSWORD",
          DATABASE,
          "ZANGSHO_BOOTSTRAP_TOKEN",
          Api.BOOTSTRAP_TOKEN,
          "ZANGSHO_ADMIN_TOKEN",
          Api.ADMIN_TOKEN,
          "ZANGSHO_WEBHOOK_ALLOW_PRIVATE_NETWORKS",
          "true",
          "ZANGSHO_WEBHOOK_RETRY_BASE_SECONDS",
          "1");

  private final URL balancer = url(8080 + OFFSET);
  private final URL node1 = url(8180 + OFFSET);
  private final URL node2 = url(8280 + OFFSET);

  private static URL url(int port) {
    try {
      return URI.create("http://127.0.0.1:" + port + "/").toURL();
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @BeforeAll
  void startTwoNodesTogetherOnAnEmptyDatabase() throws Exception {
    cluster(Map.of(), "down");
    run(
        List.of("bash", "scripts/mysql-test-database.sh", DATABASE),
        Map.of(),
        Duration.ofMinutes(1));
    assertEquals(0, cluster(Map.of(), "up"), "scripts/cluster.sh up");
  }

  @AfterAll
  void stopTheCluster() throws Exception {
    cluster(Map.of(), "down");
  }

  @Test
  @Order(1)
  void twoNodesStartedTogetherMigratedOnceAndMadeOneTenantDefault() throws Exception {
    assertEquals(1, count("select count(*) from tenants where name = 'default'"));
    assertEquals(
        1,
        count(
            "select count(*) from api_tokens t join tenants n on n.id = t.tenant_id"
                + " where n.name = 'default'"));
    assertEquals(
        count("select count(distinct version) from flyway_schema_history"),
        count("select count(*) from flyway_schema_history where success = 1"),
        "each migration applied once");
    List<Integer> applied = new ArrayList<>();
    Matcher schema =
        Pattern.compile("Schema at version \\d+ \\((\\d+) migrations applied now\\)")
            .matcher(logs());
    while (schema.find()) {
      applied.add(Integer.parseInt(schema.group(1)));
    }
    assertEquals(2, applied.size(), "each node's start-up work: " + applied);
    assertEquals(1, applied.stream().filter(n -> n > 0).count(), "one node migrated: " + applied);
    assertEquals(2, count("select count(*) from cluster_nodes"));
  }

  @Test
  @Order(2)
  void aTokenHasOneBucketWhicheverNodeEachRequestReaches() throws Exception {
    Api tenant = Api.newTenant(balancer, "cluster-limits-" + UUID.randomUUID(), 10);
    List<URL> nodes = List.of(node1, node2, balancer);
    for (int i = 0; i < 10; i++) {
      Api.Response allowed = Api.as(nodes.get(i % 3), tenant.token()).get("/v1/customers");
      assertEquals(200, allowed.status(), "request " + i);
      assertEquals(String.valueOf(9 - i), allowed.header("X-RateLimit-Remaining"), "request " + i);
    }
    for (URL node : nodes) {
      Api.Response refused = Api.as(node, tenant.token()).get("/v1/customers");
      assertEquals(429, refused.status(), node.toString());
      assertEquals("0", refused.header("X-RateLimit-Remaining"));
    }

    // Side by side: 90 requests from 6 clients over both nodes, of a token allowed 30 at once.
    Api racing = Api.newTenant(balancer, "cluster-race-" + UUID.randomUUID(), 30);
    AtomicInteger allowed = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(6);
    try {
      List<Callable<Void>> requests = new ArrayList<>();
      for (int i = 0; i < 90; i++) {
        URL node = nodes.get(i % 3);
        requests.add(
            () -> {
              int status = Api.as(node, racing.token()).get("/v1/customers").status();
              assertTrue(status == 200 || status == 429, "status " + status);
              if (status == 200) {
                allowed.incrementAndGet();
              }
              return null;
            });
      }
      for (Future<Void> request : clients.invokeAll(requests)) {
        request.get();
      }
    } finally {
      clients.shutdownNow();
    }
    // One request comes back every 2 s: a second of requests may earn one more.
    assertTrue(
        allowed.get() >= 30 && allowed.get() <= 31, "allowed " + allowed + " of a bucket of 30");
  }

  @Test
  @Order(3)
  void oneIdempotencyKeySentToBothNodesAtOnceHasOneEffectAndOneAnswer() throws Exception {
    Api tenant = Api.newTenant(balancer, "cluster-keys-" + UUID.randomUUID());
    ExecutorService clients = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 10; round++) {
        String key = UUID.randomUUID().toString();
        String body = "{\"email\": \"key-" + round + "@example.com\"}";
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (URL node : List.of(node1, node2)) {
          Api client = Api.as(node, tenant.token()).withHeader("X-Idempotency-Key", key);
          answers.add(clients.submit(() -> postRetrying409(client, body)));
        }
        Api.Response first = answers.get(0).get();
        Api.Response second = answers.get(1).get();
        assertEquals(201, first.status(), first.text());
        assertEquals(201, second.status(), second.text());
        assertEquals(first.json(), second.json(), "the same answer on both nodes");
        assertNotEquals(
            first.header("Idempotent-Replayed"),
            second.header("Idempotent-Replayed"),
            "one of the two was the write, the other its replay");
      }
    } finally {
      clients.shutdownNow();
    }
    long tenantId = count("select max(id) from tenants where name like 'cluster-keys-%'");
    assertEquals(10, count("select count(*) from customers where tenant_id = " + tenantId));
  }

  /** A 409 says the key's first write is still running elsewhere: a client sends it again. */
  private static Api.Response postRetrying409(Api client, String body) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      Api.Response response = client.post("/v1/customers", body);
      if (response.status() != 409 || attempt == 10) {
        return response;
      }
      Thread.sleep(200);
    }
  }

  @Test
  @Order(4)
  void whileBothNodesLiveEachDeliveryIsAttemptedByOneOfThem() throws Exception {
    try (WebhookReceiver receiver = WebhookReceiver.concurrent()) {
      Api tenant = subscribedTenant("cluster-hooks-", receiver);
      for (int i = 0; i < 30; i++) {
        Api.as(i % 2 == 0 ? node1 : node2, tenant.token())
            .post("/v1/customers", "{\"email\": \"hook-" + i + "@example.com\"}")
            .expect(201);
      }
      Map<String, Integer> attempts = attemptsPerEvent(receiver, 30, Duration.ofSeconds(60));
      // Anything sent twice would arrive within another few rounds.
      attempts.putAll(merge(attempts, attemptsPerEvent(receiver, 0, Duration.ofSeconds(5))));
      assertEquals(30, attempts.size(), "every event delivered: " + attempts.keySet());
      attempts.forEach((event, times) -> assertEquals(1, times, "attempts of event " + event));
    }
  }

  @Test
  @Order(5)
  void deliveriesAKilledNodeHadClaimedGoOutFromTheOtherWithin60Seconds() throws Exception {
    try (WebhookReceiver receiver = WebhookReceiver.concurrent()) {
      // A receiver that has stalled: node 1's claims are still open when it dies.
      receiver.hold(Duration.ofSeconds(8));
      Api tenant = subscribedTenant("cluster-killed-", receiver);
      long tenantId = count("select max(id) from tenants where name like 'cluster-killed-%'");
      String heldByNode1 =
          "select count(*) from webhook_deliveries where tenant_id = "
              + tenantId
              + " and status = 'PENDING' and claim_token like 'node1:%'";
      int created = 0;
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (count(heldByNode1) == 0) {
        assertTrue(System.nanoTime() < deadline, "node 1 never claimed a delivery");
        Api.as(created % 2 == 0 ? node1 : node2, tenant.token())
            .post("/v1/customers", "{\"email\": \"killed-" + created + "@example.com\"}")
            .expect(201);
        created++;
        Thread.sleep(100);
      }
      long claimed = count(heldByNode1);
      assertEquals(0, cluster(Map.of(), "kill", "1"));
      long killedAt = System.nanoTime();
      // Attempts the receiver was holding when node 1 died: node 1's among them may count as
      // received here although node 1 never learnt it, and then go out again from node 2, as
      // any sender's retry after a crash would (receivers dedupe by event id).
      int inFlight = receiver.holding();
      receiver.release();

      Map<String, Integer> delivered = deliveredPerEvent(receiver, created, Duration.ofSeconds(75));
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - killedAt);
      delivered.putAll(merge(delivered, deliveredPerEvent(receiver, 0, Duration.ofSeconds(5))));
      long repeats = delivered.values().stream().filter(times -> times > 1).count();
      System.out.printf(
          "cluster kill: %d of %d deliveries claimed by node 1 when killed, %d attempts in flight;"
              + " all %d delivered within %d s of the kill; %d received twice%n",
          claimed, created, inFlight, delivered.size(), seconds, repeats);
      assertEquals(created, delivered.size(), "delivered: " + delivered.keySet());
      assertTrue(seconds <= 60, "the last delivery came " + seconds + " s after the kill");
      assertTrue(
          repeats <= inFlight,
          repeats + " events received twice, " + inFlight + " attempts were in flight");
      delivered.forEach((event, times) -> assertTrue(times <= 2, "deliveries of " + event));
    } finally {
      assertEquals(0, cluster(Map.of(), "start", "1"), "node 1 back");
    }
  }

  @Test
  @Order(6)
  void aNodeWhoseMrrRulesDisagreeIsKeptOutAndTheOtherAnswersAlone() throws Exception {
    assertEquals(0, cluster(Map.of(), "kill", "2"));
    assertNotEquals(
        0,
        cluster(Map.of("ZANGSHO_MRR_RESTART_GRACE_HOURS", "48"), "start", "2"),
        "node 2 must refuse to start");
    String log = Files.readString(LOGS.resolve("node2.log"));
    assertTrue(
        log.contains(
            "node1: mrr_rules grace=PT48H,window=null here, grace=PT24H,window=null there"),
        "node 2 names the difference");
    for (int i = 0; i < 10; i++) {
      assertEquals(200, Api.as(balancer, Api.BOOTSTRAP_TOKEN).get("/v1/customers").status());
    }
    assertEquals(0, cluster(Map.of(), "kill", "2"));
    assertEquals(0, cluster(Map.of(), "start", "2"), "node 2 with the cluster's settings");
  }

  @Test
  @Order(7)
  void twoNodesStartedTogetherWorkStaleMrrMovementsOutOnce() throws Exception {
    Api tenant = Api.newTenant(balancer, "cluster-mrr-" + UUID.randomUUID());
    tenant.newSubscriber("mrr-1@example.com", 500);
    tenant.newSubscriber("mrr-2@example.com", 700);
    long tenantId = count("select max(id) from tenants where name like 'cluster-mrr-%'");
    assertEquals(0, cluster(Map.of(), "down"));
    // As after an upgrade that changed how movements are worked out.
    update("update mrr_rules_in_use set rules = 'older rules' where tenant_id = " + tenantId);
    assertEquals(0, cluster(Map.of(), "up"));

    Matcher rebuilt =
        Pattern.compile("MRR movements worked out: tenant=" + tenantId + " ").matcher(logs());
    int times = 0;
    while (rebuilt.find()) {
      times++;
    }
    assertEquals(1, times, "the movements of tenant " + tenantId + " worked out once");
    JsonObject summary = tenant.get("/v1/metrics/summary?date=2026-01-31").expect(200).data();
    assertEquals("1200.00", summary.getString("mrr"));
  }

  @Test
  @Order(8)
  void anImportWhoseNodeIsKilledIsResumedByTheOtherWithin60Seconds() throws Exception {
    int rows = 200_000;
    Api tenant = Api.newTenant(balancer, "cluster-import-" + UUID.randomUUID(), 100_000);
    long id =
        new FileImportIT.Form()
            .field("resource", "customers")
            .file("customers.csv", FileImportIT.customers("cluster", rows, 1000))
            .post(tenant)
            .expect(202)
            .data()
            .getInt("id");
    String running =
        "select count(*) from file_imports where id = " + id + " and state = 'running'";
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (count(running + " and rows_read >= 5000") == 0) {
      assertTrue(System.nanoTime() < deadline, "the import never got going");
      Thread.sleep(200);
    }
    // The node running it, node1 or node2 (scripts/cluster.sh's names): its number.
    long number = count("select substr(node_name, 5) from file_imports where id = " + id);
    String owner = "node" + number;
    long readWhenKilled = count("select rows_read from file_imports where id = " + id);
    try {
      assertEquals(0, cluster(Map.of(), "kill", String.valueOf(number)));
      long killedAt = System.nanoTime();
      String other = owner.equals("node1") ? "node2" : "node1";
      String resumed =
          "select count(*) from file_imports where id = "
              + id
              + " and node_name = '"
              + other
              + "' and rows_read > "
              + readWhenKilled;
      while (count(resumed) == 0) {
        assertTrue(
            System.nanoTime() - killedAt < TimeUnit.SECONDS.toNanos(60),
            "not resumed by " + other + " within 60 s of the kill");
        Thread.sleep(500);
      }
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - killedAt);
      deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
      while (count(
              "select count(*) from file_imports where id = " + id + " and state = 'completed'")
          == 0) {
        assertTrue(System.nanoTime() < deadline, "the import never completed");
        Thread.sleep(500);
      }
      long tenantId = count("select tenant_id from file_imports where id = " + id);
      System.out.printf(
          "cluster import: %s killed at row %d, %s reading on %d s later%n",
          owner, readWhenKilled, other, seconds);
      assertEquals(rows, count("select rows_read from file_imports where id = " + id));
      assertEquals(rows / 1000, count("select failed_count from file_imports where id = " + id));
      assertEquals(
          rows - rows / 1000,
          count("select count(*) from customers where tenant_id = " + tenantId),
          "every row once");
      assertEquals(
          rows / 1000,
          count(
              "select count(distinct line) from file_import_failed_rows where import_id = " + id));
    } finally {
      assertEquals(0, cluster(Map.of(), "start", String.valueOf(number)), owner + " back");
    }
  }

  private Api subscribedTenant(String prefix, WebhookReceiver receiver) {
    Api tenant = Api.newTenant(balancer, prefix + UUID.randomUUID());
    tenant
        .post(
            "/v1/webhooks",
            "{\"url\": \"" + receiver.url() + "\", \"events\": [\"customer.created\"]}")
        .expect(201);
    return tenant;
  }

  /** Requests per event id, until {@code events} ids have come or {@code within} ran out. */
  private static Map<String, Integer> attemptsPerEvent(
      WebhookReceiver receiver, int events, Duration within) throws InterruptedException {
    return perEvent(receiver, events, within, false);
  }

  /** Deliveries (answered 2xx) per event id, until {@code events} ids have had one. */
  private static Map<String, Integer> deliveredPerEvent(
      WebhookReceiver receiver, int events, Duration within) throws InterruptedException {
    return perEvent(receiver, events, within, true);
  }

  private static Map<String, Integer> perEvent(
      WebhookReceiver receiver, int events, Duration within, boolean deliveredOnly)
      throws InterruptedException {
    Map<String, Integer> times = new HashMap<>();
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline && (events == 0 || times.size() < events)) {
      WebhookReceiver.Received next = receiver.next(Duration.ofMillis(500));
      if (next != null && (!deliveredOnly || next.delivered())) {
        try (var reader = Json.createReader(new StringReader(next.body()))) {
          times.merge(reader.readObject().getString("id"), 1, Integer::sum);
        }
      }
    }
    return times;
  }

  private static Map<String, Integer> merge(Map<String, Integer> a, Map<String, Integer> b) {
    Map<String, Integer> merged = new HashMap<>(a);
    b.forEach((key, value) -> merged.merge(key, value, Integer::sum));
    return merged;
  }

  /** Both nodes' logs of their current start. */
  private static String logs() throws IOException {
    return Files.readString(LOGS.resolve("node1.log"))
        + Files.readString(LOGS.resolve("node2.log"));
  }

  private static int cluster(Map<String, String> environment, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", "scripts/cluster.sh"));
    command.addAll(List.of(arguments));
    Map<String, String> variables = new HashMap<>(CLUSTER_ENVIRONMENT);
    variables.putAll(environment);
    return run(command, variables, Duration.ofMinutes(8));
  }

  private static int run(List<String> command, Map<String, String> environment, Duration limit)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).inheritIO();
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not end within " + limit);
    }
    return process.exitValue();
  }

  private static long count(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(JDBC, DATABASE, DATABASE);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static void update(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(JDBC, DATABASE, DATABASE);
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(sql);
    }
  }
}
