package com.zangsho.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a file's rows by a {@link Mapping}: for each resource, in the seed's order, its records (one
 * per row, or one per group of rows), the rows it skipped, and every problem with its file, line,
 * column and value. A record with a problem is left out; the others are whole.
 */
public final class MappingEngine {
  private static final String METADATA = "metadata.";

  private final Mapping mapping;

  public MappingEngine(Mapping mapping) {
    this.mapping = mapping;
  }

  /**
   * One resource's record, as the batch API takes it.
   *
   * @param line the file line of its first row
   * @param fields the target fields, {@code metadata} an object of its own
   */
  public record Record(String resource, String file, long line, Map<String, Object> fields) {}

  /**
   * @param records every resource's records, customers first
   * @param skipped rows left out by a resource's {@code skip_if}, per resource
   */
  public record Result(
      List<Record> records, Map<String, Integer> skipped, List<Problem> problems) {}

  public Result map(Iterable<Row> rows) {
    List<Record> records = new ArrayList<>();
    Map<String, Integer> skipped = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (ResourceMapping resource : mapping.resources()) {
      Map<String, Group> groups = new LinkedHashMap<>();
      int skips = 0;
      for (Row row : rows) {
        if (resource.skipIf().stream().anyMatch(condition -> condition.holdsFor(row))) {
          skips++;
          continue;
        }
        String key = resource.groupBy() == null ? "#" + row.line() : resource.groupBy().render(row);
        if (key == null) {
          problems.add(
              new Problem(
                  row.file(),
                  row.line(),
                  String.join(", ", resource.groupBy().columns()),
                  null,
                  resource.resource() + ": the row has no " + resource.groupBy()));
          continue;
        }
        groups.computeIfAbsent(key, k -> new Group(row)).add(resource, row, problems);
      }
      skipped.put(resource.resource(), skips);
      for (Group group : groups.values()) {
        if (!group.failed) {
          records.add(group.record(resource.resource()));
        }
      }
    }
    return new Result(records, skipped, problems);
  }

  /** The rows of one record: the first non-empty value of each field wins, or their sum. */
  private static final class Group {
    private final Row first;
    private final Map<String, String> values = new LinkedHashMap<>();
    private boolean failed;

    Group(Row first) {
      this.first = first;
    }

    void add(ResourceMapping resource, Row row, List<Problem> problems) {
      for (Map.Entry<String, FieldRule> field : resource.fields().entrySet()) {
        FieldRule rule = field.getValue();
        String value;
        try {
          value = rule.valueOf(row);
        } catch (IllegalArgumentException e) {
          failed = true;
          problems.add(
              new Problem(
                  row.file(),
                  row.line(),
                  rule.source(),
                  rule.column() != null ? row.get(rule.column()) : null,
                  resource.resource() + "." + field.getKey() + ": " + e.getMessage()));
          continue;
        }
        if (value == null) {
          continue;
        }
        String before = values.get(field.getKey());
        if (before == null) {
          values.put(field.getKey(), value);
        } else if (rule.sum()) {
          values.put(field.getKey(), FieldRule.add(before, value));
        }
      }
    }

    Record record(String resource) {
      Map<String, Object> fields = new LinkedHashMap<>();
      Map<String, Object> metadata = new LinkedHashMap<>();
      values.forEach(
          (field, value) -> {
            if (field.startsWith(METADATA)) {
              metadata.put(field.substring(METADATA.length()), value);
            } else {
              fields.put(field, value);
            }
          });
      if (!metadata.isEmpty()) {
        fields.put("metadata", metadata);
      }
      return new Record(resource, first.file(), first.line(), fields);
    }
  }
}
