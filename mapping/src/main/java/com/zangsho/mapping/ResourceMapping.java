package com.zangsho.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one file's rows feed one resource.
 *
 * @param resource {@code customers}, {@code orders}, {@code subscriptions} or {@code events}
 * @param groupBy rows with the same key are one record (a Shopify order's line items, a customer
 *     repeated on every subscription row), or null: every row is one
 * @param skipIf a row is left out when any of these holds
 * @param fields each target field's rule, in the order given; {@code metadata.x} fills the record's
 *     metadata object
 */
public record ResourceMapping(
    String resource, Template groupBy, List<Condition> skipIf, Map<String, FieldRule> fields) {
  /** The seed's order: what a resource refers to is imported before it. */
  public static final List<String> SEED_ORDER =
      List.of("customers", "orders", "subscriptions", "events");

  public ResourceMapping {
    if (!SEED_ORDER.contains(resource)) {
      throw new MappingException(
          "unknown resource \"" + resource + "\": one of " + String.join(", ", SEED_ORDER));
    }
    if (fields.isEmpty()) {
      throw new MappingException(resource + ": no fields");
    }
    skipIf = List.copyOf(skipIf);
    fields = new LinkedHashMap<>(fields);
  }

  /** The columns a file must have for it: those of every field that is not optional. */
  public List<String> requiredColumns() {
    List<String> columns = new ArrayList<>();
    if (groupBy != null) {
      columns.addAll(groupBy.columns());
    }
    skipIf.forEach(condition -> columns.add(condition.column()));
    fields.values().stream()
        .filter(rule -> !rule.optional())
        .forEach(rule -> columns.addAll(rule.columns()));
    return columns;
  }

  /** The columns it reads. */
  public List<String> columns() {
    List<String> columns = new ArrayList<>();
    if (groupBy != null) {
      columns.addAll(groupBy.columns());
    }
    skipIf.forEach(condition -> columns.add(condition.column()));
    fields.values().forEach(rule -> columns.addAll(rule.columns()));
    return columns;
  }

  /**
   * A row is skipped when its {@code column} is blank ({@code empty}), or equals {@code equals}
   * (case-insensitively).
   */
  public record Condition(String column, String equals, boolean empty) {
    public Condition {
      if ((equals == null) == !empty) {
        throw new MappingException(
            "skip_if on " + column + ": give exactly one of equals or empty: true");
      }
    }

    boolean holdsFor(Row row) {
      String value = row.get(column);
      return empty ? value == null : value != null && value.equalsIgnoreCase(equals);
    }
  }
}
