package com.zangsho.web.json;

import com.zangsho.domain.WireNamed;
import com.zangsho.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Values in their wire form, null staying null. */
public final class Wire {
  private Wire() {}

  public static String name(WireNamed value) {
    return value == null ? null : value.wireName();
  }

  public static String money(Money value) {
    return value == null ? null : value.toWire();
  }

  /** A sum of money (a figure, not a stored amount), as the API writes money: two decimals. */
  public static String amount(BigDecimal value) {
    return value == null
        ? null
        : value.setScale(Money.MAX_DECIMALS, RoundingMode.HALF_UP).toPlainString();
  }
}
