package com.zangsho.domain.subscription;

import com.zangsho.domain.WireNameConverter;
import com.zangsho.domain.WireNamed;
import java.util.Locale;

/** A subscription's status (docs/api.md §7). */
public enum SubscriptionStatus implements WireNamed {
  ACTIVE,
  PAUSED,
  CANCELLED;

  @Override
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @jakarta.persistence.Converter
  public static class Converter extends WireNameConverter<SubscriptionStatus> {
    public Converter() {
      super(SubscriptionStatus.class);
    }
  }
}
