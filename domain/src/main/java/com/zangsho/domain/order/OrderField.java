package com.zangsho.domain.order;

import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.WireField;

/** The fields an order request gives, in the order their violations are reported. */
public enum OrderField implements WireField {
  ORDER_NO(Rule.STRING),
  CUSTOMER_ID(Rule.INTEGER),
  CUSTOMER_EMAIL(Rule.STRING),
  CUSTOMER_NAME(Rule.STRING),
  AMOUNT(Rule.NUMERIC),
  CURRENCY(Rule.STRING),
  STATUS(Rule.STRING),
  PAYMENT_METHOD(Rule.STRING),
  BILLING_CYCLE(Rule.STRING),
  PAID_AT(Rule.STRING),
  REFUNDED_AT(Rule.STRING),
  FAILED_AT(Rule.STRING),
  METADATA(Rule.OBJECT);

  private final Rule typeRule;

  OrderField(Rule typeRule) {
    this.typeRule = typeRule;
  }

  @Override
  public Rule typeRule() {
    return typeRule;
  }
}
