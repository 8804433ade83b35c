package com.zangsho.web.operations;

import com.zangsho.web.auth.MetricsScrape;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /metrics}: {@link OperationsMetrics} for a Prometheus scrape. */
@Path("metrics")
@MetricsScrape
@Tag(name = "Operations", description = "Operators: metrics (needs ZANGSHO_METRICS_TOKEN)")
public class MetricsResource {
  /** Prometheus' text exposition format, version 0.0.4. */
  static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  @Inject OperationsMetrics metrics;

  @GET
  @Produces(PROMETHEUS_TEXT)
  @Operation(
      operationId = "getMetrics",
      summary = "營運指標 (Prometheus)",
      description =
          "The operator's metrics in Prometheus' text format, for a scrape with"
              + " `Authorization: Bearer <ZANGSHO_METRICS_TOKEN>` (404 when that is not set):"
              + " `zangsho_import_rows_total{resource,outcome}` (rows of committed batches; dry runs"
              + " not counted), `zangsho_import_batch_seconds{resource,dry_run}` (a histogram, from"
              + " the request to its commit), `zangsho_rate_limited_requests_total{tenant_id,token_id}`,"
              + " `zangsho_webhook_deliveries_pending`, `zangsho_webhook_deliveries_failed`,"
              + " `zangsho_webhook_oldest_pending_seconds`, `zangsho_webhook_failing_receivers` and"
              + " `zangsho_idempotency_keys_held` (over every tenant, read at most every 10 s)."
              + " Counters are this server's since it started.")
  @APIResponse(
      responseCode = "200",
      description = "The metrics",
      content = @Content(mediaType = PROMETHEUS_TEXT, schema = @Schema(type = SchemaType.STRING)))
  public String scrape() {
    return metrics.scrape();
  }
}
