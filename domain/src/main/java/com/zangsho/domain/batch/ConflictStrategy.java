package com.zangsho.domain.batch;

import java.util.Locale;
import java.util.Optional;

/** What a batch does with an item whose key already exists: the seed's {@code on_conflict}. */
public enum ConflictStrategy {
  SKIP,
  UPDATE;

  public static final ConflictStrategy DEFAULT = SKIP;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ConflictStrategy> fromWireName(String value) {
    for (ConflictStrategy strategy : values()) {
      if (strategy.wireName().equals(value)) {
        return Optional.of(strategy);
      }
    }
    return Optional.empty();
  }
}
