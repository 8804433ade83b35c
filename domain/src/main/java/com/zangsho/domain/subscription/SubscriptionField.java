package com.zangsho.domain.subscription;

import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.WireField;

/** The fields a subscription request gives, in the order their violations are reported. */
public enum SubscriptionField implements WireField {
  CUSTOMER_ID(Rule.INTEGER),
  CUSTOMER_EMAIL(Rule.STRING),
  PLAN_NAME(Rule.STRING),
  MRR(Rule.NUMERIC),
  BILLING_CYCLE(Rule.STRING),
  STATUS(Rule.STRING),
  STARTED_AT(Rule.STRING),
  CURRENT_PERIOD_START(Rule.STRING),
  CANCELLED_AT(Rule.STRING),
  CANCEL_REASON(Rule.STRING);

  private final Rule typeRule;

  SubscriptionField(Rule typeRule) {
    this.typeRule = typeRule;
  }

  @Override
  public Rule typeRule() {
    return typeRule;
  }
}
