package com.zangsho.application.batch;

import jakarta.ejb.SessionContext;

/** How a batch ends: written, or, for a dry run, rolled back. */
public final class DryRuns {
  private DryRuns() {}

  /**
   * Runs {@code write} unless this is a dry run; a dry run marks the transaction for rollback
   * instead, because deciding the batch already changed loaded rows in memory and none of that may
   * be written.
   */
  public static void writeUnlessDryRun(SessionContext context, boolean dryRun, Runnable write) {
    if (dryRun) {
      context.setRollbackOnly();
    } else {
      write.run();
    }
  }
}
