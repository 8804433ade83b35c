package com.zangsho.domain.page;

import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.ValidationException;
import com.zangsho.domain.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/** A 1-based page of {@code perPage} rows; both already within the contract's bounds. */
public record PageRequest(int page, int perPage) {
  public static final int DEFAULT_PER_PAGE = 20;
  public static final int MAX_PER_PAGE = 100;

  public PageRequest {
    if (page < 1 || perPage < 1 || perPage > MAX_PER_PAGE) {
      throw new IllegalArgumentException("page " + page + ", per_page " + perPage);
    }
  }

  /**
   * From the query parameters {@code page} and {@code per_page} as sent (null when absent).
   *
   * @throws ValidationException when either is not a whole number or is out of range
   */
  public static PageRequest fromQuery(String page, String perPage) {
    List<Violation> violations = new ArrayList<>();
    Integer pageNumber = parse(violations, "page", page, 1, 1, Integer.MAX_VALUE);
    Integer size = parse(violations, "per_page", perPage, DEFAULT_PER_PAGE, 1, MAX_PER_PAGE);
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
    return new PageRequest(pageNumber, size);
  }

  private static Integer parse(
      List<Violation> out, String field, String text, int absent, int min, int max) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    long value;
    try {
      value = Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      out.add(Violation.of(field, Rule.INTEGER));
      return null;
    }
    if (value < min) {
      out.add(Violation.of(field, Rule.MIN_VALUE, min));
    } else if (value > max) {
      out.add(Violation.of(field, Rule.MAX_VALUE, max));
    }
    return (int) Math.max(min, Math.min(max, value));
  }

  /** Index of the first row of this page, 0-based, as a query offset. */
  public long offset() {
    return (long) (page - 1) * perPage;
  }
}
