package com.zangsho.domain.customer;

import com.zangsho.domain.validation.FieldChecks;
import com.zangsho.domain.validation.Violation;
import java.util.List;

/**
 * The contract's rules for customer fields (docs/api.md §5), shared by single writes and batches.
 */
public final class CustomerRules {
  public static final int MAX_EMAIL = 255;
  public static final int MAX_NAME = 255;
  public static final int MAX_PHONE = 50;
  public static final int MAX_EXTERNAL_ID = 255;
  public static final int MAX_METADATA_KIB = 16;

  private CustomerRules() {}

  /** For a new customer, and for every batch item: the e-mail is required. */
  public static List<Violation> validateNew(CustomerInput input) {
    return validate(input, true);
  }

  /** For PUT: only the given fields are checked, but a given e-mail cannot be null. */
  public static List<Violation> validateChange(CustomerInput input) {
    return validate(input, false);
  }

  private static List<Violation> validate(CustomerInput input, boolean emailRequired) {
    FieldChecks<CustomerField> checks = new FieldChecks<>(input, CustomerField.class);
    if (emailRequired) {
      checks.required(CustomerField.EMAIL);
    } else {
      checks.notCleared(CustomerField.EMAIL);
    }
    return checks
        .email(CustomerField.EMAIL, MAX_EMAIL)
        .maxLength(CustomerField.NAME, MAX_NAME)
        .maxLength(CustomerField.PHONE, MAX_PHONE)
        .maxLength(CustomerField.EXTERNAL_ID, MAX_EXTERNAL_ID)
        .maxKilobytes(CustomerField.METADATA, MAX_METADATA_KIB)
        .violations();
  }
}
