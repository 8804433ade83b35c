package com.zangsho.domain.validation;

import java.util.List;

/** One broken rule on one field, e.g. {@code email REQUIRED}. */
public record Violation(String field, Rule rule, List<Object> args) {
  public Violation {
    args = List.copyOf(args);
  }

  public static Violation of(String field, Rule rule, Object... args) {
    return new Violation(field, rule, List.of(args));
  }
}
