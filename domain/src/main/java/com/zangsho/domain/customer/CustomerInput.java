package com.zangsho.domain.customer;

import com.zangsho.domain.validation.FieldInput;
import com.zangsho.domain.validation.Violation;
import java.util.List;
import java.util.Map;

/** The customer fields one request or batch item gives (see {@link FieldInput}). */
public final class CustomerInput extends FieldInput<CustomerField> {
  private CustomerInput(Map<CustomerField, String> given, List<Violation> shapeViolations) {
    super(given, shapeViolations);
  }

  public static Builder<CustomerField, CustomerInput> builder() {
    return new Builder<>(CustomerField.class, CustomerInput::new);
  }

  public String email() {
    return get(CustomerField.EMAIL);
  }

  public String externalId() {
    return get(CustomerField.EXTERNAL_ID);
  }
}
