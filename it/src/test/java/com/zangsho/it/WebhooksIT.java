package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Webhooks (docs/api.md §9) against a receiver inside the test. */
class WebhooksIT extends DeployedEarTest {
  private static final Duration ARRIVES = Duration.ofSeconds(15);
  private static final Duration NOTHING_MORE = Duration.ofSeconds(3);

  @ArquillianResource ManagementClient management;
  Api api;
  WebhookReceiver receiver;

  @BeforeEach
  void setUp() throws Exception {
    api = Api.newTenant(base, "webhooks-" + UUID.randomUUID());
    receiver = new WebhookReceiver();
  }

  @AfterEach
  void tearDown() {
    receiver.close();
  }

  @Test
  void aSingleCreateDeliversExactlyOneSignedEvent() throws Exception {
    JsonObject webhook = webhook("customer.created");
    String secret = webhook.getString("secret");
    assertTrue(secret.startsWith("whsec_"));
    assertTrue(api.get("/v1/webhooks/" + webhook.getInt("id")).expect(200).data().isNull("secret"));

    JsonObject customer =
        api.post("/v1/customers", "{\"email\": \"hook@example.com\", \"name\": \"王小明\"}")
            .expect(201)
            .data();

    WebhookReceiver.Received delivery = receiver.next(ARRIVES);
    assertNotNull(delivery, "no delivery arrived");
    String[] parts = delivery.signature().split(",");
    String timestamp = parts[0].substring("t=".length());
    assertEquals(
        hmac(secret, timestamp + "." + delivery.body()), parts[1].substring("v1=".length()));
    assertTrue(Math.abs(Long.parseLong(timestamp) - System.currentTimeMillis() / 1000) < 60);
    JsonObject event = json(delivery.body());
    assertEquals("customer.created", event.getString("type"));
    UUID.fromString(event.getString("id"));
    assertTrue(event.getString("created_at").endsWith("Z"));
    assertEquals(customer, event.getJsonObject("data"), "the object the API returned");
    assertNull(receiver.next(NOTHING_MORE), "exactly one");

    JsonObject recorded = deliveries(webhook).getJsonObject(0);
    assertEquals("delivered", recorded.getString("status"));
    assertEquals(1, recorded.getInt("attempts"));
    assertEquals(200, recorded.getInt("last_status_code"));
    assertEquals(event.getString("id"), recorded.getString("event_id"));
  }

  @Test
  void aBatchImportDeliversNothing() throws Exception {
    JsonObject webhook = webhook("customer.created");

    api.post("/v1/customers/batch", CustomersApiIT.SEED_BATCH).expect(200);
    api.post("/v1/orders/batch", OrdersApiIT.SEED_ORDERS).expect(200);

    assertNull(receiver.next(NOTHING_MORE));
    assertEquals(0, deliveries(webhook).size());
  }

  @Test
  void aFailingReceiverIsRetriedWithTheSameEventIdUntilItAnswers2xx() throws Exception {
    JsonObject webhook = webhook("customer.created");
    receiver.answer(500, 500);

    api.post("/v1/customers", "{\"email\": \"retry@example.com\"}").expect(201);

    String first = json(receiver.next(ARRIVES).body()).getString("id");
    assertEquals(first, json(receiver.next(ARRIVES).body()).getString("id"));
    assertEquals(first, json(receiver.next(ARRIVES).body()).getString("id"));
    assertNull(receiver.next(NOTHING_MORE), "three attempts, no more");
    JsonObject recorded = awaitStatus(webhook, "delivered", Duration.ofSeconds(5));
    assertEquals(3, recorded.getInt("attempts"));
  }

  @Test
  void aWriteThatRolledBackSendsNothing() throws Exception {
    JsonObject webhook = webhook("customer.created", "customer.updated", "order.created");
    api.post("/v1/customers", "{\"email\": \"taken@example.com\"}").expect(201);
    receiver.next(ARRIVES);

    api.post("/v1/customers", "{\"email\": \"taken@example.com\"}").expect(422);
    api.post("/v1/customers", "{\"email\": \"bad\"}").expect(422);
    api.put("/v1/customers/424242", "{\"name\": \"x\"}").expect(404);
    api.post("/v1/orders", "{\"order_no\": \"X\", \"customer_id\": 424242, \"amount\": 1}")
        .expect(422);

    assertNull(receiver.next(NOTHING_MORE));
    assertEquals(1, deliveries(webhook).size());
  }

  @Test
  void subscriptionWritesAnnounceThemselvesAndTheEventsTheyRecord() throws Exception {
    webhook("subscription.cancelled", "subscription_event.created");
    long customer =
        api.post("/v1/customers", "{\"email\": \"s@example.com\"}").expect(201).data().getInt("id");
    long id =
        api.post(
                "/v1/subscriptions",
                "{\"customer_id\": "
                    + customer
                    + ", \"mrr\": 990, \"billing_cycle\": \"monthly\","
                    + " \"started_at\": \"2026-01-01\", \"current_period_start\": \"2026-01-01\"}")
            .expect(201)
            .data()
            .getInt("id");
    JsonObject created = json(receiver.next(ARRIVES).body());
    assertEquals("subscription_event.created", created.getString("type"));
    assertEquals("created", created.getJsonObject("data").getString("event_type"));

    api.put("/v1/subscriptions/" + id + "/cancel", "").expect(200);

    // One subject (the subscription with its events): delivered in the order announced.
    JsonObject cancelled = json(receiver.next(ARRIVES).body());
    JsonObject event = json(receiver.next(ARRIVES).body());
    assertEquals("subscription.cancelled", cancelled.getString("type"));
    assertEquals("cancelled", cancelled.getJsonObject("data").getString("status"));
    assertEquals("cancel", event.getJsonObject("data").getString("event_type"));
    assertEquals("-990.00", event.getJsonObject("data").getString("amount_change"));
  }

  @Test
  void aSubjectsEventsReachAReceiverThatWasDownInTheOrderTheyWereMade() throws Exception {
    webhook("customer.created", "customer.updated");
    receiver.answerAlways(503);
    long first = customerWithNames("first@example.com", "1", "2", "3");
    long second = customerWithNames("second@example.com", "1");

    // While the receiver fails, only each subject's earliest event is tried: the later ones wait.
    // Every request is looked at, before and after the switch to 200 (an attempt in flight then is
    // answered 200), and only what was answered 2xx counts as delivered.
    Map<Long, List<String>> namesInArrivalOrder = new HashMap<>();
    Set<String> eventIds = new HashSet<>();
    Consumer<WebhookReceiver.Received> look =
        r -> {
          JsonObject delivery = json(r.body());
          if (!r.delivered()) {
            assertEquals("customer.created", delivery.getString("type"), r.body());
          } else if (eventIds.add(delivery.getString("id"))) {
            JsonObject data = delivery.getJsonObject("data");
            namesInArrivalOrder
                .computeIfAbsent(data.getJsonNumber("id").longValue(), id -> new ArrayList<>())
                .add(data.isNull("name") ? "created" : data.getString("name"));
          }
        };
    for (long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
        System.nanoTime() < until; ) {
      WebhookReceiver.Received r = receiver.next(Duration.ofMillis(200));
      if (r != null) {
        look.accept(r);
      }
    }
    receiver.answerAlways(200);

    while (eventIds.size() < 6) {
      WebhookReceiver.Received r = receiver.next(ARRIVES);
      assertNotNull(r, "arrived so far: " + namesInArrivalOrder);
      look.accept(r);
    }
    assertEquals(List.of("created", "1", "2", "3"), namesInArrivalOrder.get(first));
    assertEquals(List.of("created", "1"), namesInArrivalOrder.get(second));
  }

  /** A new customer, then one PUT per name; returns its id. */
  private long customerWithNames(String email, String... names) {
    long id =
        api.post("/v1/customers", "{\"email\": \"" + email + "\"}").expect(201).data().getInt("id");
    for (String name : names) {
      api.put("/v1/customers/" + id, "{\"name\": \"" + name + "\"}").expect(200);
    }
    return id;
  }

  @Test
  void aPendingDeliverySurvivesAServerReload() throws Exception {
    JsonObject webhook = webhook("customer.deleted");
    receiver.answerAlways(503);
    long id =
        api.post("/v1/customers", "{\"email\": \"gone@example.com\"}")
            .expect(201)
            .data()
            .getInt("id");
    api.delete("/v1/customers/" + id).expect(204);
    String eventId = json(receiver.next(ARRIVES).body()).getString("id");

    ServerReload.reloadAndWait(management, base);
    receiver.answerAlways(200);

    // Only an attempt after the reload can have been answered 200.
    JsonObject delivered = awaitStatus(webhook, "delivered", Duration.ofSeconds(60));
    assertEquals(eventId, delivered.getString("event_id"));
    WebhookReceiver.Received last = null;
    for (WebhookReceiver.Received next; (next = receiver.next(Duration.ofMillis(200))) != null; ) {
      last = next;
    }
    assertNotNull(last);
    assertEquals(eventId, json(last.body()).getString("id"));
    assertEquals(id, json(last.body()).getJsonObject("data").getInt("id"));
  }

  @Test
  void targetsAndEventsAreChecked() {
    for (String url :
        new String[] {
          "ftp://example.com/hook", "/relative", "http://169.254.169.254/latest", "not a url"
        }) {
      JsonObject refused =
          api.post("/v1/webhooks", "{\"url\": \"" + url + "\", \"events\": [\"customer.created\"]}")
              .expect(422)
              .json();
      assertTrue(refused.getJsonObject("errors").containsKey("url"), url + ": " + refused);
    }
    JsonObject unknown =
        api.post(
                "/v1/webhooks",
                "{\"url\": \"" + receiver.url() + "\", \"events\": [\"customer.exploded\"]}")
            .expect(422)
            .json();
    assertTrue(unknown.getJsonObject("errors").containsKey("events.0"));
    api.post("/v1/webhooks", "{\"url\": \"" + receiver.url() + "\"}").expect(422);
    assertEquals(0, api.get("/v1/webhooks").json().getJsonArray("data").size());
  }

  @Test
  void aDeletedWebhookGetsNothingMore() throws Exception {
    JsonObject webhook = webhook("customer.created");
    api.delete("/v1/webhooks/" + webhook.getInt("id")).expect(204);

    api.post("/v1/customers", "{\"email\": \"after@example.com\"}").expect(201);

    assertNull(receiver.next(NOTHING_MORE));
    api.get("/v1/webhooks/" + webhook.getInt("id")).expect(404);
  }

  @Test
  void aPausedWebhookKeepsItsDeliveriesAndSendsThemInOrderWhenResumed() throws Exception {
    JsonObject webhook = webhook("customer.created", "customer.updated");
    String path = "/v1/webhooks/" + webhook.getInt("id");
    assertTrue(webhook.getBoolean("active"));

    JsonObject paused = patch(path, "{\"active\": false}").expect(200).data();
    assertFalse(paused.getBoolean("active"));
    long id =
        api.post("/v1/customers", "{\"email\": \"paused@example.com\"}")
            .expect(201)
            .data()
            .getJsonNumber("id")
            .longValue();
    api.put("/v1/customers/" + id, "{\"name\": \"one\"}").expect(200);
    api.put("/v1/customers/" + id, "{\"name\": \"two\"}").expect(200);

    assertNull(receiver.next(NOTHING_MORE), "nothing while paused");
    for (JsonValue delivery : deliveries(webhook)) {
      assertEquals("pending", delivery.asJsonObject().getString("status"));
      assertTrue(delivery.asJsonObject().isNull("next_attempt_at"), "held: " + delivery);
    }
    assertFalse(api.get(path).expect(200).data().getBoolean("active"));

    patch(path, "{\"active\": true}").expect(200);
    List<String> received = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      JsonObject event = json(receiver.next(ARRIVES).body());
      received.add(
          event.getString("type")
              + " "
              + event.getJsonObject("data").get("name").toString().replace("\"", ""));
    }
    assertEquals(
        List.of("customer.created null", "customer.updated one", "customer.updated two"), received);
  }

  @Test
  void aDeliveryIsRedeliveredWithItsEventIdWhateverBecameOfIt() throws Exception {
    JsonObject webhook = webhook("customer.created");
    api.post("/v1/customers", "{\"email\": \"again@example.com\"}").expect(201);
    String eventId = json(receiver.next(ARRIVES).body()).getString("id");
    JsonObject delivered = awaitStatus(webhook, "delivered", Duration.ofSeconds(5));
    String redeliver =
        "/v1/webhooks/"
            + webhook.getInt("id")
            + "/deliveries/"
            + delivered.getInt("id")
            + "/redeliver";

    JsonObject accepted = api.post(redeliver, "").expect(202).data();

    assertEquals(delivered.getInt("id"), accepted.getInt("id"));
    assertEquals("pending", accepted.getString("status"));
    assertEquals(eventId, json(receiver.next(ARRIVES).body()).getString("id"), "the same event");
    assertEquals(2, awaitStatus(webhook, "delivered", Duration.ofSeconds(5)).getInt("attempts"));
    assertNull(receiver.next(NOTHING_MORE), "one new attempt");
  }

  @Test
  void redeliveryAndPausingNameOnlyThisTenantsWebhooksAndDeliveries() throws Exception {
    JsonObject webhook = webhook("customer.created");
    JsonObject other = webhook("order.created");
    api.post("/v1/customers", "{\"email\": \"mine@example.com\"}").expect(201);
    receiver.next(ARRIVES);
    int delivery = awaitStatus(webhook, "delivered", Duration.ofSeconds(5)).getInt("id");

    api.post("/v1/webhooks/" + other.getInt("id") + "/deliveries/" + delivery + "/redeliver", "")
        .expect(404);
    api.post("/v1/webhooks/" + webhook.getInt("id") + "/deliveries/987654321/redeliver", "")
        .expect(404);
    api.post("/v1/webhooks/987654321/redeliver_failed", "").expect(404);
    patch("/v1/webhooks/987654321", "{\"active\": false}").expect(404);
    JsonObject missing = patch("/v1/webhooks/" + webhook.getInt("id"), "{}").expect(422).json();
    assertTrue(missing.getJsonObject("errors").containsKey("active"), missing.toString());
    JsonObject notBoolean =
        patch("/v1/webhooks/" + webhook.getInt("id"), "{\"active\": \"maybe\"}").expect(422).json();
    assertTrue(notBoolean.getJsonObject("errors").containsKey("active"), notBoolean.toString());
    assertEquals(
        0,
        api.post("/v1/webhooks/" + webhook.getInt("id") + "/redeliver_failed", "")
            .expect(202)
            .data()
            .getInt("redelivered"),
        "nothing failed");
  }

  /**
   * A delivery that gave up (24 h of retries) is marked so in the database here, which only the
   * MySQL run reaches from outside the server.
   */
  @Test
  @EnabledIfEnvironmentVariable(named = "ZANGSHO_DB_DRIVER", matches = "mysql")
  void theFailedDeliveriesOfTheLastSevenDaysAreRedeliveredAndCounted() throws Exception {
    JsonObject webhook = webhook("customer.created");
    String path = "/v1/webhooks/" + webhook.getInt("id");
    receiver.answerAlways(503);
    for (String email : List.of("f1@example.com", "f2@example.com", "f3@example.com")) {
      api.post("/v1/customers", "{\"email\": \"" + email + "\"}").expect(201);
    }
    for (int i = 0; i < 3; i++) {
      receiver.next(ARRIVES);
    }
    patch(path, "{\"active\": false}").expect(200);
    Thread.sleep(1_000);
    try (Connection db = TestDatabase.connect();
        Statement sql = db.createStatement()) {
      sql.executeUpdate(
          "UPDATE webhook_deliveries SET status = 'FAILED', next_attempt_at = NULL"
              + " WHERE webhook_id = "
              + webhook.getInt("id"));
      sql.executeUpdate(
          "UPDATE webhook_deliveries SET created_at = NOW() - INTERVAL 8 DAY"
              + " WHERE webhook_id = "
              + webhook.getInt("id")
              + " ORDER BY id LIMIT 1");
    }
    receiver.answerAlways(200);
    patch(path, "{\"active\": true}").expect(200);
    assertNull(receiver.next(NOTHING_MORE), "failed deliveries stay failed");

    assertEquals(
        2, api.post(path + "/redeliver_failed", "").expect(202).data().getInt("redelivered"));
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      emails.add(json(receiver.next(ARRIVES).body()).getJsonObject("data").getString("email"));
    }
    assertEquals(List.of("f2@example.com", "f3@example.com"), emails.stream().sorted().toList());
    assertNull(receiver.next(NOTHING_MORE));
    assertEquals(
        0, api.post(path + "/redeliver_failed", "").expect(202).data().getInt("redelivered"));
  }

  /** The MySQL run's server is given ZANGSHO_SECRET_KEY (it/pom.xml), as production should be. */
  @Test
  @EnabledIfEnvironmentVariable(named = "ZANGSHO_DB_DRIVER", matches = "mysql")
  void aWebhookSecretIsSealedInTheDatabaseAndStillSigns() throws Exception {
    JsonObject webhook = webhook("customer.created");
    String secret = webhook.getString("secret");
    String stored;
    try (Connection db = TestDatabase.connect();
        Statement sql = db.createStatement();
        ResultSet row =
            sql.executeQuery("SELECT secret FROM webhooks WHERE id = " + webhook.getInt("id"))) {
      row.next();
      stored = row.getString(1);
    }
    assertTrue(stored.startsWith("aesgcm:"), "sealed: " + stored.substring(0, 16));
    assertFalse(stored.contains(secret.substring("whsec_".length())), "the secret is not in it");

    api.post("/v1/customers", "{\"email\": \"sealed@example.com\"}").expect(201);
    WebhookReceiver.Received delivery = receiver.next(ARRIVES);
    String[] parts = delivery.signature().split(",");
    assertEquals(
        hmac(secret, parts[0].substring("t=".length()) + "." + delivery.body()),
        parts[1].substring("v1=".length()),
        "signed with the secret given out");
  }

  private Api.Response patch(String path, String json) {
    return api.send("PATCH", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  private JsonObject webhook(String... events) {
    StringBuilder list = new StringBuilder();
    for (String event : events) {
      list.append(list.length() == 0 ? "" : ",").append('"').append(event).append('"');
    }
    return api.post(
            "/v1/webhooks", "{\"url\": \"" + receiver.url() + "\", \"events\": [" + list + "]}")
        .expect(201)
        .data();
  }

  private jakarta.json.JsonArray deliveries(JsonObject webhook) {
    return api.get("/v1/webhooks/" + webhook.getInt("id") + "/deliveries")
        .expect(200)
        .json()
        .getJsonArray("data");
  }

  /**
   * The newest delivery once it has {@code status}; the outcome is recorded just after the call.
   */
  private JsonObject awaitStatus(JsonObject webhook, String status, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      JsonObject newest = deliveries(webhook).getJsonObject(0);
      if (newest.getString("status").equals(status)) {
        return newest;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("never " + status + ": " + deliveries(webhook));
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static String hmac(String secret, String message) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
  }
}
