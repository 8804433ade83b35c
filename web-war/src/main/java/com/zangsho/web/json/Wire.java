package com.zangsho.web.json;

import com.zangsho.domain.WireNamed;
import com.zangsho.domain.money.Money;

/** Values in their wire form, null staying null. */
public final class Wire {
  private Wire() {}

  public static String name(WireNamed value) {
    return value == null ? null : value.wireName();
  }

  public static String money(Money value) {
    return value == null ? null : value.toWire();
  }
}
