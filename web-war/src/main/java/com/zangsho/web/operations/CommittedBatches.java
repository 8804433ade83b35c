package com.zangsho.web.operations;

import com.zangsho.domain.tenant.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * What the operator learns of each batch once it has committed: a log line to grep (tenant, token,
 * resource, counts, time; never a token's text) and the metrics. A replayed batch (its key's first
 * answer again) is neither: it wrote nothing.
 */
@ApplicationScoped
public class CommittedBatches {
  private static final Logger LOG = Logger.getLogger(CommittedBatches.class.getName());

  @Inject OperationsMetrics metrics;

  /**
   * @param action the activity log's action, e.g. {@code orders.batch_import}
   */
  public void committed(
      Caller caller, String action, BatchCounts counts, boolean dryRun, Duration took) {
    String resource = action.substring(0, action.indexOf('.'));
    metrics.batchCommitted(resource, counts, dryRun, took);
    LOG.info(
        () ->
            "batch tenant=%d token=%d resource=%s dry_run=%s total=%d created=%d updated=%d skipped=%d failed=%d ms=%d"
                .formatted(
                    caller.tenantId(),
                    caller.tokenId(),
                    resource,
                    dryRun,
                    counts.total(),
                    counts.created(),
                    counts.updated(),
                    counts.skipped(),
                    counts.failed(),
                    took.toMillis()));
  }
}
