package com.zangsho.application.batch;

import com.zangsho.domain.batch.LoadedRows;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * How a batch ends, given whether it is a dry run: written, or decided and then let go. Deciding a
 * batch already changed loaded rows in memory (an update's new values); a dry run discards those
 * changes, so it writes nothing even in a transaction its caller commits.
 */
@Dependent
public class DryRunPolicy {
  @Inject LoadedRows loaded;

  public void writeUnlessDryRun(boolean dryRun, Runnable write) {
    if (dryRun) {
      loaded.discardChanges();
    } else {
      write.run();
    }
  }
}
