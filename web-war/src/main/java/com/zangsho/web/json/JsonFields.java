package com.zangsho.web.json;

import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.Violation;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Typed reads of single JSON values, reporting the wrong type as a violation of the field. */
public final class JsonFields {
  private JsonFields() {}

  /** A field's text (null stays null), or the violation its JSON type is. */
  public record TextValue(String text, Violation wrongType) {
    static TextValue of(String text) {
      return new TextValue(text, null);
    }

    static TextValue wrong(String field, Rule expected) {
      return new TextValue(null, Violation.of(field, expected));
    }
  }

  /**
   * A field read as text. Numbers are taken as their text: a phone or an external id exported as a
   * number by another system means the same digits, and an amount may be sent either way.
   *
   * @param wrongType the rule a value that is neither breaks, e.g. {@link Rule#STRING}
   */
  public static TextValue text(String field, JsonValue value, Rule wrongType) {
    return switch (value.getValueType()) {
      case NULL -> TextValue.of(null);
      case STRING -> TextValue.of(((JsonString) value).getString());
      case NUMBER -> TextValue.of(((JsonNumber) value).toString());
      default -> TextValue.wrong(field, wrongType);
    };
  }

  /** A JSON object kept as its text; null stays null. */
  public static TextValue objectText(String field, JsonValue value) {
    return switch (value.getValueType()) {
      case NULL -> TextValue.of(null);
      case OBJECT -> TextValue.of(value.toString());
      default -> TextValue.wrong(field, Rule.OBJECT);
    };
  }

  /**
   * An array of strings; absent or null is empty. A value that is not an array, or an item that is
   * not a string, is added to {@code violations} ({@code field} or {@code field.i}).
   */
  public static List<String> strings(String field, JsonValue value, List<Violation> violations) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return List.of();
    }
    if (!(value instanceof JsonArray array)) {
      violations.add(Violation.of(field, Rule.ARRAY));
      return List.of();
    }
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i) instanceof JsonString text) {
        strings.add(text.getString());
      } else {
        violations.add(Violation.of(field + "." + i, Rule.STRING));
      }
    }
    return strings;
  }

  /** Laravel's boolean: true, false, 1, 0, "1", "0", "true", "false". */
  public static Optional<Boolean> bool(JsonValue value) {
    return switch (value.getValueType()) {
      case TRUE -> Optional.of(true);
      case FALSE -> Optional.of(false);
      case NUMBER, STRING -> {
        String text = value instanceof JsonString s ? s.getString() : value.toString();
        yield switch (text) {
          case "1", "true" -> Optional.of(true);
          case "0", "false" -> Optional.of(false);
          default -> Optional.empty();
        };
      }
      default -> Optional.empty();
    };
  }
}
