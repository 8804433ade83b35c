package com.zangsho.application.batch;

import com.zangsho.domain.batch.BatchResult;
import com.zangsho.domain.batch.ConflictStrategy;
import com.zangsho.domain.tenant.Caller;
import java.util.List;

/**
 * A seed batch endpoint (docs/api.md §8): up to 100 items of one kind, each decided on its own.
 *
 * @param <I> the item input, e.g. a customer's fields
 */
public interface BatchImportService<I> {
  /**
   * Creates, updates, skips or fails each item and reports it by index. With {@code dryRun} the
   * report is the same but nothing is written.
   */
  BatchResult importBatch(
      Caller caller, List<I> items, ConflictStrategy onConflict, boolean dryRun);
}
