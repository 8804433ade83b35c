package com.zangsho.domain.page;

import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.ValidationException;
import com.zangsho.domain.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * A page of {@code perPage} rows: either the 1-based {@code page} (an offset, whose cost grows with
 * depth) or the rows after a {@link Cursor} (keyset, whose cost does not); both already within the
 * contract's bounds.
 *
 * @param after where a keyset page starts, or null for an offset page
 */
public record PageRequest(int page, int perPage, Cursor after) {
  public static final int DEFAULT_PER_PAGE = 20;
  public static final int MAX_PER_PAGE = 100;

  public PageRequest {
    if (page < 1 || perPage < 1 || perPage > MAX_PER_PAGE) {
      throw new IllegalArgumentException("page " + page + ", per_page " + perPage);
    }
    if (after != null && page != 1) {
      throw new IllegalArgumentException("a keyset page has no page number");
    }
  }

  /** The 1-based offset page {@code page}. */
  public PageRequest(int page, int perPage) {
    this(page, perPage, null);
  }

  /**
   * From the query parameters {@code page}, {@code per_page} and {@code cursor} as sent (null when
   * absent). A cursor wins over a page number: it already says where the page starts.
   *
   * @throws ValidationException when one is not a whole number, out of range, or not a cursor
   */
  public static PageRequest fromQuery(String page, String perPage, String cursor) {
    List<Violation> violations = new ArrayList<>();
    Integer pageNumber = parse(violations, "page", page, 1, 1, Integer.MAX_VALUE);
    Integer size = parse(violations, "per_page", perPage, DEFAULT_PER_PAGE, 1, MAX_PER_PAGE);
    Cursor after = null;
    try {
      after = Cursor.fromQuery(cursor).orElse(null);
    } catch (ValidationException invalid) {
      violations.addAll(invalid.violations());
    }
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
    return after == null ? new PageRequest(pageNumber, size) : new PageRequest(1, size, after);
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

  public boolean isKeyset() {
    return after != null;
  }

  /** Index of the first row of this page, 0-based, as a query offset (0 for a keyset page). */
  public long offset() {
    return (long) (page - 1) * perPage;
  }
}
