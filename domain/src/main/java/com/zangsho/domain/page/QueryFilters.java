package com.zangsho.domain.page;

import com.zangsho.domain.WireNamed;
import com.zangsho.domain.validation.Ids;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.ValidationException;
import com.zangsho.domain.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a list endpoint's filter parameters as sent (null or blank when absent), collecting what
 * each breaks, so that one 422 names every bad parameter.
 */
public final class QueryFilters {
  private final List<Violation> violations = new ArrayList<>();

  /** The constant whose wire name {@code text} is, or null when absent. */
  public <E extends Enum<E> & WireNamed> E oneOf(String parameter, String text, Class<E> type) {
    if (text == null || text.isBlank()) {
      return null;
    }
    E value = WireNamed.fromWireName(type, text.strip()).orElse(null);
    if (value == null) {
      violations.add(Violation.of(parameter, Rule.IN));
    }
    return value;
  }

  /** A positive id, or null when absent. */
  public Long id(String parameter, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Long value = Ids.parse(text.strip()).orElse(null);
    if (value == null) {
      violations.add(Violation.of(parameter, Rule.INTEGER));
    }
    return value;
  }

  /** The {@code start_date} / {@code end_date} pair. */
  public DateRange dates(String startDate, String endDate) {
    return DateRange.fromQuery(startDate, endDate, violations);
  }

  /** Counts {@code parameter} as missing when it was not sent. */
  public void require(String parameter, String text) {
    if (text == null || text.isBlank()) {
      violations.add(Violation.of(parameter, Rule.REQUIRED));
    }
  }

  /** Counts {@code violation} among the rest. */
  public void add(Violation violation) {
    violations.add(violation);
  }

  /**
   * @throws ValidationException naming every parameter read so far that is not a valid value
   */
  public void requireValid() {
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
  }
}
