package com.zangsho.domain.order;

import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.WireField;

/** The fields an order request gives, in the order their violations are reported. */
public enum OrderField implements WireField {
  ORDER_NO("order_no", Rule.STRING),
  CUSTOMER_ID("customer_id", Rule.INTEGER),
  CUSTOMER_EMAIL("customer_email", Rule.STRING),
  CUSTOMER_NAME("customer_name", Rule.STRING),
  AMOUNT("amount", Rule.NUMERIC),
  CURRENCY("currency", Rule.STRING),
  STATUS("status", Rule.STRING),
  PAYMENT_METHOD("payment_method", Rule.STRING),
  BILLING_CYCLE("billing_cycle", Rule.STRING),
  PAID_AT("paid_at", Rule.STRING),
  REFUNDED_AT("refunded_at", Rule.STRING),
  FAILED_AT("failed_at", Rule.STRING),
  METADATA("metadata", Rule.OBJECT);

  private final String wireName;
  private final Rule typeRule;

  OrderField(String wireName, Rule typeRule) {
    this.wireName = wireName;
    this.typeRule = typeRule;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  @Override
  public Rule typeRule() {
    return typeRule;
  }
}
