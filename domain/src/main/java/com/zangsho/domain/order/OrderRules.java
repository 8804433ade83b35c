package com.zangsho.domain.order;

import com.zangsho.domain.billing.BillingCycle;
import com.zangsho.domain.customer.CustomerRules;
import com.zangsho.domain.money.Currencies;
import com.zangsho.domain.money.Money;
import com.zangsho.domain.validation.FieldChecks;
import com.zangsho.domain.validation.Violation;
import java.util.List;

/**
 * The contract's rules for an order (api.md §6), the same for a single create and every batch item:
 * an {@code order_no}, an {@code amount} and a customer (by id or e-mail) are always required.
 */
public final class OrderRules {
  public static final int MAX_ORDER_NO = 64;
  public static final int MAX_METADATA_KIB = 16;

  private OrderRules() {}

  /** Every rule {@code input} breaks, the first field's first. */
  public static List<Violation> validate(OrderInput input) {
    return new FieldChecks<>(input, OrderField.class)
        .required(OrderField.ORDER_NO)
        .maxLength(OrderField.ORDER_NO, MAX_ORDER_NO)
        .id(OrderField.CUSTOMER_ID)
        .requiredWithout(OrderField.CUSTOMER_EMAIL, OrderField.CUSTOMER_ID)
        .email(OrderField.CUSTOMER_EMAIL, CustomerRules.MAX_EMAIL)
        .maxLength(OrderField.CUSTOMER_NAME, CustomerRules.MAX_NAME)
        .required(OrderField.AMOUNT)
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
