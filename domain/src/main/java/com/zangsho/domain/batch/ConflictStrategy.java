package com.zangsho.domain.batch;

import com.zangsho.domain.RowLock;
import com.zangsho.domain.WireNameConverter;
import com.zangsho.domain.WireNamed;
import java.util.Locale;
import java.util.Optional;

/** What a batch does with an item whose key already exists: the seed's {@code on_conflict}. */
public enum ConflictStrategy implements WireNamed {
  SKIP,
  UPDATE;

  public static final ConflictStrategy DEFAULT = SKIP;

  @Override
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** How a batch reads the rows its items name: locked when it may change them. */
  public RowLock rowLock() {
    return this == UPDATE ? RowLock.FOR_CHANGE : RowLock.NONE;
  }

  public static Optional<ConflictStrategy> fromWireName(String value) {
    return WireNamed.fromWireName(ConflictStrategy.class, value);
  }

  @jakarta.persistence.Converter
  public static class Converter extends WireNameConverter<ConflictStrategy> {
    public Converter() {
      super(ConflictStrategy.class);
    }
  }
}
