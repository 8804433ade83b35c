package com.zangsho.domain.page;

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
 * @param from the first instant inside the range, or null for no lower bound
 * @param until the first instant after the range, or null for no upper bound
 */
public record DateRange(Instant from, Instant until) {
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
    return new DateRange(
        start == null ? null : start.atStartOfDay(ZoneOffset.UTC).toInstant(),
        end == null ? null : end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  private static LocalDate date(String field, String text, List<Violation> out) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      out.add(Violation.of(field, Rule.DATE));
      return null;
    }
  }
}
