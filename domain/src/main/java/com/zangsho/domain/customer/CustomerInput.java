package com.zangsho.domain.customer;

import com.zangsho.domain.validation.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The customer fields one request gives, as text. A field can be absent, given as null (to clear
 * it, on PUT), or given with a value. Metadata is the JSON text of an object. Values that had the
 * wrong JSON type never get here: the reader records them as {@link #shapeViolations()}.
 */
public final class CustomerInput {
  private final Map<CustomerField, String> given;
  private final List<Violation> shapeViolations;

  private CustomerInput(Map<CustomerField, String> given, List<Violation> shapeViolations) {
    this.given = Collections.unmodifiableMap(new EnumMap<>(given));
    this.shapeViolations = List.copyOf(shapeViolations);
  }

  public static Builder builder() {
    return new Builder();
  }

  public boolean isGiven(CustomerField field) {
    return given.containsKey(field);
  }

  /** The given value, or null when the field is absent or given as null. */
  public String get(CustomerField field) {
    return given.get(field);
  }

  public String email() {
    return get(CustomerField.EMAIL);
  }

  public String externalId() {
    return get(CustomerField.EXTERNAL_ID);
  }

  public List<Violation> shapeViolations() {
    return shapeViolations;
  }

  /** Collects the fields of one JSON object as a reader finds them. */
  public static final class Builder {
    private final Map<CustomerField, String> given = new EnumMap<>(CustomerField.class);
    private final List<Violation> shapeViolations = new ArrayList<>();

    /** Strings are trimmed and an empty one counts as null, as the original's Laravel does. */
    public Builder given(CustomerField field, String value) {
      String trimmed = value == null ? null : value.strip();
      given.put(field, trimmed == null || trimmed.isEmpty() ? null : trimmed);
      return this;
    }

    public Builder shapeViolation(Violation violation) {
      shapeViolations.add(violation);
      return this;
    }

    public CustomerInput build() {
      return new CustomerInput(given, shapeViolations);
    }
  }
}
