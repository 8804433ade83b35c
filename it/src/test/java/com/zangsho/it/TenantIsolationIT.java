package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The isolation matrix: tenant B uses each of tenant A's ids, keys and filter values on every
 * operation of the served document that takes one. Each answers 404 (the same body as an id that
 * exists nowhere) or an empty list, and A's rows are as they were afterwards.
 */
class TenantIsolationIT extends DeployedEarTest {
  private static final String MOVEMENTS_OF_2026 =
      "/v1/metrics/mrr/movements?start_date=2026-01-01&end_date=2026-12-31";
  private static final Map<String, String> BODIES =
      Map.of(
          "PUT /v1/customers/{id}", "{\"name\": \"B was here\"}",
          "PUT /v1/subscriptions/{id}", "{\"plan_name\": \"B was here\"}",
          "PUT /v1/subscriptions/{id}/cancel", "{}",
          "PATCH /v1/webhooks/{id}", "{\"active\": false}");

  @Test
  void anotherTenantsIdsKeysAndFiltersFindNothingAndChangeNothing() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Api a = Api.newTenant(base, "isolation-a-" + run);
    Api b = Api.newTenant(base, "isolation-b-" + run);
    String email = "a-" + run + "@example.com";
    Api.Subscriber subscriber = a.newSubscriber(email, 990);
    long customer = subscriber.customerId();
    long subscription = Long.parseLong(subscriber.subscriptionPath().replaceAll("\\D", ""));
    long webhook =
        a.post(
                "/v1/webhooks",
                "{\"url\": \"http://127.0.0.1:9/hook\", \"events\": [\"order.created\"]}")
            .expect(201)
            .data()
            .getJsonNumber("id")
            .longValue();
    String orderNo = "A-" + run;
    a.post(
            "/v1/orders",
            "{\"order_no\": \"" + orderNo + "\", \"customer_id\": " + customer + ", \"amount\": 5}")
        .expect(201);
    String delivery =
        a.get("/v1/webhooks/" + webhook + "/deliveries")
            .expect(200)
            .json()
            .getJsonArray("data")
            .getJsonObject(0)
            .getJsonNumber("id")
            .toString();
    long token =
        a.post("/v1/tokens", "{\"name\": \"A's\", \"abilities\": [\"customers:read\"]}")
            .expect(201)
            .data()
            .getJsonNumber("id")
            .longValue();
    Map<String, String> values =
        Map.of(
            "/v1/customers/{id}", Long.toString(customer),
            "/v1/orders/{orderNo}", orderNo,
            "/v1/subscriptions/{id}", Long.toString(subscription),
            "/v1/webhooks/{id}", Long.toString(webhook),
            "/v1/tokens/{id}", Long.toString(token));

    JsonObject paths =
        Api.as(base, null).get("/openapi?format=JSON").expect(200).json().getJsonObject("paths");
    List<String> leaks = new ArrayList<>();
    int checked = 0;
    for (String path : paths.keySet()) {
      String prefix = values.keySet().stream().filter(path::startsWith).findFirst().orElse(null);
      if (prefix == null) {
        continue;
      }
      // Below a webhook, its delivery: A's, or one that does not exist.
      String concrete =
          path.replace(prefix, prefix.replaceAll("\\{[^}]+}", values.get(prefix)))
              .replace("{delivery_id}", delivery);
      String nowhere =
          path.replace(prefix, prefix.replaceAll("\\{[^}]+}", "987654321"))
              .replace("{delivery_id}", "987654321");
      for (String method : paths.getJsonObject(path).keySet()) {
        String operation = method.toUpperCase() + " " + path;
        String body = BODIES.getOrDefault(operation, "{}");
        Api.Response theirs = send(b, method, concrete, body);
        Api.Response none = send(b, method, nowhere, body);
        String value = values.get(prefix);
        if (theirs.status() != 404
            || !theirs.text().replace(value, "?").equals(none.text().replace("987654321", "?"))) {
          leaks.add(operation + " answered " + theirs.status() + ": " + theirs.text());
        }
        checked++;
      }
    }
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("/v1/orders?customer_id=" + customer, "orders of A's customer");
    filters.put("/v1/subscriptions?customer_id=" + customer, "subscriptions of A's customer");
    filters.put("/v1/subscriptions/events?customer_id=" + customer, "events of A's customer");
    filters.put("/v1/customers?search=" + email, "A's e-mail");
    filters.put("/v1/customers?search=a-" + run, "the start of A's e-mail");
    filters.put("/v1/customers?search=" + run.substring(1, 7), "the middle of A's e-mail");
    filters.put("/v1/orders?order_no=" + orderNo, "A's order by its number");
    filters.put("/v1/activity_logs", "B's own log only");
    filters.put(MOVEMENTS_OF_2026, "the movement of A's subscription");
    for (Map.Entry<String, String> filter : filters.entrySet()) {
      JsonObject page = b.get(filter.getKey()).expect(200).json();
      boolean onlyB =
          filter.getKey().startsWith("/v1/activity_logs")
              ? page.toString().indexOf(orderNo) < 0 && page.toString().indexOf(email) < 0
              : page.getJsonArray("data").isEmpty();
      if (!onlyB) {
        leaks.add(filter.getValue() + ": " + page);
      }
      checked++;
    }
    // The metrics take no id: B's figures are nought where A's show its subscription.
    assertEquals(1, a.get(MOVEMENTS_OF_2026).expect(200).json().getJsonArray("data").size());
    assertEquals(List.of("990.00", "990.00"), mrrOf2026(a));
    if (!mrrOf2026(b).equals(List.of("0.00", "0.00"))) {
      leaks.add("B's summary and series of 2026: " + mrrOf2026(b));
    }
    checked += 2;
    JsonObject orders =
        b.post(
                "/v1/orders/batch",
                "{\"orders\": [{\"order_no\": \"B-1\", \"customer_id\": "
                    + customer
                    + ", \"amount\": 1}]}")
            .expect(200)
            .data();
    assertEquals(
        "customer_not_found",
        orders
            .getJsonObject("results")
            .getJsonArray("failed")
            .getJsonObject(0)
            .getString("reason"));
    JsonObject events =
        b.post(
                "/v1/subscriptions/events/batch",
                "{\"events\": [{\"customer_email\": \""
                    + email
                    + "\", \"event_type\": \"upgrade\", \"occurred_at\": \"2026-02-01T00:00:00Z\", \"old_amount\": 990, \"new_amount\": 1990}]}")
            .expect(200)
            .data();
    assertEquals(1, events.getInt("failed"), events.toString());

    assertEquals(List.of(), leaks, checked + " checked");
    // 16 operations take an id or key today, 9 filters and 2 metrics: a new operation taking an id
    // or key is checked without a change.
    assertTrue(checked >= 27, "checked " + checked);
    JsonObject stillA = a.get("/v1/customers/" + customer).expect(200).data();
    assertTrue(stillA.isNull("name"), "A's customer unchanged: " + stillA);
    assertEquals(
        "active", a.get(subscriber.subscriptionPath()).expect(200).data().getString("status"));
    assertTrue(a.get("/v1/webhooks/" + webhook).expect(200).data().getBoolean("active"));
    assertEquals(
        1,
        a.get("/v1/orders?customer_id=" + customer).expect(200).json().getJsonArray("data").size());
  }

  /** The summary's MRR at mid-2026 and the 2026 series' ending MRR, as {@code tenant} sees them. */
  private static List<String> mrrOf2026(Api tenant) {
    return List.of(
        tenant.get("/v1/metrics/summary?date=2026-06-30").expect(200).data().getString("mrr"),
        tenant
            .get("/v1/metrics/mrr?start_date=2026-01-01&end_date=2026-12-31&interval=year")
            .expect(200)
            .data()
            .getJsonArray("entries")
            .getJsonObject(0)
            .getString("ending_mrr"));
  }

  private static Api.Response send(Api api, String method, String path, String body) {
    return switch (method) {
      case "get" -> api.get(path);
      case "put" -> api.put(path, body);
      case "patch" ->
          api.send("PATCH", path, "application/json", body.getBytes(StandardCharsets.UTF_8));
      case "delete" -> api.delete(path);
      default -> api.post(path, body);
    };
  }
}
