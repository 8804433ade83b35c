package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Subscriptions and their events over HTTP: the seed's four-step import, the history single writes
 * record, every reason a batch item fails or is skipped, and the one-subscription rule.
 */
class SubscriptionsApiIT extends DeployedEarTest {
  static final String SUBSCRIPTIONS =
      """
      {
      "on_conflict": "skip",
      "subscriptions": [
      {
      "customer_email": "wang.xiaoming@example.com",
      "plan_name": "Pro Plan",
      "mrr": "1990.00",
      "billing_cycle": "monthly",
      "started_at": "2025-12-01T08:00:00Z",
      "current_period_start": "2026-01-01T08:00:00Z"
      },
      {
      "customer_email": "chen.meili@example.com",
      "plan_name": "Annual",
      "mrr": 499.17,
      "billing_cycle": "yearly",
      "started_at": "2025-12-15T10:00:00Z",
      "current_period_start": "2025-12-15T10:00:00Z"
      }
      ]
      }""";

  static final String EVENTS =
      """
      {
      "on_conflict": "skip",
      "events": [
      {"customer_email": "wang.xiaoming@example.com", "event_type": "created",
       "new_amount": "990.00", "new_plan": "Basic", "occurred_at": "2025-12-01T08:00:00Z"},
      {"customer_email": "wang.xiaoming@example.com", "event_type": "upgrade",
       "old_amount": "990.00", "new_amount": "1990.00", "old_plan": "Basic", "new_plan": "Pro Plan",
       "occurred_at": "2026-01-01T16:00:00+08:00"},
      {"customer_email": "chen.meili@example.com", "event_type": "created",
       "new_amount": "499.17", "amount_change": "499.17", "occurred_at": "2025-12-15T10:00:00Z"}
      ]
      }""";

  Api api;

  @BeforeEach
  void newTenant() {
    api = Api.newTenant(base, "subscriptions-" + UUID.randomUUID());
  }

  @Test
  void theSeedsFourStepImportBuildsTheHistory() {
    api.post("/v1/customers/batch", CustomersApiIT.SEED_BATCH).expect(200);
    api.post("/v1/orders/batch", OrdersApiIT.SEED_ORDERS).expect(200);

    JsonObject subscriptions =
        api.post("/v1/subscriptions/batch", SUBSCRIPTIONS).expect(200).data();
    assertEquals(2, subscriptions.getInt("created"));
    assertEquals(
        "wang.xiaoming@example.com",
        subscriptions
            .getJsonObject("results")
            .getJsonArray("created")
            .getJsonObject(0)
            .getString("identifier"));
    assertEquals(0, total(api.get("/v1/subscriptions/events")), "a batch records no events");

    JsonObject events = api.post("/v1/subscriptions/events/batch", EVENTS).expect(200).data();
    assertEquals(3, events.getInt("created"));

    long wang = customerId("wang.xiaoming@example.com");
    JsonObject subscription =
        api.get("/v1/subscriptions?customer_id=" + wang)
            .expect(200)
            .json()
            .getJsonArray("data")
            .getJsonObject(0);
    assertEquals("active", subscription.getString("status"));
    assertEquals("1990.00", subscription.getString("mrr"));
    assertEquals("import", subscription.getString("source"));
    assertEquals("wang.xiaoming@example.com", subscription.getString("customer_email"));
    assertEquals("2026-01-01T08:00:00Z", subscription.getString("current_period_start"));
    assertTrue(subscription.isNull("cancelled_at"));

    JsonArray history =
        api.get("/v1/subscriptions/events?customer_id=" + wang)
            .expect(200)
            .json()
            .getJsonArray("data");
    assertEquals(2, history.size());
    JsonObject created = history.getJsonObject(0);
    assertEquals("created", created.getString("event_type"));
    assertEquals("import", created.getString("source"));
    assertTrue(created.isNull("old_amount"));
    assertEquals("990.00", created.getString("amount_change"));
    assertEquals(subscription.getInt("id"), created.getInt("subscription_id"));
    JsonObject upgrade = history.getJsonObject(1);
    assertEquals("upgrade", upgrade.getString("event_type"));
    assertEquals("1000.00", upgrade.getString("amount_change"), "new − old when not given");
    assertEquals("Basic", upgrade.getString("old_plan"));
    assertEquals("2026-01-01T08:00:00Z", upgrade.getString("occurred_at"));
    assertEquals(
        "499.17",
        api.get("/v1/subscriptions?customer_id=" + customerId("chen.meili@example.com"))
            .json()
            .getJsonArray("data")
            .getJsonObject(0)
            .getString("mrr"));

    JsonObject again = api.post("/v1/subscriptions/events/batch", EVENTS).expect(200).data();
    assertEquals(3, again.getInt("skipped"), "the same history imported twice is recorded once");
    assertEquals(
        "duplicate_event",
        again
            .getJsonObject("results")
            .getJsonArray("skipped")
            .getJsonObject(0)
            .getString("reason"));
    assertEquals(3, total(api.get("/v1/subscriptions/events")));
    api.delete("/v1/customers/" + wang).expect(409);
  }

  @Test
  void singleWritesRecordCreateUpgradeDowngradeCancelAndReactivate() {
    long id =
        api.post("/v1/customers", "{\"email\": \"h@example.com\"}").expect(201).data().getInt("id");
    Api.Response response =
        api.post(
                "/v1/subscriptions",
                "{\"customer_id\": "
                    + id
                    + ", \"plan_name\": \"Basic\", \"mrr\": \"990.00\","
                    + " \"billing_cycle\": \"monthly\", \"started_at\": \"2026-01-01T00:00:00Z\","
                    + " \"current_period_start\": \"2026-01-01T00:00:00Z\"}")
            .expect(201);
    JsonObject subscription = response.data();
    String path = "/v1/subscriptions/" + subscription.getInt("id");
    assertTrue(response.header("Location").endsWith(path));
    assertEquals("active", subscription.getString("status"));
    assertEquals("api", subscription.getString("source"));

    api.put(path, "{\"mrr\": 1990, \"plan_name\": \"Pro\"}").expect(200);
    api.put(path, "{\"mrr\": \"1490.00\"}").expect(200);
    api.put(path, "{\"mrr\": \"1490\", \"billing_cycle\": \"quarterly\"}").expect(200);
    // Without cancelled_at the cancellation is dated now, after the changes above.
    JsonObject cancelled =
        api.put(path + "/cancel", "{\"reason\": \"no_longer_needed\"}").expect(200).data();
    assertEquals("cancelled", cancelled.getString("status"));
    assertTrue(cancelled.getString("cancelled_at").startsWith("20"));
    assertEquals("no_longer_needed", cancelled.getString("cancel_reason"));
    assertEquals("quarterly", cancelled.getString("billing_cycle"));
    assertEquals("此訂閱已取消", api.put(path + "/cancel", "").expect(409).json().getString("message"));
    JsonObject reactivated = api.put(path + "/reactivate", "").expect(200).data();
    assertEquals("active", reactivated.getString("status"));
    assertTrue(reactivated.isNull("cancelled_at"));
    assertEquals(
        "此訂閱已是有效狀態,無需重新啟用",
        api.put(path + "/reactivate", "").expect(409).json().getString("message"));

    JsonArray history =
        api.get("/v1/subscriptions/events?customer_id=" + id)
            .expect(200)
            .json()
            .getJsonArray("data");
    List<String> events = new ArrayList<>();
    for (JsonObject event : history.getValuesAs(JsonObject.class)) {
      assertEquals("system", event.getString("source"));
      assertEquals(subscription.getInt("id"), event.getInt("subscription_id"));
      events.add(
          event.getString("event_type")
              + " "
              + text(event, "old_amount")
              + "→"
              + text(event, "new_amount")
              + " "
              + event.getString("amount_change")
              + " "
              + text(event, "old_plan")
              + "→"
              + text(event, "new_plan"));
    }
    assertEquals(
        List.of(
            "created null→990.00 990.00 null→Basic",
            "upgrade 990.00→1990.00 1000.00 Basic→Pro",
            "downgrade 1990.00→1490.00 -500.00 Pro→Pro",
            "cancel 1490.00→0.00 -1490.00 Pro→null",
            "reactivated 0.00→1490.00 1490.00 null→Pro"),
        events);
    assertEquals("2026-01-01T00:00:00Z", history.getJsonObject(0).getString("occurred_at"));
    assertEquals(
        cancelled.getString("cancelled_at"), history.getJsonObject(3).getString("occurred_at"));
  }

  @Test
  void changesOfOneKindWithinASecondEachKeepTheirStepInOrder() {
    Api.Subscriber subscriber = api.newSubscriber("quick@example.com", 100);
    long customer = subscriber.customerId();
    String path = subscriber.subscriptionPath();

    // Timestamps are kept to the second; these follow each other faster than that.
    for (int mrr = 200; mrr <= 500; mrr += 100) {
      api.put(path, "{\"mrr\": " + mrr + "}").expect(200);
    }
    for (int round = 0; round < 2; round++) {
      api.put(path + "/cancel", "").expect(200);
      api.put(path + "/reactivate", "").expect(200);
    }

    JsonArray history =
        api.get("/v1/subscriptions/events?customer_id=" + customer + "&per_page=100")
            .expect(200)
            .json()
            .getJsonArray("data");
    List<String> steps = new ArrayList<>();
    String previous = "";
    for (JsonObject event : history.getValuesAs(JsonObject.class)) {
      steps.add(event.getString("event_type") + " " + text(event, "new_amount"));
      String occurredAt = event.getString("occurred_at");
      assertTrue(occurredAt.compareTo(previous) >= 0, occurredAt + " after " + previous);
      previous = occurredAt;
    }
    assertEquals(
        List.of(
            "created 100.00",
            "upgrade 200.00",
            "upgrade 300.00",
            "upgrade 400.00",
            "upgrade 500.00",
            "cancel 0.00",
            "reactivated 500.00",
            "cancel 0.00",
            "reactivated 500.00"),
        steps);
  }

  @Test
  void aCustomerHasAtMostOneSubscription() {
    api.post("/v1/customers/batch", CustomersApiIT.SEED_BATCH).expect(200);
    String single =
        "{\"customer_email\": \"wang.xiaoming@example.com\", \"mrr\": 1, \"billing_cycle\": \"monthly\","
            + " \"started_at\": \"2026-01-01\", \"current_period_start\": \"2026-01-01\"}";
    api.post("/v1/subscriptions", single).expect(201);

    assertEquals(
        "此客戶已有訂閱,每位客戶只能有一個訂閱",
        api.post("/v1/subscriptions", single).expect(409).json().getString("message"));
    JsonObject skipped = api.post("/v1/subscriptions/batch", SUBSCRIPTIONS).expect(200).data();
    assertEquals(1, skipped.getInt("created"));
    assertEquals(
        "duplicate_subscription",
        skipped
            .getJsonObject("results")
            .getJsonArray("skipped")
            .getJsonObject(0)
            .getString("reason"));
    assertEquals(2, total(api.get("/v1/subscriptions")));
  }

  @Test
  void racingSubscriptionBatchesGiveEachCustomerOneSubscription() throws Exception {
    List<String> customers = new ArrayList<>();
    List<String> subscriptions = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      customers.add("{\"email\": \"race" + i + "@example.com\"}");
      subscriptions.add(
          "{\"customer_email\": \"race"
              + i
              + "@example.com\", \"mrr\": \""
              + i
              + ".00\","
              + " \"billing_cycle\": \"monthly\", \"started_at\": \"2026-01-01T00:00:00Z\","
              + " \"current_period_start\": \"2026-01-01T00:00:00Z\"}");
    }
    api.post("/v1/customers/batch", "{\"customers\": [" + String.join(",", customers) + "]}")
        .expect(200);
    String batch = "{\"subscriptions\": [" + String.join(",", subscriptions) + "]}";

    for (int round = 0; round < 3; round++) {
      CompletableFuture<Api.Response> a =
          CompletableFuture.supplyAsync(() -> api.post("/v1/subscriptions/batch", batch));
      CompletableFuture<Api.Response> b =
          CompletableFuture.supplyAsync(() -> api.post("/v1/subscriptions/batch", batch));
      JsonObject first = a.get().expect(200).data();
      JsonObject second = b.get().expect(200).data();
      assertEquals(100, first.getInt("created") + first.getInt("skipped"), first.toString());
      assertEquals(100, second.getInt("created") + second.getInt("skipped"), second.toString());
      assertEquals(round == 0 ? 100 : 0, first.getInt("created") + second.getInt("created"));
    }
    assertEquals(100, total(api.get("/v1/subscriptions?per_page=1")));
  }

  @Test
  void everySubscriptionFailureReasonFailsItsItemAlone() {
    api.post("/v1/customers/batch", CustomersApiIT.SEED_BATCH).expect(200);
    String ok =
        "\"mrr\": 1, \"billing_cycle\": \"monthly\", \"started_at\": \"2026-01-01\", \"current_period_start\": \"2026-01-01\"";

    JsonObject data =
        api.post(
                "/v1/subscriptions/batch",
                "{\"subscriptions\": ["
                    + "{\"customer_email\": \"wang.xiaoming@example.com\", "
                    + ok
                    + "},"
                    + "{\"customer_id\": 987654321, "
                    + ok
                    + "},"
                    + "{\"customer_email\": \"nobody@example.com\", "
                    + ok
                    + "},"
                    + "{\"customer_email\": \"chen.meili@example.com\", \"billing_cycle\": \"monthly\", \"started_at\": \"2026-01-01\", \"current_period_start\": \"2026-01-01\"},"
                    + "{\"customer_email\": \"chen.meili@example.com\", \"mrr\": 1, \"billing_cycle\": \"one-time\", \"started_at\": \"2026-01-01\", \"current_period_start\": \"2026-01-01\"},"
                    + "{\"customer_email\": \"chen.meili@example.com\", \"mrr\": 1, \"billing_cycle\": \"monthly\", \"started_at\": \"soon\", \"current_period_start\": \"2026-01-01\"},"
                    + "{\"customer_email\": \"chen.meili@example.com\", \"status\": \"expired\", "
                    + ok
                    + "},"
                    + "{"
                    + ok
                    + "}"
                    + "]}")
            .expect(200)
            .data();

    assertEquals(1, data.getInt("created"));
    List<String> expected =
        List.of(
            "customer_not_found|customer_id 不存在|987654321",
            "customer_not_found|customer_email 不存在|nobody@example.com",
            "validation_error|mrr 欄位為必填|chen.meili@example.com",
            "validation_error|所選擇的 billing_cycle 無效|chen.meili@example.com",
            "validation_error|started_at 必須是有效的 ISO-8601 日期時間|chen.meili@example.com",
            "validation_error|所選擇的 status 無效|chen.meili@example.com",
            "validation_error|未提供 customer_id 時,customer_email 欄位為必填|null");
    assertEquals(expected, failures(data));
  }

  @Test
  void everyEventFailureReasonFailsItsItemAlone() {
    api.post("/v1/customers/batch", CustomersApiIT.SEED_BATCH).expect(200);

    JsonObject data =
        api.post(
                "/v1/subscriptions/events/batch",
                """
                {"events": [
                  {"customer_email": "wang.xiaoming@example.com", "event_type": "cancel", "occurred_at": "2026-02-01T00:00:00Z", "old_amount": "1990.00"},
                  {"customer_email": "nobody@example.com", "event_type": "cancel", "occurred_at": "2026-02-01T00:00:00Z"},
                  {"customer_email": "wang.xiaoming@example.com", "event_type": "paused", "occurred_at": "2026-02-01T00:00:00Z"},
                  {"customer_email": "wang.xiaoming@example.com", "event_type": "upgrade"},
                  {"customer_email": "wang.xiaoming@example.com", "event_type": "upgrade", "occurred_at": "2026-02-01", "amount_change": "abc"},
                  {"event_type": "upgrade", "occurred_at": "2026-02-01"},
                  {"customer_email": "wang.xiaoming@example.com", "event_type": "cancel", "occurred_at": "2026-02-01T08:00:00+08:00"}
                ]}""")
            .expect(200)
            .data();

    assertEquals(1, data.getInt("created"));
    assertEquals(
        List.of(
            "customer_not_found|customer_email 不存在|nobody@example.com",
            "validation_error|所選擇的 event_type 無效|wang.xiaoming@example.com",
            "validation_error|occurred_at 欄位為必填|wang.xiaoming@example.com",
            "validation_error|amount_change 必須是數字|wang.xiaoming@example.com",
            "validation_error|customer_email 欄位為必填|null"),
        failures(data));
    JsonObject skipped = data.getJsonObject("results").getJsonArray("skipped").getJsonObject(0);
    assertEquals(
        6, skipped.getInt("index"), "the same instant in another offset is the same event");
    assertEquals("duplicate_event", skipped.getString("reason"));
    JsonObject cancel =
        api.get("/v1/subscriptions/events").json().getJsonArray("data").getJsonObject(0);
    assertEquals("-1990.00", cancel.getString("amount_change"));
    assertTrue(cancel.isNull("subscription_id"), "the customer has no subscription");
  }

  @Test
  void updateBatchesChangeOnlyTheGivenFields() {
    api.post("/v1/customers/batch", CustomersApiIT.SEED_BATCH).expect(200);
    api.post("/v1/subscriptions/batch", SUBSCRIPTIONS).expect(200);
    api.post("/v1/subscriptions/events/batch", EVENTS).expect(200);

    JsonObject updated =
        api.post(
                "/v1/subscriptions/batch",
                """
                {"on_conflict": "update", "subscriptions": [{"customer_email": "wang.xiaoming@example.com",
                  "mrr": "2990.00", "billing_cycle": "monthly", "started_at": "2025-12-01T08:00:00Z",
                  "current_period_start": "2026-02-01T08:00:00Z", "plan_name": "", "status": "cancelled",
                  "cancelled_at": "2026-02-10T00:00:00Z", "cancel_reason": "too_expensive"}]}""")
            .expect(200)
            .data();
    assertEquals(1, updated.getInt("updated"));
    long wang = customerId("wang.xiaoming@example.com");
    JsonObject subscription =
        api.get("/v1/subscriptions?customer_id=" + wang)
            .json()
            .getJsonArray("data")
            .getJsonObject(0);
    assertEquals("Pro Plan", subscription.getString("plan_name"), "empty leaves it");
    assertEquals("2990.00", subscription.getString("mrr"));
    assertEquals("cancelled", subscription.getString("status"));
    assertEquals("too_expensive", subscription.getString("cancel_reason"));
    assertEquals(2, total(api.get("/v1/subscriptions/events?customer_id=" + wang)), "no events");

    api.post(
            "/v1/subscriptions/events/batch",
            """
            {"on_conflict": "update", "events": [{"customer_email": "wang.xiaoming@example.com",
              "event_type": "upgrade", "occurred_at": "2026-01-01T08:00:00Z", "new_amount": "2490.00"}]}""")
        .expect(200);
    JsonObject upgrade =
        api.get("/v1/subscriptions/events?event_type=upgrade")
            .json()
            .getJsonArray("data")
            .getJsonObject(0);
    assertEquals("990.00", upgrade.getString("old_amount"));
    assertEquals("2490.00", upgrade.getString("new_amount"));
    assertEquals("1500.00", upgrade.getString("amount_change"));
    assertEquals("Pro Plan", upgrade.getString("new_plan"));
  }

  @Test
  void anUpdateItemNeedsOnlyItsCustomerAndTheFieldsItChanges() {
    api.post("/v1/customers/batch", CustomersApiIT.SEED_BATCH).expect(200);
    api.post("/v1/subscriptions/batch", SUBSCRIPTIONS).expect(200);
    api.post("/v1/customers", "{\"email\": \"no.plan@example.com\"}").expect(201);

    JsonObject data =
        api.post(
                "/v1/subscriptions/batch",
                """
                {"on_conflict": "update", "subscriptions": [
                  {"customer_email": "wang.xiaoming@example.com", "status": "paused"},
                  {"customer_email": "no.plan@example.com", "status": "paused"}
                ]}""")
            .expect(200)
            .data();

    assertEquals(1, data.getInt("updated"));
    JsonObject failed = data.getJsonObject("results").getJsonArray("failed").getJsonObject(0);
    assertEquals(1, failed.getInt("index"), "a new subscription still needs its mrr and dates");
    assertEquals("validation_error", failed.getString("reason"));
    JsonObject wang =
        api.get("/v1/subscriptions?customer_id=" + customerId("wang.xiaoming@example.com"))
            .json()
            .getJsonArray("data")
            .getJsonObject(0);
    assertEquals("paused", wang.getString("status"));
    assertEquals("Pro Plan", wang.getString("plan_name"));
  }

  @Test
  void eventsAreRecordedOneByOneAndListedInTimeOrderWithFilters() {
    api.post("/v1/customers/batch", CustomersApiIT.SEED_BATCH).expect(200);
    api.post("/v1/subscriptions/events/batch", EVENTS).expect(200);
    String event =
        "{\"customer_email\": \"chen.meili@example.com\", \"event_type\": \"downgrade\","
            + " \"old_amount\": 499.17, \"new_amount\": 299, \"occurred_at\": \"2025-11-30T00:00:00Z\"}";

    JsonObject created = api.post("/v1/subscriptions/events", event).expect(201).data();
    assertEquals("-200.17", created.getString("amount_change"));
    assertEquals("api", created.getString("source"));
    assertEquals(
        "此客戶在同一時間已有相同類型的訂閱事件",
        api.post("/v1/subscriptions/events", event).expect(409).json().getString("message"));
    assertEquals(
        "customer_email 不存在",
        api.post("/v1/subscriptions/events", event.replace("chen.meili", "nobody"))
            .expect(422)
            .json()
            .getString("message"));

    assertEquals(
        List.of(
            "2025-11-30T00:00:00Z",
            "2025-12-01T08:00:00Z",
            "2025-12-15T10:00:00Z",
            "2026-01-01T08:00:00Z"),
        occurredAts("/v1/subscriptions/events"));
    assertEquals(
        List.of("2025-12-01T08:00:00Z", "2025-12-15T10:00:00Z"),
        occurredAts("/v1/subscriptions/events?event_type=created"));
    assertEquals(
        List.of("2025-12-01T08:00:00Z", "2025-12-15T10:00:00Z"),
        occurredAts("/v1/subscriptions/events?start_date=2025-12-01&end_date=2025-12-31"));
    assertEquals(
        List.of("2025-11-30T00:00:00Z", "2025-12-15T10:00:00Z"),
        occurredAts(
            "/v1/subscriptions/events?customer_id=" + customerId("chen.meili@example.com")));
    api.get("/v1/subscriptions/events?event_type=paused").expect(422);
    api.get("/v1/subscriptions/events?per_page=101").expect(422);
  }

  @Test
  void theEventsPathIsNeverASubscriptionId() {
    api.get("/v1/subscriptions/events").expect(200);
    api.get("/v1/subscriptions/abc").expect(404);
    api.get("/v1/subscriptions/99999999999999999999").expect(404);
    api.get("/v1/subscriptions/424242").expect(404);
    api.put("/v1/subscriptions/events", "{}").expect(405);
    api.put("/v1/subscriptions/events/cancel", "{}").expect(404);
    api.get("/v1/subscriptions?status=expired").expect(422);
  }

  @Test
  void aSingleCreateNamesAnExistingCustomerAndTheRequiredFields() {
    JsonObject unknown =
        api.post(
                "/v1/subscriptions",
                "{\"customer_email\": \"nobody@example.com\", \"mrr\": 1, \"billing_cycle\": \"monthly\","
                    + " \"started_at\": \"2026-01-01\", \"current_period_start\": \"2026-01-01\"}")
            .expect(422)
            .json();
    assertEquals("customer_email 不存在", unknown.getString("message"));
    JsonObject missing = api.post("/v1/subscriptions", "{}").expect(422).json();
    assertEquals(
        Set.of("customer_email", "mrr", "billing_cycle", "started_at", "current_period_start"),
        missing.getJsonObject("errors").keySet());
    assertEquals(0, total(api.get("/v1/subscriptions")));
    assertEquals(0, total(api.get("/v1/customers")), "subscriptions never create customers");
  }

  private long customerId(String email) {
    return api.get("/v1/customers?search=" + email)
        .expect(200)
        .json()
        .getJsonArray("data")
        .getJsonObject(0)
        .getInt("id");
  }

  private List<String> occurredAts(String path) {
    return api
        .get(path)
        .expect(200)
        .json()
        .getJsonArray("data")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(e -> e.getString("occurred_at"))
        .toList();
  }

  private static List<String> failures(JsonObject batch) {
    List<String> out = new ArrayList<>();
    for (JsonObject f :
        batch.getJsonObject("results").getJsonArray("failed").getValuesAs(JsonObject.class)) {
      out.add(f.getString("reason") + "|" + f.getString("message") + "|" + text(f, "identifier"));
    }
    return out;
  }

  private static String text(JsonObject object, String field) {
    return object.isNull(field) ? "null" : object.getString(field);
  }

  private static int total(Api.Response list) {
    return list.expect(200).json().getJsonObject("meta").getInt("total");
  }
}
