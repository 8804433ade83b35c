package com.zangsho.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zangsho.domain.validation.FieldInput;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderRulesTest {
  static FieldInput.Builder<OrderField, OrderInput> valid() {
    return OrderInput.builder()
        .given(OrderField.ORDER_NO, "ORD-1")
        .given(OrderField.CUSTOMER_EMAIL, "a@example.com")
        .given(OrderField.AMOUNT, "1990.00");
  }

  private static List<Violation> violations(FieldInput.Builder<OrderField, OrderInput> input) {
    return OrderRules.validate(input.build());
  }

  @Test
  void anOrderNumberAnAmountAndACustomerAreEnough() {
    assertEquals(List.of(), violations(valid()));
    assertEquals(
        List.of(),
        violations(
            valid().given(OrderField.CUSTOMER_EMAIL, null).given(OrderField.CUSTOMER_ID, "7")));
  }

  @Test
  void everyMissingRequiredFieldIsReportedInFieldOrder() {
    assertEquals(
        List.of(
            Violation.of("order_no", Rule.REQUIRED),
            Violation.of("customer_email", Rule.REQUIRED_WITHOUT, "customer_id"),
            Violation.of("amount", Rule.REQUIRED)),
        violations(OrderInput.builder()));
  }

  @Test
  void amountsFollowTheContractsMoneyRules() {
    for (String good : List.of("0", "0.5", "1990.00", "999999999999.99", "1e3")) {
      assertEquals(List.of(), violations(valid().given(OrderField.AMOUNT, good)), good);
    }
    assertEquals(
        List.of(Violation.of("amount", Rule.MIN_VALUE, 0)),
        violations(valid().given(OrderField.AMOUNT, "-0.01")));
    assertEquals(
        List.of(Violation.of("amount", Rule.MAX_DECIMALS, 2)),
        violations(valid().given(OrderField.AMOUNT, "1.001")));
    assertEquals(
        List.of(Violation.of("amount", Rule.MAX_INTEGER_DIGITS, 12)),
        violations(valid().given(OrderField.AMOUNT, "1000000000000")));
    assertEquals(
        List.of(Violation.of("amount", Rule.NUMERIC)),
        violations(valid().given(OrderField.AMOUNT, "12 dollars")));
  }

  @Test
  void theCurrencyIsARealIso4217CodeInAnyCase() {
    for (String good : List.of("TWD", "usd", "Jpy", "EUR")) {
      assertEquals(List.of(), violations(valid().given(OrderField.CURRENCY, good)), good);
      assertEquals(
          good.toUpperCase(), valid().given(OrderField.CURRENCY, good).build().currency().get());
    }
    for (String bad : List.of("ABC", "XXX", "XTS", "TW", "TWDX", "新台幣")) {
      assertEquals(
          List.of(Violation.of("currency", Rule.IN)),
          violations(valid().given(OrderField.CURRENCY, bad)),
          bad);
    }
  }

  @Test
  void enumsAcceptExactlyTheContractsWireNames() {
    assertEquals(List.of(), violations(valid().given(OrderField.BILLING_CYCLE, "semi-annual")));
    assertEquals(List.of(), violations(valid().given(OrderField.PAYMENT_METHOD, "jko_pay")));
    assertEquals(
        List.of(
            Violation.of("status", Rule.IN),
            Violation.of("payment_method", Rule.IN),
            Violation.of("billing_cycle", Rule.IN)),
        violations(
            valid()
                .given(OrderField.STATUS, "PAID")
                .given(OrderField.PAYMENT_METHOD, "bitcoin")
                .given(OrderField.BILLING_CYCLE, "SEMI_ANNUAL")));
  }

  @Test
  void customerIdsAreWholePositiveNumbersAndEmailsAreEmails() {
    assertEquals(
        List.of(Violation.of("customer_id", Rule.INTEGER)),
        violations(valid().given(OrderField.CUSTOMER_ID, "1.5")));
    assertEquals(
        List.of(Violation.of("customer_id", Rule.INTEGER)),
        violations(valid().given(OrderField.CUSTOMER_ID, "0")));
    assertEquals(
        List.of(Violation.of("customer_email", Rule.EMAIL)),
        violations(valid().given(OrderField.CUSTOMER_EMAIL, "nope")));
  }

  @Test
  void timestampsTakeAnyOffset() {
    OrderInput input = valid().given(OrderField.PAID_AT, "2025-12-01T16:00:00+08:00").build();

    assertTrue(OrderRules.validate(input).isEmpty());
    assertEquals("2025-12-01T08:00:00Z", input.instant(OrderField.PAID_AT).get().toString());
    assertEquals(
        List.of(Violation.of("failed_at", Rule.DATE_TIME)),
        violations(valid().given(OrderField.FAILED_AT, "1st of May")));
  }
}
