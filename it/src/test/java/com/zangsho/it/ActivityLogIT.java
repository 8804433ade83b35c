package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The activity log (docs/api.md §10): one entry per write that committed, none for one that did
 * not.
 */
class ActivityLogIT extends DeployedEarTest {
  Api api;

  @BeforeEach
  void newTenant() {
    api = Api.newTenant(base, "activity-" + UUID.randomUUID());
  }

  @Test
  void everyKindOfWriteLeavesOneEntryNewestFirst() {
    long customer =
        api.post("/v1/customers", "{\"email\": \"a@example.com\"}").expect(201).data().getInt("id");
    api.put("/v1/customers/" + customer, "{\"name\": \"A\"}").expect(200);
    api.post("/v1/customers/batch", CustomersApiIT.SEED_BATCH).expect(200);
    api.post(
            "/v1/orders",
            "{\"order_no\": \"O-1\", \"customer_id\": " + customer + ", \"amount\": 1}")
        .expect(201);
    api.post("/v1/orders/batch", OrdersApiIT.SEED_ORDERS).expect(200);
    long subscription =
        api.post(
                "/v1/subscriptions",
                "{\"customer_id\": "
                    + customer
                    + ", \"mrr\": 1, \"billing_cycle\": \"monthly\","
                    + " \"started_at\": \"2026-01-01\", \"current_period_start\": \"2026-01-01\"}")
            .expect(201)
            .data()
            .getInt("id");
    api.put("/v1/subscriptions/" + subscription + "/cancel", "").expect(200);
    api.post("/v1/subscriptions/events/batch", SubscriptionsApiIT.EVENTS).expect(200);
    long token =
        api.post("/v1/tokens", "{\"name\": \"t\", \"abilities\": [\"*\"]}")
            .expect(201)
            .data()
            .getInt("id");
    api.delete("/v1/tokens/" + token).expect(204);
    long deleted =
        api.post("/v1/customers", "{\"email\": \"gone@example.com\"}")
            .expect(201)
            .data()
            .getInt("id");
    api.delete("/v1/customers/" + deleted).expect(204);

    JsonArray entries =
        api.get("/v1/activity_logs?per_page=100").expect(200).json().getJsonArray("data");
    List<String> actions = new ArrayList<>();
    for (JsonObject entry : entries.getValuesAs(JsonObject.class)) {
      actions.add(entry.getString("action"));
    }
    assertEquals(
        List.of(
            "customer.deleted",
            "customer.created",
            "token.revoked",
            "token.created",
            "subscription_events.batch_import",
            "subscription.cancelled",
            "subscription.created",
            "orders.batch_import",
            "order.created",
            "customers.batch_import",
            "customer.updated",
            "customer.created"),
        actions);
    JsonObject delete = entries.getJsonObject(0);
    assertEquals("customer", delete.getString("subject_type"));
    assertEquals(deleted, delete.getInt("subject_id"));
    assertEquals("default", delete.getString("token_name"));
    assertTrue(delete.getJsonNumber("token_id").longValue() > 0);
    assertTrue(delete.getString("ip").length() > 0);
    assertTrue(delete.isNull("summary"));
    JsonObject batch = entries.getJsonObject(9);
    assertTrue(batch.isNull("subject_type"));
    assertEquals(2, batch.getJsonObject("summary").getInt("created"));
    assertEquals(2, batch.getJsonObject("summary").getInt("total"));
    assertEquals(subscription, entries.getJsonObject(5).getInt("subject_id"));
  }

  @Test
  void aWriteThatDidNotCommitLeavesNoEntry() {
    api.post("/v1/customers", "{\"email\": \"bad\"}").expect(422);
    api.post("/v1/customers", "not json").expect(400);
    api.post(
            "/v1/customers/batch",
            CustomersApiIT.SEED_BATCH.replace("\"skip\"", "\"skip\", \"dry_run\": true"))
        .expect(200);
    api.delete("/v1/customers/424242").expect(404);
    api.post("/v1/customers", "{\"email\": \"a@example.com\"}").expect(201);
    api.post("/v1/customers", "{\"email\": \"a@example.com\"}").expect(422);

    JsonArray entries = api.get("/v1/activity_logs").expect(200).json().getJsonArray("data");
    assertEquals(1, entries.size(), entries.toString());
    assertEquals("customer.created", entries.getJsonObject(0).getString("action"));
  }

  @Test
  void entriesFilterByActionAndDayAndPage() {
    for (int i = 0; i < 3; i++) {
      api.post("/v1/customers", "{\"email\": \"c" + i + "@example.com\"}").expect(201);
    }
    api.post("/v1/customers/batch", CustomersApiIT.SEED_BATCH).expect(200);
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

    assertEquals(3, total("/v1/activity_logs?action=customer.created"));
    assertEquals(4, total("/v1/activity_logs?start_date=" + today));
    assertEquals(0, total("/v1/activity_logs?end_date=" + yesterday));
    JsonObject page = api.get("/v1/activity_logs?per_page=3&page=2").expect(200).json();
    assertEquals(1, page.getJsonArray("data").size());
    assertEquals(4, page.getJsonObject("meta").getInt("from"));
    api.get("/v1/activity_logs?per_page=0").expect(422);
    api.get("/v1/activity_logs?start_date=yesterday").expect(422);
  }

  private int total(String path) {
    return api.get(path).expect(200).json().getJsonObject("meta").getInt("total");
  }
}
