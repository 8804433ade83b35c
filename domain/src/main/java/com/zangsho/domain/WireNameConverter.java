package com.zangsho.domain;

import jakarta.persistence.AttributeConverter;

/**
 * Stores an enum by its wire name, so that the database holds what the API shows ({@code one-time},
 * not {@code ONE_TIME}) and reports written straight against it read the same.
 */
public abstract class WireNameConverter<E extends Enum<E> & WireNamed>
    implements AttributeConverter<E, String> {
  private final Class<E> type;

  protected WireNameConverter(Class<E> type) {
    this.type = type;
  }

  @Override
  public String convertToDatabaseColumn(E value) {
    return value == null ? null : value.wireName();
  }

  @Override
  public E convertToEntityAttribute(String column) {
    if (column == null) {
      return null;
    }
    return WireNamed.fromWireName(type, column)
        .orElseThrow(() -> new IllegalStateException(type.getSimpleName() + " " + column));
  }
}
