package com.zangsho.domain.page;

import com.zangsho.domain.validation.Instants;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.ValidationException;
import com.zangsho.domain.validation.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code start_date} / {@code end_date} filter of list and stats endpoints: calendar days in
 * UTC (the zone every timestamp is shown in), both inclusive, either open.
 *
 * @param firstDay the first day inside the range, or null for no lower bound
 * @param lastDay the last day inside the range, or null for no upper bound
 */
public record DateRange(LocalDate firstDay, LocalDate lastDay) {
  public static final String START_DATE = "start_date";
  public static final String END_DATE = "end_date";
  public static final DateRange ALL = new DateRange(null, null);

  /**
   * From the query parameters as sent (null when absent).
   *
   * @throws ValidationException when either is not a date or the end is before the start
   */
  public static DateRange fromQuery(String startDate, String endDate) {
    List<Violation> violations = new ArrayList<>();
    DateRange range = fromQuery(startDate, endDate, violations);
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
    return range;
  }

  /**
   * From the query parameters as sent (null when absent); adds to {@code out} what they break: a
   * date not written {@code YYYY-MM-DD}, or an end before the start.
   */
  public static DateRange fromQuery(String startDate, String endDate, List<Violation> out) {
    LocalDate start = date(START_DATE, startDate, out);
    LocalDate end = date(END_DATE, endDate, out);
    if (start != null && end != null && end.isBefore(start)) {
      out.add(Violation.of(END_DATE, Rule.AFTER_OR_EQUAL, START_DATE));
    }
    return new DateRange(start, end);
  }

  /** The first instant inside the range, or null for no lower bound. */
  public Instant from() {
    return firstDay == null ? null : firstDay.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /**
   * The first instant after the range, or null for no upper bound. The last storable day has no
   * bound after it: nothing is stored later, and MySQL finds no row before a timestamp it cannot
   * hold (year 10000), where it should find every one.
   */
  public Instant until() {
    return lastDay == null || lastDay.equals(Instants.LAST_DAY)
        ? null
        : lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static LocalDate date(String field, String text, List<Violation> out) {
    if (text == null || text.isBlank()) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      out.add(Violation.of(field, Rule.DATE));
      return null;
    }
    if (!Instants.storable(date)) {
      out.add(Instants.outOfRange(field));
      return null;
    }
    return date;
  }
}
