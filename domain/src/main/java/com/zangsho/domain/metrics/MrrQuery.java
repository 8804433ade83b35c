package com.zangsho.domain.metrics;

import com.zangsho.domain.page.DateRange;
import com.zangsho.domain.page.QueryFilters;
import com.zangsho.domain.validation.Instants;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.ValidationException;
import com.zangsho.domain.validation.Violation;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The parameters of the metrics endpoints, read as sent (null or blank when absent). */
public final class MrrQuery {
  public static final String INTERVAL = "interval";
  public static final String DATE = "date";

  private MrrQuery() {}

  /**
   * {@code GET /v1/metrics/mrr}: both dates required, interval month unless given.
   *
   * @param firstDay the first day of the series
   * @param lastDay its last day
   */
  public record Series(LocalDate firstDay, LocalDate lastDay, Interval interval) {}

  /**
   * @throws com.zangsho.domain.validation.ValidationException naming every bad parameter, or {@code
   *     end_date} when the range makes more than {@link MrrSeries#MAX_PERIODS} periods
   */
  public static Series series(String startDate, String endDate, String interval) {
    QueryFilters query = new QueryFilters();
    query.require(DateRange.START_DATE, startDate);
    query.require(DateRange.END_DATE, endDate);
    DateRange range = query.dates(startDate, endDate);
    Interval chosen = query.oneOf(INTERVAL, interval, Interval.class);
    Interval in = chosen == null ? Interval.MONTH : chosen;
    if (range.firstDay() != null
        && range.lastDay() != null
        && !range.lastDay().isBefore(range.firstDay())
        && MrrSeries.periods(range.firstDay(), range.lastDay(), in) > MrrSeries.MAX_PERIODS) {
      query.add(Violation.of(DateRange.END_DATE, Rule.MAX_ITEMS, MrrSeries.MAX_PERIODS));
    }
    query.requireValid();
    return new Series(range.firstDay(), range.lastDay(), in);
  }

  /** {@code GET /v1/metrics/summary}'s {@code date}: today (UTC) unless given. */
  public static LocalDate summaryDate(String date) {
    if (date == null || date.isBlank()) {
      return LocalDate.ofInstant(Instants.now(), ZoneOffset.UTC);
    }
    try {
      LocalDate day = LocalDate.parse(date.strip());
      if (Instants.storable(day)) {
        return day;
      }
    } catch (DateTimeParseException e) {
      throw new ValidationException(List.of(Violation.of(DATE, Rule.DATE)));
    }
    throw new ValidationException(List.of(Instants.outOfRange(DATE)));
  }

  /** {@code GET /v1/metrics/mrr/movements}'s filters. */
  public static MovementFilter movements(String startDate, String endDate, String type) {
    QueryFilters query = new QueryFilters();
    MovementFilter filter =
        new MovementFilter(
            query.dates(startDate, endDate), query.oneOf("type", type, MovementType.class));
    query.requireValid();
    return filter;
  }
}
