package com.zangsho.web.batch;

import com.zangsho.domain.batch.BatchLimits;
import com.zangsho.domain.batch.ConflictStrategy;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.ValidationException;
import com.zangsho.domain.validation.Violation;
import com.zangsho.web.json.JsonFields;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A batch request's envelope (docs/api.md §8): the items under {@code itemsField}, {@code
 * on_conflict} and {@code dry_run}. Any fault here rejects the whole request with 422; faults
 * inside an item only fail that item.
 */
public record BatchRequest(
    String itemsField, List<JsonValue> items, ConflictStrategy onConflict, boolean dryRun) {
  public static final String ON_CONFLICT = "on_conflict";
  public static final String DRY_RUN = "dry_run";

  public static BatchRequest read(JsonObject body, String itemsField) {
    List<Violation> violations = new ArrayList<>();
    List<JsonValue> items = items(body.get(itemsField), itemsField, violations);
    ConflictStrategy onConflict = onConflict(body.get(ON_CONFLICT), violations);
    boolean dryRun = dryRun(body.get(DRY_RUN), violations);
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
    return new BatchRequest(itemsField, items, onConflict, dryRun);
  }

  /**
   * Reads every item with {@code reader}, which gets the item and the path its faults are reported
   * under.
   */
  public <I> List<I> readItems(BiFunction<JsonValue, String, I> reader) {
    List<I> read = new ArrayList<>(items.size());
    for (int index = 0; index < items.size(); index++) {
      read.add(reader.apply(items.get(index), itemPath(itemsField, index)));
    }
    return read;
  }

  private static List<JsonValue> items(JsonValue value, String field, List<Violation> out) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      out.add(Violation.of(field, Rule.REQUIRED));
    } else if (!(value instanceof JsonArray array)) {
      out.add(Violation.of(field, Rule.ARRAY));
    } else if (array.size() < BatchLimits.MIN_ITEMS) {
      out.add(Violation.of(field, Rule.MIN_ITEMS, BatchLimits.MIN_ITEMS));
    } else if (array.size() > BatchLimits.MAX_ITEMS) {
      out.add(Violation.of(field, Rule.MAX_ITEMS, BatchLimits.MAX_ITEMS));
    } else {
      return array;
    }
    return List.of();
  }

  private static ConflictStrategy onConflict(JsonValue value, List<Violation> out) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return ConflictStrategy.DEFAULT;
    }
    Optional<ConflictStrategy> strategy =
        value instanceof JsonString text
            ? ConflictStrategy.fromWireName(text.getString())
            : Optional.empty();
    if (strategy.isEmpty()) {
      out.add(Violation.of(ON_CONFLICT, Rule.IN));
    }
    return strategy.orElse(ConflictStrategy.DEFAULT);
  }

  private static boolean dryRun(JsonValue value, List<Violation> out) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return false;
    }
    Optional<Boolean> dryRun = JsonFields.bool(value);
    if (dryRun.isEmpty()) {
      out.add(Violation.of(DRY_RUN, Rule.BOOLEAN));
    }
    return dryRun.orElse(false);
  }

  /** The path a fault in item {@code index} is reported under, e.g. {@code customers.3}. */
  public static String itemPath(String itemsField, int index) {
    return itemsField + "." + index;
  }
}
