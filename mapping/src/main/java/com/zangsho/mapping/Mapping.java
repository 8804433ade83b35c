package com.zangsho.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A declarative mapping: for each resource a file feeds, where each field comes from. Read from
 * YAML (or JSON, which is YAML too):
 *
 * <pre>
 * title: "My shop's orders export"
 * resources:
 *   - resource: customers
 *     group_by: "{Email}"
 *     skip_if: [{column: Email, empty: true}]
 *     fields:
 *       email: {column: Email}
 *       name: {template: "{First Name} {Last Name}"}
 *       metadata.tags: {column: Tags}
 *   - resource: orders
 *     group_by: "{Name}"
 *     fields:
 *       order_no: {column: Name}
 *       status: {column: Financial Status, values: {partially_refunded: refunded}}
 *       amount: {column: Total, amount: true}
 *       currency: {constant: TWD}
 *       paid_at: {column: Paid at, date: {zone: Asia/Taipei, formats: ["yyyy/MM/dd HH:mm"]}}
 * </pre>
 *
 * A field's column may be a list, {@code column: [Total, Transaction Amount]}: the first that is
 * not blank; and a field may be a list of rules, each used when the ones before it give nothing
 * over a record's rows. A field may also say {@code times: Quantity} (an amount multiplied by that
 * column's number), {@code sum: true} (an amount added up over the group's rows), {@code optional:
 * true} (a file may lack its column), {@code otherwise: other} (what a word its value map does not
 * name becomes) or {@code per_interval: Interval} (the amount is per the interval that column
 * names, and is made per month); a date {@code roc: true} (the ROC calendar). Resources are mapped
 * in the seed's order whatever the file's order.
 *
 * @param title what file it reads, in a line, or null
 */
public record Mapping(String title, List<ResourceMapping> resources) {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  public Mapping {
    resources =
        resources.stream()
            .sorted(Comparator.comparingInt(r -> ResourceMapping.SEED_ORDER.indexOf(r.resource())))
            .toList();
  }

  /**
   * @throws MappingException naming what is wrong and where
   */
  public static Mapping read(InputStream yaml) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (IOException e) {
      throw new MappingException("not YAML: " + e.getMessage(), e);
    }
    if (root == null || !root.path("resources").isArray()) {
      throw new MappingException("a mapping is an object with a list of resources");
    }
    List<ResourceMapping> resources = new ArrayList<>();
    for (JsonNode resource : root.get("resources")) {
      resources.add(resource(resource));
    }
    return new Mapping(text(root, "title"), resources);
  }

  /** Every column some rule reads. */
  public Set<String> columns() {
    Set<String> columns = new LinkedHashSet<>();
    resources.forEach(resource -> columns.addAll(resource.columns()));
    return columns;
  }

  /** The headers no rule reads, in the file's order. */
  public List<String> unmapped(Collection<String> headers) {
    Set<String> used = columns();
    return headers.stream().filter(header -> !used.contains(header)).toList();
  }

  /**
   * The columns the mapping needs that {@code headers} lacks: a file it was not made for. Where it
   * takes one of several, they are named together ({@code Total or Transaction Amount}).
   */
  public List<String> missing(Collection<String> headers) {
    Set<String> missing = new LinkedHashSet<>();
    resources.forEach(resource -> missing.addAll(resource.missing(headers)));
    return List.copyOf(missing);
  }

  private static ResourceMapping resource(JsonNode node) {
    String name = text(node, "resource");
    if (name == null) {
      throw new MappingException("a resource without \"resource\"");
    }
    Template groupBy = node.hasNonNull("group_by") ? Template.parse(text(node, "group_by")) : null;
    List<ResourceMapping.Condition> skipIf = new ArrayList<>();
    for (JsonNode condition : node.path("skip_if")) {
      skipIf.add(
          new ResourceMapping.Condition(
              text(condition, "column"),
              text(condition, "equals"),
              condition.path("empty").asBoolean(false)));
    }
    Map<String, FieldRule> fields = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.path("fields").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      try {
        fields.put(field.getKey(), chain(field.getValue()));
      } catch (MappingException e) {
        throw new MappingException(name + "." + field.getKey() + ": " + e.getMessage(), e);
      }
    }
    return new ResourceMapping(name, groupBy, skipIf, fields);
  }

  /** A field's rule, or a list of them: each falls back on the next. */
  private static FieldRule chain(JsonNode node) {
    if (!node.isArray()) {
      return rule(node, null);
    }
    if (node.isEmpty()) {
      throw new MappingException("an empty list of rules");
    }
    FieldRule next = null;
    for (int i = node.size() - 1; i >= 0; i--) {
      next = rule(node.get(i), next);
    }
    return next;
  }

  private static FieldRule rule(JsonNode node, FieldRule orElse) {
    Map<String, String> values = new LinkedHashMap<>();
    node.path("values")
        .fields()
        .forEachRemaining(v -> values.put(v.getKey(), v.getValue().asText()));
    Dates dates = null;
    if (node.has("date")) {
      JsonNode date = node.get("date");
      List<String> formats = new ArrayList<>();
      date.path("formats").forEach(format -> formats.add(format.asText()));
      ZoneId zone;
      try {
        zone = ZoneId.of(date.path("zone").asText("Asia/Taipei"));
      } catch (DateTimeException e) {
        throw new MappingException("unknown time zone " + date.path("zone").asText(), e);
      }
      dates = new Dates(formats, zone, date.path("roc").asBoolean(false));
    }
    List<String> columns = new ArrayList<>();
    if (node.path("column").isArray()) {
      node.get("column").forEach(column -> columns.add(scalar(column, "column")));
    } else if (node.hasNonNull("column")) {
      columns.add(text(node, "column"));
    }
    return new FieldRule(
        columns.isEmpty() ? null : columns.get(0),
        columns.isEmpty() ? List.of() : columns.subList(1, columns.size()),
        node.hasNonNull("template") ? Template.parse(text(node, "template")) : null,
        text(node, "constant"),
        values,
        text(node, "otherwise"),
        dates,
        node.path("amount").asBoolean(false),
        text(node, "times"),
        text(node, "per_interval"),
        node.path("sum").asBoolean(false),
        node.path("optional").asBoolean(false),
        orElse);
  }

  private static String text(JsonNode node, String field) {
    return scalar(node.get(field), field);
  }

  private static String scalar(JsonNode value, String field) {
    if (value != null && value.isBoolean()) {
      // YAML reads an unquoted yes, no, on or off as true or false: the column name is lost.
      throw new MappingException(
          field + ": " + value + " is not a name; a column called Yes, No, On or Off is quoted");
    }
    return value == null || value.isNull() ? null : value.asText();
  }
}
