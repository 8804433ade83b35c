package com.zangsho.domain.validation;

import com.zangsho.domain.WireNamed;

/** A field of a request item: its name in the API and the JSON type it must have. */
public interface WireField extends WireNamed {
  /**
   * The rule a value of the wrong JSON type breaks: {@link Rule#STRING} for text, {@link
   * Rule#OBJECT} for a JSON object kept as its text, {@link Rule#NUMERIC} for money, {@link
   * Rule#INTEGER} for an id.
   */
  Rule typeRule();
}
