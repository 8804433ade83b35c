package com.zangsho.domain.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The MRR series of {@code GET /v1/metrics/mrr}: the days from {@code firstDay} to {@code lastDay}
 * cut into periods of the interval (the first and last cut at the range's ends), each period's
 * movements summed, each starting where the one before ended.
 */
public final class MrrSeries {
  /** More periods than ten years of days is not a chart anyone reads. */
  public static final int MAX_PERIODS = 3700;

  private MrrSeries() {}

  /**
   * One period. {@code ending = starting + newBusiness + expansion + contraction + churn +
   * reactivation}, always: every movement is counted in exactly one of them.
   *
   * @param customers customers with MRR above zero at the period's end
   */
  public record Entry(
      LocalDate periodStart,
      LocalDate periodEnd,
      BigDecimal startingMrr,
      BigDecimal newBusiness,
      BigDecimal expansion,
      BigDecimal contraction,
      BigDecimal churn,
      BigDecimal reactivation,
      BigDecimal endingMrr,
      long customers) {}

  /** How many periods the range makes. */
  public static long periods(LocalDate firstDay, LocalDate lastDay, Interval interval) {
    long periods = 0;
    for (LocalDate start = firstDay;
        !start.isAfter(lastDay) && periods <= MAX_PERIODS;
        start = interval.periodEnd(start).plusDays(1)) {
      periods++;
    }
    return periods;
  }

  /**
   * @param before every movement before {@code firstDay}, summed
   * @param days the days with movements from {@code firstDay} to {@code lastDay}, ascending
   */
  public static List<Entry> of(
      MrrDay before, List<MrrDay> days, LocalDate firstDay, LocalDate lastDay, Interval interval) {
    List<Entry> entries = new ArrayList<>();
    BigDecimal mrr = before.net();
    long customers = before.customers();
    Iterator<MrrDay> rest = days.iterator();
    MrrDay next = rest.hasNext() ? rest.next() : null;
    for (LocalDate start = firstDay;
        !start.isAfter(lastDay);
        start = interval.periodEnd(start).plusDays(1)) {
      LocalDate end = min(interval.periodEnd(start), lastDay);
      MrrDay period = MrrDay.empty(start);
      while (next != null && !next.day().isAfter(end)) {
        period = period.plus(next);
        next = rest.hasNext() ? rest.next() : null;
      }
      BigDecimal ending = mrr.add(period.net());
      customers += period.customers();
      entries.add(
          new Entry(
              start,
              end,
              mrr,
              period.newBusiness(),
              period.expansion(),
              period.contraction(),
              period.churn(),
              period.reactivation(),
              ending,
              customers));
      mrr = ending;
    }
    return entries;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
