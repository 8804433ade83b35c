package com.zangsho.application.fileimport;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/**
 * Ends the import when its job ends: completed (or cancelled, when it was asked to stop) or failed.
 * A job stopped with its server leaves the import running and this server's: after a shutdown, for
 * the server that comes back, or another, to resume; after a suspend, for WildFly to restart on
 * resume ({@code restart-jobs-on-resume}, the batch subsystem's default).
 */
@Named
@Dependent
public class FileImportJobListener extends AbstractJobListener {
  private static final Logger LOG = Logger.getLogger(FileImportJobListener.class.getName());

  @Inject ImportRuns runs;
  @Inject ImportRunner runner;
  @Inject JobContext context;

  @Inject ImportJobParameters job;

  @Override
  public void afterJob() {
    long id = job.importId();
    BatchStatus status = context.getBatchStatus();
    if (status != BatchStatus.COMPLETED && status != BatchStatus.FAILED) {
      return;
    }
    try {
      if (status == BatchStatus.COMPLETED) {
        runs.end(job.tenantId(), id, null);
      } else {
        // The step's exception is in the server's log (JBeret's own ERROR line).
        LOG.warning(() -> "import " + id + " failed: " + context.getExitStatus());
        runs.end(
            job.tenantId(),
            id,
            "the import stopped on an error (the server's log has it); its rows up to the last"
                + " completed chunk are in");
      }
    } finally {
      runner.ended(id);
    }
  }
}
