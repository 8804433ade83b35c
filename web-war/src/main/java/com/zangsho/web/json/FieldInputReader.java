package com.zangsho.web.json;

import com.zangsho.domain.validation.FieldInput;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.Violation;
import com.zangsho.domain.validation.WireField;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Reads the fields of a request object (or batch item) into a {@link FieldInput}: each field by its
 * wire name, with its JSON type checked. Unknown fields are ignored, as Laravel does.
 */
public final class FieldInputReader {
  private FieldInputReader() {}

  public static <F extends Enum<F> & WireField, I> I read(
      JsonObject object, FieldInput.Builder<F, I> input) {
    for (F field : input.fields()) {
      JsonValue value = object.get(field.wireName());
      if (value == null) {
        continue;
      }
      JsonFields.TextValue text =
          field.typeRule() == Rule.OBJECT
              ? JsonFields.objectText(field.wireName(), value)
              : JsonFields.text(field.wireName(), value, field.typeRule());
      if (text.wrongType() != null) {
        input.shapeViolation(text.wrongType());
      } else {
        input.given(field, text.text());
      }
    }
    return input.build();
  }

  /** A batch item; one that is not an object fails on its own, reported under its path. */
  public static <F extends Enum<F> & WireField, I> I readItem(
      JsonValue item, String path, FieldInput.Builder<F, I> input) {
    if (item instanceof JsonObject object) {
      return read(object, input);
    }
    return input.shapeViolation(Violation.of(path, Rule.OBJECT)).build();
  }
}
