package com.zangsho.domain.validation;

import com.zangsho.domain.WireNamed;
import java.util.Locale;

/**
 * A field of a request item, implemented by enums: its name in the API (the constant's name in
 * lower case, e.g. {@code ORDER_NO} is {@code order_no}) and the JSON type it must have.
 */
public interface WireField extends WireNamed {
  /** The enum constant's name. */
  String name();

  @Override
  default String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The rule a value of the wrong JSON type breaks: {@link Rule#STRING} for text, {@link
   * Rule#OBJECT} for a JSON object kept as its text, {@link Rule#NUMERIC} for money, {@link
   * Rule#INTEGER} for an id.
   */
  Rule typeRule();
}
