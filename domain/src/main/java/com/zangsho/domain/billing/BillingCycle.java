package com.zangsho.domain.billing;

import com.zangsho.domain.WireNameConverter;
import com.zangsho.domain.WireNamed;

/** How often a charge recurs (docs/api.md §6, §7); subscriptions never use {@link #ONE_TIME}. */
public enum BillingCycle implements WireNamed {
  ONE_TIME("one-time"),
  MONTHLY("monthly"),
  QUARTERLY("quarterly"),
  SEMI_ANNUAL("semi-annual"),
  YEARLY("yearly");

  private final String wireName;

  BillingCycle(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  @jakarta.persistence.Converter
  public static class Converter extends WireNameConverter<BillingCycle> {
    public Converter() {
      super(BillingCycle.class);
    }
  }
}
