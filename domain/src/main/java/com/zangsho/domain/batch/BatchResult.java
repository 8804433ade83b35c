package com.zangsho.domain.batch;

import com.zangsho.domain.validation.Violation;
import java.util.List;

/**
 * The seed's batch report: every item lands in exactly one list, each list ordered by index.
 *
 * @param created items that made a new row ({@code id} null in a dry run)
 * @param updated items that changed an existing row ({@code id} null when the row is one a dry run
 *     would have created earlier in the same batch)
 * @param skipped items left alone because their key exists and the strategy is skip
 * @param failed items rejected on their own; the others are still written
 */
public record BatchResult(
    List<Written> created, List<Written> updated, List<Skipped> skipped, List<Failed> failed) {

  public BatchResult {
    created = List.copyOf(created);
    updated = List.copyOf(updated);
    skipped = List.copyOf(skipped);
    failed = List.copyOf(failed);
  }

  public int total() {
    return created.size() + updated.size() + skipped.size() + failed.size();
  }

  public record Written(int index, Long id, String identifier) {}

  /** {@code reason} is the wire code, e.g. {@code duplicate_email}. */
  public record Skipped(int index, String reason, String identifier) {}

  /**
   * {@code reason} is the wire code ({@code validation_error}, {@code customer_not_found}); {@code
   * violation} is the first broken rule, rendered as the item's message by the web layer.
   */
  public record Failed(int index, String reason, Violation violation, String identifier) {}
}
