package com.zangsho.application.fileimport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/**
 * Ends the import when its job ends: completed (or cancelled, when it was asked to stop) or failed.
 * A job stopped with its server (a clean shutdown) leaves the import running, for the server that
 * comes back, or another, to resume.
 */
@Named
@Dependent
public class FileImportJobListener extends AbstractJobListener {
  private static final Logger LOG = Logger.getLogger(FileImportJobListener.class.getName());

  @Inject ImportRuns runs;
  @Inject ImportRunner runner;
  @Inject JobContext job;

  @Inject
  @BatchProperty(name = ImportRunner.IMPORT_ID)
  String importId;

  @Inject
  @BatchProperty(name = ImportRunner.TENANT_ID)
  String tenantId;

  @Override
  public void afterJob() {
    long id = Long.parseLong(importId);
    BatchStatus status = job.getBatchStatus();
    try {
      if (status == BatchStatus.COMPLETED) {
        runs.end(Long.parseLong(tenantId), id, null);
      } else if (status == BatchStatus.FAILED) {
        // The step's exception is in the server's log (JBeret's own ERROR line).
        LOG.warning(() -> "import " + id + " failed: " + job.getExitStatus());
        runs.end(
            Long.parseLong(tenantId),
            id,
            "the import stopped on an error (the server's log has it); its rows up to the last"
                + " completed chunk are in");
      }
    } finally {
      runner.ended(id);
    }
  }
}
