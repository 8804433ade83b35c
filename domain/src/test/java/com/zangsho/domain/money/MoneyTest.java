package com.zangsho.domain.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.Violation;
import org.junit.jupiter.api.Test;

class MoneyTest {
  private static String wire(String text) {
    return Money.parse("amount", text).value().orElseThrow().toWire();
  }

  private static Violation broken(String text) {
    return Money.parse("amount", text).violation();
  }

  @Test
  void amountsAreWrittenWithExactlyTwoDecimals() {
    assertEquals("1990.00", wire("1990.00"));
    assertEquals("1990.00", wire("1990"));
    assertEquals("0.50", wire("0.5"));
    assertEquals("0.00", wire("0"));
    assertEquals("1000.00", wire("1e3"), "a JSON number in exponent form");
    assertEquals("12.30", wire("12.300"), "trailing zeros are not extra decimals");
  }

  @Test
  void theLargestAmountHasTwelveIntegerDigits() {
    assertEquals("999999999999.99", wire("999999999999.99"));
    assertEquals(Violation.of("amount", Rule.MAX_INTEGER_DIGITS, 12), broken("1000000000000"));
  }

  @Test
  void negativeOrOverPreciseOrNonNumericAmountsAreRefused() {
    assertEquals(Violation.of("amount", Rule.MIN_VALUE, 0), broken("-1"));
    assertEquals(Violation.of("amount", Rule.MAX_DECIMALS, 2), broken("1.999"));
    assertEquals(Violation.of("amount", Rule.NUMERIC), broken("12,00"));
    assertEquals(Violation.of("amount", Rule.NUMERIC), broken("NaN"));
  }

  @Test
  void sumsStayExact() {
    Money sum = Money.ZERO;
    for (int i = 0; i < 10; i++) {
      sum = sum.plus(Money.parse("amount", "0.10").value().orElseThrow());
    }
    assertEquals("1.00", sum.toWire());
  }
}
