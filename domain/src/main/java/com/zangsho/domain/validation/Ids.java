package com.zangsho.domain.validation;

import java.util.Optional;

/** Reads the numeric ids clients send as text (a path segment, a query parameter, a field). */
public final class Ids {
  private Ids() {}

  /** A positive whole number that fits a {@code BIGINT}, else empty. */
  public static Optional<Long> parse(String text) {
    if (text == null
        || text.isEmpty()
        || text.length() > 18
        || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    long id = Long.parseLong(text);
    return id > 0 ? Optional.of(id) : Optional.empty();
  }
}
