package com.zangsho.domain.subscription;

import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.WireField;

/** The fields a subscription event request gives, in the order their violations are reported. */
public enum EventField implements WireField {
  CUSTOMER_EMAIL(Rule.STRING),
  EVENT_TYPE(Rule.STRING),
  OCCURRED_AT(Rule.STRING),
  OLD_AMOUNT(Rule.NUMERIC),
  NEW_AMOUNT(Rule.NUMERIC),
  AMOUNT_CHANGE(Rule.NUMERIC),
  OLD_PLAN(Rule.STRING),
  NEW_PLAN(Rule.STRING);

  private final Rule typeRule;

  EventField(Rule typeRule) {
    this.typeRule = typeRule;
  }

  @Override
  public Rule typeRule() {
    return typeRule;
  }
}
