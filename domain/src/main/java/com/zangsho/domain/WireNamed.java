package com.zangsho.domain;

import java.util.Optional;

/** A value with a fixed name in the API (and in the database), e.g. {@code semi-annual}. */
public interface WireNamed {
  String wireName();

  /** The constant of {@code type} whose wire name is exactly {@code value}. */
  static <E extends Enum<E> & WireNamed> Optional<E> fromWireName(Class<E> type, String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.wireName().equals(value)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }
}
