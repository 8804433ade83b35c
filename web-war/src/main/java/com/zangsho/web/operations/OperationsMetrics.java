package com.zangsho.web.operations;

import com.zangsho.application.operations.BacklogReport;
import com.zangsho.domain.operations.Backlog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The metrics an operator of an import service watches, in Prometheus' text format ({@code GET
 * /metrics}): rows imported by resource and outcome, batch latency, 429s by token, the webhook
 * backlog and the idempotency keys held. Counts are this server's since it started (a cluster sums
 * its servers); the backlog gauges read the shared database, at most every {@link
 * #BACKLOG_MAX_AGE}, so a scrape every few seconds costs the database nothing.
 */
@ApplicationScoped
public class OperationsMetrics {
  private static final Logger LOG = Logger.getLogger(OperationsMetrics.class.getName());
  static final Duration BACKLOG_MAX_AGE = Duration.ofSeconds(10);

  /** Batch latency buckets: from a small batch on a quiet server to a large one on a busy one. */
  private static final Duration[] BATCH_BUCKETS = {
    Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
    Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
    Duration.ofSeconds(5), Duration.ofSeconds(10)
  };

  @Inject BacklogReport backlogReport;

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private Backlog backlog;
  private long backlogReadAt;

  @PostConstruct
  void registerGauges() {
    gauge(
        "zangsho.webhook.deliveries.pending",
        "Webhook deliveries waiting",
        Backlog::webhooksPending);
    gauge(
        "zangsho.webhook.deliveries.failed",
        "Webhook deliveries given up after 24 h of retries",
        Backlog::webhooksFailed);
    gauge(
        "zangsho.webhook.oldest.pending.seconds",
        "How long the oldest pending webhook delivery has waited",
        b -> b.oldestPending().toMillis() / 1000.0);
    gauge(
        "zangsho.webhook.failing.receivers",
        "Webhooks with a pending delivery that failed at least once",
        Backlog::failingReceivers);
    gauge(
        "zangsho.idempotency.keys.held",
        "Idempotency keys not yet expired (kept 24 h)",
        Backlog::idempotencyKeysHeld);
    gauge(
        "zangsho.servers.alive",
        "Servers on this database that said they were alive in the last 30 s",
        Backlog::serversAlive);
  }

  private void gauge(String name, String description, ToDoubleFunction<Backlog> value) {
    Gauge.builder(name, this, metrics -> metrics.backlogValue(value))
        .description(description)
        .register(registry);
  }

  private double backlogValue(ToDoubleFunction<Backlog> value) {
    Backlog current = backlog();
    return current == null ? Double.NaN : value.applyAsDouble(current);
  }

  private synchronized Backlog backlog() {
    long now = System.nanoTime();
    if (backlog == null || now - backlogReadAt > BACKLOG_MAX_AGE.toNanos()) {
      try {
        backlog = backlogReport.now();
        backlogReadAt = now;
      } catch (RuntimeException e) {
        // The database is down: readiness says so; the gauges show no value rather than old ones.
        LOG.log(Level.FINE, "backlog not readable", e);
        backlog = null;
      }
    }
    return backlog;
  }

  /** A batch that committed: its rows by outcome (none for a dry run) and its time. */
  void batchCommitted(String resource, BatchCounts counts, boolean dryRun, Duration took) {
    Timer.builder("zangsho.import.batch")
        .description("Time to answer a batch import, from its request to its commit")
        .tag("resource", resource)
        .tag("dry_run", Boolean.toString(dryRun))
        .serviceLevelObjectives(BATCH_BUCKETS)
        .register(registry)
        .record(took);
    if (dryRun) {
      return;
    }
    rows(resource, "created", counts.created());
    rows(resource, "updated", counts.updated());
    rows(resource, "skipped", counts.skipped());
    rows(resource, "failed", counts.failed());
  }

  private void rows(String resource, String outcome, int count) {
    Counter.builder("zangsho.import.rows")
        .description("Rows of batch imports, by resource and outcome")
        .tag("resource", resource)
        .tag("outcome", outcome)
        .register(registry)
        .increment(count);
  }

  /** A request answered 429. Token and tenant by id: never the token itself. */
  public void rateLimited(long tenantId, long tokenId) {
    Counter.builder("zangsho.rate.limited.requests")
        .description("Requests answered 429, by token")
        .tag("tenant_id", Long.toString(tenantId))
        .tag("token_id", Long.toString(tokenId))
        .register(registry)
        .increment();
  }

  String scrape() {
    return registry.scrape();
  }
}
