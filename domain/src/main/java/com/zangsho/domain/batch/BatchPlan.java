package com.zangsho.domain.batch;

import com.zangsho.domain.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What every batch plan shares: the items, validated once on construction, and the walk that
 * decides them in request order, failing an invalid item with its first violation before the
 * subclass sees it.
 *
 * @param <I> the item input
 * @param <R> the row an item creates or updates
 */
public abstract class BatchPlan<I, R> {
  protected final long tenantId;
  protected final ConflictStrategy strategy;
  private final List<I> items;
  private final List<List<Violation>> violations = new ArrayList<>();

  private final Function<I, List<Violation>> newRowRules;

  /** For a batch whose items are valid or not whether they create or update. */
  protected BatchPlan(
      long tenantId, List<I> items, ConflictStrategy strategy, Function<I, List<Violation>> rules) {
    this(tenantId, items, strategy, rules, item -> List.of());
  }

  /**
   * @param rules what every item must meet before it is known whether it creates or updates: its
   *     key, and every field it gives
   * @param newRowRules what an item that would create a row must meet too (e.g. an order's {@code
   *     amount}): under {@code update} an item whose key exists needs only its key and the fields
   *     it changes, and under {@code skip} it is skipped whatever else it lacks
   */
  protected BatchPlan(
      long tenantId,
      List<I> items,
      ConflictStrategy strategy,
      Function<I, List<Violation>> rules,
      Function<I, List<Violation>> newRowRules) {
    this.tenantId = tenantId;
    this.items = List.copyOf(items);
    this.strategy = Objects.requireNonNull(strategy);
    this.newRowRules = Objects.requireNonNull(newRowRules);
    for (I item : this.items) {
      violations.add(rules.apply(item));
    }
  }

  /** The items that passed validation, in order: those whose keys are worth looking up. */
  protected List<I> validItems() {
    List<I> valid = new ArrayList<>();
    for (int index = 0; index < items.size(); index++) {
      if (violations.get(index).isEmpty()) {
        valid.add(items.get(index));
      }
    }
    return valid;
  }

  /** Decides a valid item: records exactly one outcome for {@code index}. */
  protected interface ItemDecision<I, R> {
    void decide(int index, I item, String identifier, BatchOutcomes<R> outcomes);
  }

  /**
   * For a valid item that would create a row: fails it with {@code validation_error} and the first
   * rule of a new row it breaks.
   *
   * @return whether it failed, so the caller records nothing more
   */
  protected boolean failsAsNewRow(int index, I item, String identifier, BatchOutcomes<R> outcomes) {
    List<Violation> broken = newRowRules.apply(item);
    if (broken.isEmpty()) {
      return false;
    }
    outcomes.failed(index, BatchOutcomes.VALIDATION_ERROR, broken.get(0), identifier);
    return true;
  }

  /**
   * Walks every item in request order; an invalid one fails with {@code validation_error} and its
   * first violation, a valid one goes to {@code decision}.
   */
  protected BatchOutcomes<R> decideEach(
      Function<I, String> identifierOf, ItemDecision<I, R> decision) {
    BatchOutcomes<R> outcomes = new BatchOutcomes<>();
    for (int index = 0; index < items.size(); index++) {
      I item = items.get(index);
      String identifier = identifierOf.apply(item);
      List<Violation> itemViolations = violations.get(index);
      if (itemViolations.isEmpty()) {
        decision.decide(index, item, identifier, outcomes);
      } else {
        outcomes.failed(index, BatchOutcomes.VALIDATION_ERROR, itemViolations.get(0), identifier);
      }
    }
    return outcomes;
  }
}
