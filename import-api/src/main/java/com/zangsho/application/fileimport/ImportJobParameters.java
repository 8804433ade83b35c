package com.zangsho.application.fileimport;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * The import a job runs, as its parameters name it (job XML {@code file-import}): read by each of
 * the job's parts, on whichever thread Jakarta Batch runs it.
 */
@Dependent
public class ImportJobParameters {
  static final String IMPORT_ID = "importId";
  static final String TENANT_ID = "tenantId";

  @Inject JobContext job;

  long importId() {
    return Long.parseLong(job.getProperties().getProperty(IMPORT_ID));
  }

  long tenantId() {
    return Long.parseLong(job.getProperties().getProperty(TENANT_ID));
  }
}
