package com.zangsho.mapping;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
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
   * @param problems what kept a record out, each naming the record's group key
   */
  public record Result(
      List<Record> records, Map<String, Integer> skipped, List<Problem> problems) {}

  /** Every resource the mapping feeds, over rows that can be read more than once. */
  public Result map(Iterable<Row> rows) {
    List<Record> records = new ArrayList<>();
    Map<String, Integer> skipped = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (ResourceMapping resource : mapping.resources()) {
      Result one = map(resource, rows);
      records.addAll(one.records());
      skipped.putAll(one.skipped());
      problems.addAll(one.problems());
    }
    return new Result(records, skipped, problems);
  }

  /**
   * One resource's records, reading {@code rows} once. A group holds one slot per rule of each
   * field and nothing else; records are made as they are read from the result, so a resource of a
   * million rows costs its groups' cells, not maps of them as well.
   */
  public Result map(ResourceMapping resource, Iterable<Row> rows) {
    Layout layout = new Layout(resource);
    Map<String, Group> groups = new LinkedHashMap<>();
    List<Group> ungrouped = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int skips = 0;
    for (Row row : rows) {
      if (resource.skips(row)) {
        skips++;
        continue;
      }
      if (resource.groupBy() == null) {
        Group group = new Group(row.file(), row.line(), null, layout);
        group.add(layout, row, problems);
        ungrouped.add(group);
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
          .computeIfAbsent(key, k -> new Group(row.file(), row.line(), k, layout))
          .add(layout, row, problems);
    }
    List<Group> whole =
        (resource.groupBy() == null ? ungrouped : groups.values())
            .stream().filter(group -> !group.failed).toList();
    List<Record> records =
        new AbstractList<>() {
          @Override
          public Record get(int index) {
            return whole.get(index).record(layout);
          }

          @Override
          public int size() {
            return whole.size();
          }
        };
    return new Result(records, Map.of(resource.resource(), skips), problems);
  }

  /**
   * Where each field's values sit in a group's slots: its rules', one slot each, in order. Short
   * values (a country, a status, yes or no) are kept once however many rows repeat them.
   */
  private static final class Layout {
    private static final int SHORT = 16;
    private static final int SHARED_AT_MOST = 4096;

    final String resource;
    final String[] names;
    final FieldRule[][] chains;
    final int[] first;
    final int slots;
    private final Map<String, String> shared = new HashMap<>();

    Layout(ResourceMapping mapping) {
      resource = mapping.resource();
      int fields = mapping.fields().size();
      names = new String[fields];
      chains = new FieldRule[fields][];
      first = new int[fields];
      int slot = 0;
      int i = 0;
      for (Map.Entry<String, FieldRule> field : mapping.fields().entrySet()) {
        names[i] = field.getKey();
        chains[i] = field.getValue().chain().toArray(FieldRule[]::new);
        first[i] = slot;
        slot += chains[i].length;
        i++;
      }
      slots = slot;
    }

    String kept(String value) {
      if (value.length() > SHORT) {
        return value;
      }
      String known = shared.get(value);
      if (known != null) {
        return known;
      }
      if (shared.size() < SHARED_AT_MOST) {
        shared.put(value, value);
      }
      return value;
    }
  }

  /**
   * The rows of one record: the first non-empty value of each field wins, or their sum; a field
   * whose rule gives nothing over all the rows takes what the rule it falls back on gives.
   */
  private static final class Group {
    private final String file;
    private final long line;
    private final String key;

    /** Each rule's value, at {@link Layout#first} of its field plus its place in the chain. */
    private final String[] slots;

    private boolean failed;

    /**
     * @param key its group key, or null for a row of its own (whose key is its line)
     */
    Group(String file, long line, String key, Layout layout) {
      this.file = file;
      this.line = line;
      this.key = key;
      this.slots = new String[layout.slots];
    }

    String key() {
      return key != null ? key : "#" + line;
    }

    void add(Layout layout, Row row, List<Problem> problems) {
      for (int f = 0; f < layout.names.length; f++) {
        FieldRule[] chain = layout.chains[f];
        for (int r = 0; r < chain.length; r++) {
          FieldRule rule = chain[r];
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
                    key(),
                    layout.resource + "." + layout.names[f] + ": " + e.getMessage()));
            continue;
          }
          if (value == null) {
            continue;
          }
          int slot = layout.first[f] + r;
          if (slots[slot] == null) {
            slots[slot] = layout.kept(value);
          } else if (rule.sum()) {
            slots[slot] = FieldRule.add(slots[slot], value);
          }
        }
      }
    }

    Record record(Layout layout) {
      Map<String, Object> fields = new LinkedHashMap<>();
      Map<String, Object> metadata = new LinkedHashMap<>();
      for (int f = 0; f < layout.names.length; f++) {
        String value = null;
        for (int r = 0; r < layout.chains[f].length && value == null; r++) {
          value = slots[layout.first[f] + r];
        }
        if (value == null) {
          continue;
        }
        String name = layout.names[f];
        if (name.startsWith(METADATA)) {
          metadata.put(name.substring(METADATA.length()), value);
        } else {
          fields.put(name, value);
        }
      }
      if (!metadata.isEmpty()) {
        fields.put("metadata", metadata);
      }
      return new Record(layout.resource, file, line, key(), fields);
    }
  }
}
