package com.zangsho.mapping;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One data row of an export file, by its header names (trimmed, without a byte-order mark). The
 * rows of a file share one index of its header, so that a row is its cells and nothing more.
 */
public final class Row {
  private final String file;
  private final long line;
  private final Map<String, Integer> columns;
  private final String[] cells;

  private Row(String file, long line, Map<String, Integer> columns, String[] cells) {
    this.file = file;
    this.line = line;
    this.columns = columns;
    this.cells = cells;
  }

  /**
   * A row of the given cells by column name (a test's, or a file's made by hand).
   *
   * @param line the row's line in the file (the header is line 1)
   */
  public Row(String file, long line, Map<String, String> values) {
    this(
        file,
        line,
        index(values.keySet().toArray(String[]::new)),
        values.values().toArray(String[]::new));
  }

  /** A file's header as rows look their columns up: a name's first place. */
  static Map<String, Integer> index(String[] headers) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < headers.length; i++) {
      index.putIfAbsent(headers[i], i);
    }
    return index;
  }

  /** A row of a file whose header {@link #index} made {@code columns}. */
  static Row of(String file, long line, Map<String, Integer> columns, String[] cells) {
    return new Row(file, line, columns, cells);
  }

  /** The cells, in the file's column order. */
  public List<String> cells() {
    return Arrays.asList(cells);
  }

  public String file() {
    return file;
  }

  /** The row's line in the file (the header is line 1). */
  public long line() {
    return line;
  }

  /** Every cell by its column, in the file's order; a row shorter than the header has blanks. */
  public Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    columns.forEach((name, i) -> values.put(name, i < cells.length ? cells[i] : ""));
    return values;
  }

  /** The cell of {@code column}, trimmed; null when the column is missing or the cell is blank. */
  public String get(String column) {
    Integer i = columns.get(column);
    if (i == null || i >= cells.length || cells[i] == null) {
      return null;
    }
    String trimmed = cells[i].strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  @Override
  public String toString() {
    return file + ":" + line + " " + Arrays.toString(cells);
  }
}
