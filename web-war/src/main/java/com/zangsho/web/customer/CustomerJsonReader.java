package com.zangsho.web.customer;

import com.zangsho.domain.customer.CustomerField;
import com.zangsho.domain.customer.CustomerInput;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.Violation;
import com.zangsho.web.json.JsonFields;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** Reads the customer fields of a request object (or batch item) into a {@link CustomerInput}. */
final class CustomerJsonReader {
  private CustomerJsonReader() {}

  static CustomerInput read(JsonObject object) {
    CustomerInput.Builder input = CustomerInput.builder();
    for (CustomerField field : CustomerField.values()) {
      JsonValue value = object.get(field.wireName());
      if (value == null) {
        continue;
      }
      JsonFields.TextValue text =
          field == CustomerField.METADATA
              ? JsonFields.objectText(field.wireName(), value)
              : JsonFields.text(field.wireName(), value);
      if (text.wrongType() != null) {
        input.shapeViolation(text.wrongType());
      } else {
        input.given(field, text.text());
      }
    }
    return input.build();
  }

  /** A batch item; one that is not an object fails on its own, reported under its path. */
  static CustomerInput readItem(JsonValue item, String path) {
    if (item instanceof JsonObject object) {
      return read(object);
    }
    return CustomerInput.builder().shapeViolation(Violation.of(path, Rule.OBJECT)).build();
  }
}
