package com.zangsho.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a file's rows by a {@link Mapping}: for each resource, in the seed's order, its records (one
 * per row, or one per group of rows), the rows it skipped, and every problem with its file, line,
 * column and value. A record with a problem is left out; the others are whole.
 *
 * <p>A resource's groups are held until its last row is read (a group's rows may be anywhere in the
 * file): the mapped fields of each, not the rows.
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
   * @param key its group key ({@link ResourceMapping#keyOf}): what finds its rows again
   * @param fields the target fields, {@code metadata} an object of its own
   */
  public record Record(
      String resource, String file, long line, String key, Map<String, Object> fields) {}

  /**
   * What mapping one resource, or a whole file, gave.
   *
   * @param records the records, customers first
   * @param skipped rows left out by a resource's {@code skip_if}, per resource
   * @param failedKeys per resource, the group keys of records left out for a problem
   */
  public record Result(
      List<Record> records,
      Map<String, Integer> skipped,
      List<Problem> problems,
      Map<String, List<String>> failedKeys) {}

  /** Every resource the mapping feeds, over rows that can be read more than once. */
  public Result map(Iterable<Row> rows) {
    List<Record> records = new ArrayList<>();
    Map<String, Integer> skipped = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, List<String>> failedKeys = new LinkedHashMap<>();
    for (ResourceMapping resource : mapping.resources()) {
      Result one = map(resource, rows);
      records.addAll(one.records());
      skipped.putAll(one.skipped());
      problems.addAll(one.problems());
      failedKeys.putAll(one.failedKeys());
    }
    return new Result(records, skipped, problems, failedKeys);
  }

  /** One resource's records, reading {@code rows} once. */
  public Result map(ResourceMapping resource, Iterable<Row> rows) {
    Map<String, Group> groups = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    int skips = 0;
    for (Row row : rows) {
      if (resource.skips(row)) {
        skips++;
        continue;
      }
      String key = resource.keyOf(row);
      if (key == null) {
        problems.add(
            new Problem(
                row.file(),
                row.line(),
                String.join(", ", resource.groupBy().columns()),
                null,
                null,
                resource.resource() + ": the row has no " + resource.groupBy()));
        continue;
      }
      groups
          .computeIfAbsent(key, k -> new Group(row.file(), row.line()))
          .add(resource, key, row, problems);
    }
    List<Record> records = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    groups.forEach(
        (key, group) -> {
          if (group.failed) {
            failed.add(key);
          } else {
            records.add(group.record(resource.resource(), key));
          }
        });
    return new Result(
        records, Map.of(resource.resource(), skips), problems, Map.of(resource.resource(), failed));
  }

  /**
   * The rows of one record: the first non-empty value of each field wins, or their sum; a field
   * whose rule gives nothing over all the rows takes what the rule it falls back on gives.
   */
  private static final class Group {
    private final String file;
    private final long line;

    /** Per field, the value of each rule of its chain, by the rule's place in it. */
    private final Map<String, String[]> values = new LinkedHashMap<>();

    private boolean failed;

    Group(String file, long line) {
      this.file = file;
      this.line = line;
    }

    void add(ResourceMapping resource, String key, Row row, List<Problem> problems) {
      for (Map.Entry<String, FieldRule> field : resource.fields().entrySet()) {
        List<FieldRule> chain = field.getValue().chain();
        String[] byRule = values.computeIfAbsent(field.getKey(), f -> new String[chain.size()]);
        for (int i = 0; i < chain.size(); i++) {
          FieldRule rule = chain.get(i);
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
                    rule.cell(row),
                    key,
                    resource.resource() + "." + field.getKey() + ": " + e.getMessage()));
            continue;
          }
          if (value == null) {
            continue;
          }
          if (byRule[i] == null) {
            byRule[i] = value;
          } else if (rule.sum()) {
            byRule[i] = FieldRule.add(byRule[i], value);
          }
        }
      }
    }

    Record record(String resource, String key) {
      Map<String, Object> fields = new LinkedHashMap<>();
      Map<String, Object> metadata = new LinkedHashMap<>();
      values.forEach(
          (field, byRule) -> {
            String value = Arrays.stream(byRule).filter(v -> v != null).findFirst().orElse(null);
            if (value == null) {
              return;
            }
            if (field.startsWith(METADATA)) {
              metadata.put(field.substring(METADATA.length()), value);
            } else {
              fields.put(field, value);
            }
          });
      if (!metadata.isEmpty()) {
        fields.put("metadata", metadata);
      }
      return new Record(resource, file, line, key, fields);
    }
  }
}
