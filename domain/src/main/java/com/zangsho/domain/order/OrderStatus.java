package com.zangsho.domain.order;

import com.zangsho.domain.WireNameConverter;
import com.zangsho.domain.WireNamed;
import java.util.Locale;

/** An order's status (docs/api.md §6); only {@link #PAID} orders count towards revenue. */
public enum OrderStatus implements WireNamed {
  PENDING,
  PAID,
  FAILED,
  REFUNDED,
  CANCELLED;

  public static final OrderStatus DEFAULT = PENDING;

  @Override
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @jakarta.persistence.Converter
  public static class Converter extends WireNameConverter<OrderStatus> {
    public Converter() {
      super(OrderStatus.class);
    }
  }
}
