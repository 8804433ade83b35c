package com.zangsho.domain.batch;

import com.zangsho.domain.validation.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Collects what a batch decided for each item while the rows it touches are still being written;
 * {@link #toResult} reads their ids only at the end, after the new rows have ids (or, in a dry run,
 * never will).
 *
 * @param <R> the row type, e.g. a customer
 */
public final class BatchOutcomes<R> {
  public static final String VALIDATION_ERROR = "validation_error";

  /** An item names a customer by id (or, for subscriptions and events, by e-mail) that is none. */
  public static final String CUSTOMER_NOT_FOUND = "customer_not_found";

  private record Decision<R>(
      int index, Kind kind, R row, String reason, Violation violation, String identifier) {}

  private enum Kind {
    CREATED,
    UPDATED,
    SKIPPED,
    FAILED
  }

  private final List<Decision<R>> decisions = new ArrayList<>();

  public void created(int index, R row, String identifier) {
    decisions.add(new Decision<>(index, Kind.CREATED, row, null, null, identifier));
  }

  public void updated(int index, R row, String identifier) {
    decisions.add(new Decision<>(index, Kind.UPDATED, row, null, null, identifier));
  }

  public void skipped(int index, String reason, String identifier) {
    decisions.add(new Decision<>(index, Kind.SKIPPED, null, reason, null, identifier));
  }

  public void failed(int index, String reason, Violation violation, String identifier) {
    decisions.add(new Decision<>(index, Kind.FAILED, null, reason, violation, identifier));
  }

  public BatchResult toResult(Function<R, Long> idOf) {
    List<BatchResult.Written> created = new ArrayList<>();
    List<BatchResult.Written> updated = new ArrayList<>();
    List<BatchResult.Skipped> skipped = new ArrayList<>();
    List<BatchResult.Failed> failed = new ArrayList<>();
    List<Decision<R>> inOrder = new ArrayList<>(decisions);
    inOrder.sort(Comparator.comparingInt(Decision::index));
    for (Decision<R> d : inOrder) {
      switch (d.kind()) {
        case CREATED ->
            created.add(new BatchResult.Written(d.index(), idOf.apply(d.row()), d.identifier()));
        case UPDATED ->
            updated.add(new BatchResult.Written(d.index(), idOf.apply(d.row()), d.identifier()));
        case SKIPPED -> skipped.add(new BatchResult.Skipped(d.index(), d.reason(), d.identifier()));
        case FAILED ->
            failed.add(
                new BatchResult.Failed(d.index(), d.reason(), d.violation(), d.identifier()));
      }
    }
    return new BatchResult(created, updated, skipped, failed);
  }
}
