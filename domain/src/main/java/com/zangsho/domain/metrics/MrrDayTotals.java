package com.zangsho.domain.metrics;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one write changes in a tenant's MRR totals per UTC day, the rows the series and the summary
 * sum (docs/performance.md): {@link #remove} the movements the customers had before, {@link #add}
 * the ones worked out now; what stayed cancels out. Days in ascending order, the order every write
 * locks them in, so two writes wait for each other rather than deadlock.
 */
public final class MrrDayTotals {
  private final Map<LocalDate, MrrDay> byDay = new TreeMap<>();

  public static LocalDate day(MrrMovement movement) {
    return LocalDate.ofInstant(movement.getOccurredAt(), ZoneOffset.UTC);
  }

  public void remove(Collection<MrrMovement> movements) {
    movements.forEach(movement -> merge(movement, -1));
  }

  public void add(Collection<MrrMovement> movements) {
    movements.forEach(movement -> merge(movement, 1));
  }

  private void merge(MrrMovement movement, int sign) {
    LocalDate day = day(movement);
    byDay.merge(
        day,
        MrrDay.of(day, movement.getType(), movement.getAmount(), movement.getCustomers(), sign),
        MrrDay::plus);
  }

  /** The days that change, in ascending order. */
  public List<MrrDay> changes() {
    return byDay.values().stream().filter(day -> !day.isZero()).toList();
  }
}
