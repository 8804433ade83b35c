package com.zangsho.domain.subscription;

import com.zangsho.domain.WireNameConverter;
import com.zangsho.domain.WireNamed;
import java.util.Locale;

/** What a subscription event records (docs/api.md §7): the history MRR analytics is built from. */
public enum EventType implements WireNamed {
  CREATED,
  UPGRADE,
  DOWNGRADE,
  CANCEL,
  REACTIVATED;

  @Override
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @jakarta.persistence.Converter
  public static class Converter extends WireNameConverter<EventType> {
    public Converter() {
      super(EventType.class);
    }
  }
}
