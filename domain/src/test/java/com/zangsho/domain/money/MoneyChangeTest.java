package com.zangsho.domain.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.zangsho.domain.validation.Rule;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyChangeTest {
  @Test
  void changesTakeEitherSignAndPrintTwoDecimals() {
    assertEquals("-490.00", MoneyChange.parse("-490").orElseThrow().toWire());
    assertEquals("0.50", MoneyChange.parse(" 0.5 ").orElseThrow().toWire());
    assertNull(MoneyChange.violation("amount_change", "-1.25"));
  }

  @Test
  void whatIsNotAnAmountOfEitherSignIsRefused() {
    assertEquals(Rule.NUMERIC, MoneyChange.violation("amount_change", "--5").rule());
    assertEquals(Rule.NUMERIC, MoneyChange.violation("amount_change", "abc").rule());
    assertEquals(Rule.MAX_DECIMALS, MoneyChange.violation("amount_change", "-1.001").rule());
  }

  @Test
  void aMissingAmountCountsAsZero() {
    Money price = new Money(new BigDecimal("990"));

    assertEquals("990.00", MoneyChange.between(null, price).toWire());
    assertEquals("-990.00", MoneyChange.between(price, null).toWire());
  }
}
