package com.zangsho.domain.customer;

import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.TextRules;
import com.zangsho.domain.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/** The contract's rules for customer fields (api.md §5), shared by single writes and batches. */
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
    List<Violation> out = new ArrayList<>(input.shapeViolations());
    String email = input.email();
    if (email == null) {
      if ((emailRequired || input.isGiven(CustomerField.EMAIL))
          && !input.hasShapeViolation(CustomerField.EMAIL)) {
        out.add(Violation.of(CustomerField.EMAIL.wireName(), Rule.REQUIRED));
      }
    }
    TextRules.email(out, CustomerField.EMAIL.wireName(), email, MAX_EMAIL);
    TextRules.maxLength(
        out, CustomerField.NAME.wireName(), input.get(CustomerField.NAME), MAX_NAME);
    TextRules.maxLength(
        out, CustomerField.PHONE.wireName(), input.get(CustomerField.PHONE), MAX_PHONE);
    TextRules.maxLength(
        out, CustomerField.EXTERNAL_ID.wireName(), input.externalId(), MAX_EXTERNAL_ID);
    TextRules.maxKilobytes(
        out,
        CustomerField.METADATA.wireName(),
        input.get(CustomerField.METADATA),
        MAX_METADATA_KIB);
    CustomerInput.sortByField(out);
    return out;
  }
}
