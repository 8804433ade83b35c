package com.zangsho.domain.order;

import com.zangsho.domain.billing.BillingCycle;
import com.zangsho.domain.money.Currencies;
import com.zangsho.domain.money.Money;
import com.zangsho.domain.validation.FieldInput;
import com.zangsho.domain.validation.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order fields one request or batch item gives (see {@link FieldInput}). The typed accessors
 * read a field's text; after {@link OrderRules#validate} passed they are empty only when the field
 * was not given.
 */
public final class OrderInput extends FieldInput<OrderField> {
  private OrderInput(Map<OrderField, String> given, List<Violation> shapeViolations) {
    super(given, shapeViolations);
  }

  public static Builder<OrderField, OrderInput> builder() {
    return new Builder<>(OrderField.class, OrderInput::new);
  }

  public String orderNo() {
    return get(OrderField.ORDER_NO);
  }

  public Optional<Long> customerId() {
    return id(OrderField.CUSTOMER_ID);
  }

  public String customerEmail() {
    return get(OrderField.CUSTOMER_EMAIL);
  }

  /** Whether it names a customer at all, by id or by e-mail. */
  public boolean namesCustomer() {
    return get(OrderField.CUSTOMER_ID) != null || get(OrderField.CUSTOMER_EMAIL) != null;
  }

  public String customerName() {
    return get(OrderField.CUSTOMER_NAME);
  }

  public Optional<Money> amount() {
    return text(OrderField.AMOUNT)
        .flatMap(t -> Money.parse(OrderField.AMOUNT.wireName(), t).value());
  }

  public Optional<String> currency() {
    return text(OrderField.CURRENCY).flatMap(Currencies::code);
  }

  public Optional<OrderStatus> status() {
    return wireNamed(OrderField.STATUS, OrderStatus.class);
  }

  public Optional<PaymentMethod> paymentMethod() {
    return wireNamed(OrderField.PAYMENT_METHOD, PaymentMethod.class);
  }

  public Optional<BillingCycle> billingCycle() {
    return wireNamed(OrderField.BILLING_CYCLE, BillingCycle.class);
  }

  public Optional<String> metadata() {
    return text(OrderField.METADATA);
  }
}
