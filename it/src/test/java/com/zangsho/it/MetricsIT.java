package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Revenue metrics (docs/api.md §11) from a history imported through the batch endpoints, every
 * figure computed by hand below.
 */
class MetricsIT extends DeployedEarTest {
  /**
   * a: 1000 from January, 1500 from February. b: 500 from January, cancelled in March, back in
   * April. c: 2000 from February, 1200 in March, then an upgrade "from 1000 to 1800" in April,
   * which contradicts the history (1200 before it): counted +600, stated +800. d: 300 from March.
   */
  private static final List<String> HISTORY =
      List.of(
          event("c", "created", null, "2000.00", "2025-02-01T00:00:00Z"),
          event("a", "upgrade", "1000.00", "1500.00", "2025-02-05T00:00:00Z"),
          event("b", "reactivated", null, "500.00", "2025-04-15T00:00:00Z"),
          event("a", "created", null, "1000.00", "2025-01-10T00:00:00Z"),
          event("c", "downgrade", "2000.00", "1200.00", "2025-03-15T00:00:00Z"),
          event("b", "created", null, "500.00", "2025-01-20T00:00:00Z"),
          event("c", "upgrade", "1000.00", "1800.00", "2025-04-01T00:00:00Z"),
          event("d", "created", null, "300.00", "2025-03-20T08:00:00+08:00"));

  private static final String B_CANCELS =
      event("b", "cancel", "500.00", null, "2025-03-10T00:00:00Z");

  Api api;

  @BeforeEach
  void history() {
    api = Api.newTenant(base, "metrics-" + UUID.randomUUID());
    api.post(
            "/v1/customers/batch",
            "{\"customers\": [{\"email\": \"a@example.com\"}, {\"email\": \"b@example.com\"},"
                + " {\"email\": \"c@example.com\"}, {\"email\": \"d@example.com\"}]}")
        .expect(200);
  }

  @Test
  void anImportedHistoryGivesTheHandComputedSeriesAndALateEventReclassifiesTheLaterOnes() {
    importEvents(HISTORY);
    // Without b's cancel, its "reactivated" in April finds it paying already: no movement.
    assertEquals(
        List.of(
            "2025-01-01 0.00 +1500.00 +0.00 0.00 0.00 +0.00 1500.00 2",
            "2025-02-01 1500.00 +2000.00 +500.00 0.00 0.00 +0.00 4000.00 3",
            "2025-03-01 4000.00 +300.00 +0.00 -800.00 0.00 +0.00 3500.00 4",
            "2025-04-01 3500.00 +0.00 +600.00 0.00 0.00 +0.00 4100.00 4"),
        monthly());

    // The cancel arrives later, in another batch: March has its churn, April a reactivation.
    importEvents(List.of(B_CANCELS));
    assertEquals(
        List.of(
            "2025-01-01 0.00 +1500.00 +0.00 0.00 0.00 +0.00 1500.00 2",
            "2025-02-01 1500.00 +2000.00 +500.00 0.00 0.00 +0.00 4000.00 3",
            "2025-03-01 4000.00 +300.00 +0.00 -800.00 -500.00 +0.00 3000.00 3",
            "2025-04-01 3000.00 +0.00 +600.00 0.00 0.00 +500.00 4100.00 4"),
        monthly());

    JsonObject series =
        api.get("/v1/metrics/mrr?start_date=2024-12-30&end_date=2025-05-04&interval=week")
            .expect(200)
            .data();
    assertEquals("week", series.getString("interval"));
    JsonArray weeks = series.getJsonArray("entries");
    assertEquals(18, weeks.size());
    assertEquals("2024-12-30", weeks.getJsonObject(0).getString("period_start"));
    assertEquals("2025-01-05", weeks.getJsonObject(0).getString("period_end"));
    BigDecimal previous = new BigDecimal("0.00");
    for (JsonObject week : weeks.getValuesAs(JsonObject.class)) {
      BigDecimal start = amount(week, "starting_mrr");
      assertEquals(previous, start, "chained: " + week);
      BigDecimal sum = start;
      for (String movement :
          List.of("new_business", "expansion", "contraction", "churn", "reactivation")) {
        sum = sum.add(amount(week, movement));
      }
      assertEquals(amount(week, "ending_mrr"), sum, "identity: " + week);
      previous = sum;
    }
    assertEquals(new BigDecimal("4100.00"), previous);
  }

  @Test
  void theSummaryMatchesTheHandComputedFigures() {
    importEvents(HISTORY);
    importEvents(List.of(B_CANCELS));

    // March: from 4000 (3 customers) to 3000: new 300, contraction −800, churn −500 (b).
    JsonObject march = api.get("/v1/metrics/summary?date=2025-03-31").expect(200).data();
    assertEquals("2025-03-01", march.getString("period_start"));
    assertEquals("3000.00", march.getString("mrr"));
    assertEquals("36000.00", march.getString("arr"));
    assertEquals(3, march.getInt("customers"));
    assertEquals("1000.00", march.getString("arpa"));
    assertEquals("4000.00", march.getString("starting_mrr"));
    assertEquals(3, march.getInt("starting_customers"));
    assertEquals(1, march.getInt("churned_customers"));
    assertEquals("0.3250", march.getString("gross_mrr_churn_rate"), "(800 + 500) / 4000");
    assertEquals("0.3250", march.getString("net_mrr_churn_rate"), "no expansion to offset it");
    assertEquals("0.6750", march.getString("net_mrr_retention"), "(4000 − 800 − 500) / 4000");
    assertEquals("0.3333", march.getString("customer_churn_rate"), "1 of 3");

    // The month to 30 April: from 3000 to 4100, expansion 600 and reactivation 500, no losses.
    JsonObject april = api.get("/v1/metrics/summary?date=2025-04-30").expect(200).data();
    assertEquals("2025-03-31", april.getString("period_start"));
    assertEquals("4100.00", april.getString("mrr"));
    assertEquals("49200.00", april.getString("arr"));
    assertEquals(4, april.getInt("customers"));
    assertEquals("1025.00", april.getString("arpa"));
    assertEquals("0.0000", april.getString("gross_mrr_churn_rate"));
    assertEquals("-0.3667", april.getString("net_mrr_churn_rate"), "−(600 + 500) / 3000");
    assertEquals("1.2000", april.getString("net_mrr_retention"), "(3000 + 600) / 3000");
    assertEquals("0.0000", april.getString("customer_churn_rate"));

    JsonObject empty =
        Api.newTenant(base, "metrics-empty-" + UUID.randomUUID())
            .get("/v1/metrics/summary?date=2025-04-30")
            .expect(200)
            .data();
    assertEquals("0.00", empty.getString("mrr"));
    assertEquals(true, empty.isNull("arpa"));
    assertEquals(true, empty.isNull("gross_mrr_churn_rate"));
  }

  @Test
  void theMovementsListTheEventsBehindAFigure() {
    importEvents(HISTORY);
    importEvents(List.of(B_CANCELS));

    JsonArray churn =
        api.get("/v1/metrics/mrr/movements?start_date=2025-03-01&end_date=2025-03-31&type=churn")
            .expect(200)
            .json()
            .getJsonArray("data");
    assertEquals(1, churn.size());
    assertEquals("b@example.com", churn.getJsonObject(0).getString("customer_email"));
    assertEquals("cancel", churn.getJsonObject(0).getString("event_type"));
    assertEquals("-500.00", churn.getJsonObject(0).getString("amount"));

    JsonObject contradiction =
        api.get(
                "/v1/metrics/mrr/movements?start_date=2025-04-01&end_date=2025-04-30"
                    + "&type=expansion")
            .expect(200)
            .json()
            .getJsonArray("data")
            .getJsonObject(0);
    assertEquals("c@example.com", contradiction.getString("customer_email"));
    assertEquals("600.00", contradiction.getString("amount"));
    assertEquals("800.00", contradiction.getString("event_change"));
    assertEquals("1800.00", contradiction.getString("mrr_after"));

    JsonObject all = api.get("/v1/metrics/mrr/movements?per_page=3").expect(200).json();
    assertEquals(9, all.getJsonObject("meta").getInt("total"), "every event moved MRR once");
    assertEquals(
        "a@example.com", all.getJsonArray("data").getJsonObject(0).getString("customer_email"));
    String next = all.getJsonObject("meta").getString("next_cursor");
    assertEquals(
        3,
        api.get("/v1/metrics/mrr/movements?per_page=3&cursor=" + next)
            .expect(200)
            .json()
            .getJsonArray("data")
            .size());
  }

  @Test
  void singleWritesAreInTheNextRequest() {
    Api.Subscriber e = api.newSubscriber("e@example.com", 700);
    api.put(e.subscriptionPath(), "{\"mrr\": 900}").expect(200);

    // The created event is dated the subscription's start (2026-01-01), the upgrade now.
    JsonArray movements =
        api.get("/v1/metrics/mrr/movements").expect(200).json().getJsonArray("data");
    assertEquals(
        List.of("new_business 700.00", "expansion 200.00"),
        movements.getValuesAs(JsonObject.class).stream()
            .map(m -> m.getString("type") + " " + m.getString("amount"))
            .toList());
    assertEquals("900.00", api.get("/v1/metrics/summary").expect(200).data().getString("mrr"));

    api.put(e.subscriptionPath() + "/cancel", "").expect(200);
    assertEquals("0.00", api.get("/v1/metrics/summary").expect(200).data().getString("mrr"));
  }

  @Test
  void badParametersAre422NamingEachOne() {
    JsonObject errors =
        api.get("/v1/metrics/mrr?end_date=2025-13-01&interval=hour")
            .expect(422)
            .json()
            .getJsonObject("errors");
    assertEquals(
        List.of("end_date", "interval", "start_date"), errors.keySet().stream().sorted().toList());
    api.get("/v1/metrics/mrr?start_date=2025-02-01&end_date=2025-01-01").expect(422);
    api.get("/v1/metrics/mrr?start_date=1000-01-01&end_date=9000-01-01&interval=day").expect(422);
    api.get("/v1/metrics/summary?date=yesterday").expect(422);
    api.get("/v1/metrics/mrr/movements?type=refund").expect(422);
    api.get("/v1/metrics/mrr?start_date=2025-01-01&end_date=2025-12-31&interval=year").expect(200);
  }

  private void importEvents(List<String> events) {
    JsonObject result =
        api.post(
                "/v1/subscriptions/events/batch",
                "{\"events\": [" + String.join(", ", events) + "]}")
            .expect(200)
            .data();
    assertEquals(events.size(), result.getInt("created"), result.toString());
  }

  /**
   * Each month of 2025-01..04 as "start starting +new +expansion contraction churn +reactivation
   * ending customers".
   */
  private List<String> monthly() {
    return api
        .get("/v1/metrics/mrr?start_date=2025-01-01&end_date=2025-04-30")
        .expect(200)
        .data()
        .getJsonArray("entries")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(
            m ->
                String.join(
                    " ",
                    m.getString("period_start"),
                    m.getString("starting_mrr"),
                    "+" + m.getString("new_business"),
                    "+" + m.getString("expansion"),
                    m.getString("contraction"),
                    m.getString("churn"),
                    "+" + m.getString("reactivation"),
                    m.getString("ending_mrr"),
                    String.valueOf(m.getInt("customers"))))
        .toList();
  }

  private static BigDecimal amount(JsonObject entry, String field) {
    return new BigDecimal(entry.getString(field));
  }

  static String event(String customer, String type, String oldAmount, String newAmount, String at) {
    return "{\"customer_email\": \""
        + customer
        + "@example.com\", \"event_type\": \""
        + type
        + "\""
        + (oldAmount == null ? "" : ", \"old_amount\": \"" + oldAmount + "\"")
        + (newAmount == null ? "" : ", \"new_amount\": \"" + newAmount + "\"")
        + ", \"occurred_at\": \""
        + at
        + "\"}";
  }
}
