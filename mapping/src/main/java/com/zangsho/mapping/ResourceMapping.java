package com.zangsho.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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

  /**
   * The fields each resource's batch items take (the contract's), and {@code customer_external_id}
   * for orders and subscriptions: the customer's external_id, which the importer turns into its id.
   * Customers and orders take {@code metadata.*} too.
   */
  public static final Map<String, Set<String>> FIELDS =
      Map.of(
          "customers",
          Set.of("email", "name", "phone", "external_id"),
          "orders",
          Set.of(
              "order_no",
              "customer_id",
              "customer_email",
              "customer_name",
              "customer_external_id",
              "amount",
              "currency",
              "status",
              "payment_method",
              "billing_cycle",
              "paid_at",
              "refunded_at",
              "failed_at"),
          "subscriptions",
          Set.of(
              "customer_id",
              "customer_email",
              "customer_external_id",
              "plan_name",
              "mrr",
              "billing_cycle",
              "started_at",
              "current_period_start",
              "status",
              "cancelled_at",
              "cancel_reason"),
          "events",
          Set.of(
              "customer_email",
              "event_type",
              "occurred_at",
              "old_amount",
              "new_amount",
              "amount_change",
              "old_plan",
              "new_plan"));

  private static final Set<String> WITH_METADATA = Set.of("customers", "orders");
  private static final String METADATA = "metadata.";

  public ResourceMapping {
    if (!SEED_ORDER.contains(resource)) {
      throw new MappingException(
          "unknown resource \"" + resource + "\": one of " + String.join(", ", SEED_ORDER));
    }
    if (fields.isEmpty()) {
      throw new MappingException(resource + ": no fields");
    }
    for (String field : fields.keySet()) {
      boolean metadata = field.startsWith(METADATA) && field.length() > METADATA.length();
      if (metadata ? !WITH_METADATA.contains(resource) : !FIELDS.get(resource).contains(field)) {
        throw new MappingException(
            resource
                + " has no field \""
                + field
                + "\": one of "
                + String.join(", ", new TreeSet<>(FIELDS.get(resource)))
                + (WITH_METADATA.contains(resource) ? ", metadata.<key>" : ""));
      }
    }
    skipIf = List.copyOf(skipIf);
    fields = new LinkedHashMap<>(fields);
  }

  /** Whether one of {@code skipIf} holds for the row. */
  public boolean skips(Row row) {
    return skipIf.stream().anyMatch(condition -> condition.holdsFor(row));
  }

  /**
   * The key of the record the row belongs to: its {@code groupBy} text, or its line when rows are
   * not grouped; null when the row lacks what the key is made of.
   */
  public String keyOf(Row row) {
    return groupBy == null ? "#" + row.line() : groupBy.render(row);
  }

  /**
   * The columns a file lacks that it needs, each entry one of which it needs: the group key's and
   * skip conditions' columns, and for every field that is not optional those of its first rule when
   * no rule of its chain can read the file.
   */
  public List<String> missing(Collection<String> headers) {
    List<String> missing = new ArrayList<>();
    if (groupBy != null) {
      groupBy.columns().stream().filter(c -> !headers.contains(c)).forEach(missing::add);
    }
    skipIf.stream().map(Condition::column).filter(c -> !headers.contains(c)).forEach(missing::add);
    for (FieldRule rule : fields.values()) {
      if (!rule.optional()
          && rule.chain().stream().noneMatch(link -> link.missing(headers).isEmpty())) {
        missing.addAll(rule.missing(headers));
      }
    }
    return missing;
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
