package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The operator's view: {@code /metrics} in Prometheus' text format behind its own token, counters
 * that move with a committed import (and not with a dry run), 429s by token, and the webhook
 * backlog in {@code /health} without touching readiness.
 */
class OperationsIT extends DeployedEarTest {
  private static final String METRICS_TOKEN = "it-metrics-token";

  private String scrape() {
    Api.Response response = Api.as(base, METRICS_TOKEN).get("/metrics").expect(200);
    assertTrue(
        response.header("Content-Type").startsWith("text/plain"), response.header("Content-Type"));
    return response.text();
  }

  /** A sample's value in a Prometheus text scrape, or 0 when the series is not there yet. */
  static double sample(String metrics, String series) {
    Matcher line =
        Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE)
            .matcher(metrics);
    return line.find() ? Double.parseDouble(line.group(1)) : 0;
  }

  @Test
  void metricsNeedTheirOwnToken() {
    assertEquals(401, Api.as(base, "wrong").get("/metrics").status());
    assertEquals(401, Api.as(base, Api.ADMIN_TOKEN).get("/metrics").status());
    assertEquals(401, Api.as(base, Api.BOOTSTRAP_TOKEN).get("/metrics").status());
  }

  @Test
  void aCommittedImportMovesTheRowCountersAndTheLatencyHistogramADryRunOnlyTheLatter() {
    Api api = Api.newTenant(base, "operations-" + UUID.randomUUID());
    String created = "zangsho_import_rows_total{outcome=\"created\",resource=\"customers\"}";
    String skipped = "zangsho_import_rows_total{outcome=\"skipped\",resource=\"customers\"}";
    String batches = "zangsho_import_batch_seconds_count{dry_run=\"false\",resource=\"customers\"}";
    String before = scrape();

    api.post(
            "/v1/customers/batch",
            "{\"customers\": [{\"email\": \"m1@example.com\"}, {\"email\": \"m2@example.com\"}]}")
        .expect(200);
    api.post("/v1/customers/batch", "{\"customers\": [{\"email\": \"m1@example.com\"}]}")
        .expect(200);
    api.post(
            "/v1/customers/batch",
            "{\"dry_run\": true, \"customers\": [{\"email\": \"m3@example.com\"}]}")
        .expect(200);

    String after = scrape();
    assertEquals(2, sample(after, created) - sample(before, created), after);
    assertEquals(1, sample(after, skipped) - sample(before, skipped));
    assertEquals(2, sample(after, batches) - sample(before, batches));
    assertTrue(
        sample(after, "zangsho_import_batch_seconds_count{dry_run=\"true\",resource=\"customers\"}")
            >= 1);
    assertTrue(
        after.contains(
            "zangsho_import_batch_seconds_bucket{dry_run=\"false\",resource=\"customers\",le=\"0.1\"}"),
        "a histogram with buckets");
    assertTrue(after.contains("zangsho_idempotency_keys_held "), after);
    assertTrue(after.contains("zangsho_webhook_oldest_pending_seconds "), after);
  }

  @Test
  void aThrottledRequestIsCountedAgainstItsToken() {
    Api slow = Api.newTenant(base, "operations-slow-" + UUID.randomUUID(), 1);
    slow.get("/v1/customers").expect(200);
    slow.get("/v1/customers").expect(429);

    assertTrue(
        Pattern.compile(
                "^zangsho_rate_limited_requests_total\\{tenant_id=\"\\d+\",token_id=\"\\d+\"} [1-9]",
                Pattern.MULTILINE)
            .matcher(scrape())
            .find());
  }

  @Test
  void healthShowsTheWebhookBacklogWhileReadinessLeavesItOut() {
    JsonObject health = Api.as(base, null).get("/health").expect(200).json();
    JsonObject webhooks =
        health.getJsonArray("checks").stream()
            .map(check -> check.asJsonObject())
            .filter(check -> check.getString("name").equals("webhooks"))
            .findFirst()
            .orElseThrow();
    assertEquals("UP", webhooks.getString("status"));
    assertTrue(webhooks.getJsonObject("data").containsKey("oldest_pending_seconds"));
    assertTrue(webhooks.getJsonObject("data").containsKey("failing_receivers"));

    JsonObject ready = Api.as(base, null).get("/health/ready").expect(200).json();
    assertTrue(
        ready.getJsonArray("checks").stream()
            .noneMatch(check -> check.asJsonObject().getString("name").equals("webhooks")));
  }
}
