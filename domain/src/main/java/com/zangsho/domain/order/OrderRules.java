package com.zangsho.domain.order;

import com.zangsho.domain.billing.BillingCycle;
import com.zangsho.domain.customer.CustomerRules;
import com.zangsho.domain.money.Currencies;
import com.zangsho.domain.money.Money;
import com.zangsho.domain.validation.FieldChecks;
import com.zangsho.domain.validation.Violation;
import java.util.List;

/**
 * The contract's rules for an order: a new one (a single create, or a batch item that would create)
 * needs an {@code order_no}, an {@code amount} and a customer (by id or e-mail); a batch item that
 * updates an existing order needs only its {@code order_no} and the fields it changes. Every field
 * given is checked either way.
 */
public final class OrderRules {
  public static final int MAX_ORDER_NO = 64;
  public static final int MAX_METADATA_KIB = 16;

  private OrderRules() {}

  /** Every rule a new order from {@code input} breaks, the first field's first. */
  public static List<Violation> validate(OrderInput input) {
    return checks(input, true);
  }

  /**
   * Every rule {@code input} breaks whether it creates or updates: the {@code order_no} and the
   * fields it gives. {@link #validate} adds what only a new order needs.
   */
  public static List<Violation> validateGiven(OrderInput input) {
    return checks(input, false);
  }

  private static List<Violation> checks(OrderInput input, boolean newOrder) {
    return new FieldChecks<>(input, OrderField.class)
        .required(OrderField.ORDER_NO)
        .maxLength(OrderField.ORDER_NO, MAX_ORDER_NO)
        .id(OrderField.CUSTOMER_ID)
        .requiredWithoutWhen(newOrder, OrderField.CUSTOMER_EMAIL, OrderField.CUSTOMER_ID)
        .email(OrderField.CUSTOMER_EMAIL, CustomerRules.MAX_EMAIL)
        .maxLength(OrderField.CUSTOMER_NAME, CustomerRules.MAX_NAME)
        .requiredWhen(newOrder, OrderField.AMOUNT)
        .check(OrderField.AMOUNT, Money::violation)
        .check(OrderField.CURRENCY, Currencies::violation)
        .oneOf(OrderField.STATUS, OrderStatus.values())
        .oneOf(OrderField.PAYMENT_METHOD, PaymentMethod.values())
        .oneOf(OrderField.BILLING_CYCLE, BillingCycle.values())
        .dateTime(OrderField.PAID_AT)
        .dateTime(OrderField.REFUNDED_AT)
        .dateTime(OrderField.FAILED_AT)
        .maxKilobytes(OrderField.METADATA, MAX_METADATA_KIB)
        .violations();
  }
}
