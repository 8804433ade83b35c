package com.zangsho.domain.metrics;

import com.zangsho.domain.WireNameConverter;
import com.zangsho.domain.WireNamed;
import java.util.Locale;

/** What a change of a customer's MRR counts as (docs/api.md §11). */
public enum MovementType implements WireNamed {
  /** From no MRR to some, for a customer who never had any (or lost it outside the window). */
  NEW_BUSINESS,
  /** A higher MRR than before. */
  EXPANSION,
  /** A lower MRR, still above zero; negative. */
  CONTRACTION,
  /** From some MRR to none; negative. */
  CHURN,
  /** From no MRR to some, for a customer who had MRR and lost it (within the window). */
  REACTIVATION;

  @Override
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @jakarta.persistence.Converter
  public static class Converter extends WireNameConverter<MovementType> {
    public Converter() {
      super(MovementType.class);
    }
  }
}
