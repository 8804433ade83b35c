package com.zangsho.domain.customer;

import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.WireField;

/** The writable fields of a customer, in the order their violations are reported. */
public enum CustomerField implements WireField {
  EMAIL("email", Rule.STRING),
  NAME("name", Rule.STRING),
  PHONE("phone", Rule.STRING),
  EXTERNAL_ID("external_id", Rule.STRING),
  METADATA("metadata", Rule.OBJECT);

  private final String wireName;
  private final Rule typeRule;

  CustomerField(String wireName, Rule typeRule) {
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
