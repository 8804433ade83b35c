package com.zangsho.domain.order;

import com.zangsho.domain.WireNamed;
import com.zangsho.domain.billing.BillingCycle;
import com.zangsho.domain.customer.CustomerRules;
import com.zangsho.domain.money.Currencies;
import com.zangsho.domain.money.Money;
import com.zangsho.domain.validation.Instants;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.TextRules;
import com.zangsho.domain.validation.Violation;
import java.util.ArrayList;
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
    List<Violation> out = new ArrayList<>(input.shapeViolations());
    required(out, input, OrderField.ORDER_NO);
    TextRules.maxLength(out, OrderField.ORDER_NO.wireName(), input.orderNo(), MAX_ORDER_NO);
    String customerId = input.get(OrderField.CUSTOMER_ID);
    if (customerId != null && input.customerId().isEmpty()) {
      out.add(Violation.of(OrderField.CUSTOMER_ID.wireName(), Rule.INTEGER));
    }
    if (customerId == null
        && input.customerEmail() == null
        && !input.hasShapeViolation(OrderField.CUSTOMER_ID)
        && !input.hasShapeViolation(OrderField.CUSTOMER_EMAIL)) {
      out.add(
          Violation.of(
              OrderField.CUSTOMER_EMAIL.wireName(),
              Rule.REQUIRED_WITHOUT,
              OrderField.CUSTOMER_ID.wireName()));
    }
    TextRules.email(
        out, OrderField.CUSTOMER_EMAIL.wireName(), input.customerEmail(), CustomerRules.MAX_EMAIL);
    TextRules.maxLength(
        out, OrderField.CUSTOMER_NAME.wireName(), input.customerName(), CustomerRules.MAX_NAME);
    required(out, input, OrderField.AMOUNT);
    String amount = input.get(OrderField.AMOUNT);
    if (amount != null) {
      Money.Parsed parsed = Money.parse(OrderField.AMOUNT.wireName(), amount);
      if (parsed.violation() != null) {
        out.add(parsed.violation());
      }
    }
    String currency = input.get(OrderField.CURRENCY);
    if (currency != null && Currencies.code(currency).isEmpty()) {
      out.add(Violation.of(OrderField.CURRENCY.wireName(), Rule.IN));
    }
    oneOf(out, input, OrderField.STATUS, OrderStatus.class);
    oneOf(out, input, OrderField.PAYMENT_METHOD, PaymentMethod.class);
    oneOf(out, input, OrderField.BILLING_CYCLE, BillingCycle.class);
    for (OrderField field :
        List.of(OrderField.PAID_AT, OrderField.REFUNDED_AT, OrderField.FAILED_AT)) {
      String text = input.get(field);
      if (text != null && Instants.parse(text).isEmpty()) {
        out.add(Violation.of(field.wireName(), Rule.DATE_TIME));
      }
    }
    TextRules.maxKilobytes(
        out, OrderField.METADATA.wireName(), input.get(OrderField.METADATA), MAX_METADATA_KIB);
    OrderInput.sortByField(out);
    return out;
  }

  private static void required(List<Violation> out, OrderInput input, OrderField field) {
    if (input.get(field) == null && !input.hasShapeViolation(field)) {
      out.add(Violation.of(field.wireName(), Rule.REQUIRED));
    }
  }

  private static <E extends Enum<E> & WireNamed> void oneOf(
      List<Violation> out, OrderInput input, OrderField field, Class<E> values) {
    String text = input.get(field);
    if (text != null && WireNamed.fromWireName(values, text).isEmpty()) {
      out.add(Violation.of(field.wireName(), Rule.IN));
    }
  }
}
