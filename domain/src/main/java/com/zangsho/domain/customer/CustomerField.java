package com.zangsho.domain.customer;

/** The writable fields of a customer, in the order their violations are reported. */
public enum CustomerField {
  EMAIL("email"),
  NAME("name"),
  PHONE("phone"),
  EXTERNAL_ID("external_id"),
  METADATA("metadata");

  private final String wireName;

  CustomerField(String wireName) {
    this.wireName = wireName;
  }

  /** The field's name in the API, as violations report it. */
  public String wireName() {
    return wireName;
  }
}
