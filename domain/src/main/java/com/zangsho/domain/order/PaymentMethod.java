package com.zangsho.domain.order;

import com.zangsho.domain.WireNameConverter;
import com.zangsho.domain.WireNamed;
import java.util.Locale;

/** How an order was paid (docs/api.md §6): the payment options Taiwanese merchants offer. */
public enum PaymentMethod implements WireNamed {
  CREDIT_CARD,
  ATM,
  CVS,
  LINE_PAY,
  JKO_PAY,
  APPLE_PAY,
  GOOGLE_PAY,
  BANK_TRANSFER,
  PAYPAL,
  CASH,
  OTHER;

  @Override
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @jakarta.persistence.Converter
  public static class Converter extends WireNameConverter<PaymentMethod> {
    public Converter() {
      super(PaymentMethod.class);
    }
  }
}
