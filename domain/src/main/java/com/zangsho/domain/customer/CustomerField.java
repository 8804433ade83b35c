package com.zangsho.domain.customer;

import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.WireField;

/** The writable fields of a customer, in the order their violations are reported. */
public enum CustomerField implements WireField {
  EMAIL(Rule.STRING),
  NAME(Rule.STRING),
  PHONE(Rule.STRING),
  EXTERNAL_ID(Rule.STRING),
  METADATA(Rule.OBJECT);

  private final Rule typeRule;

  CustomerField(Rule typeRule) {
    this.typeRule = typeRule;
  }

  @Override
  public Rule typeRule() {
    return typeRule;
  }
}
