package com.zangsho.mapping;

import java.util.Map;

/**
 * One data row of an export file, by its header names (trimmed, without a byte-order mark).
 *
 * @param line the row's line in the file (the header is line 1)
 */
public record Row(String file, long line, Map<String, String> values) {
  public Row {
    values = Map.copyOf(values);
  }

  /** The cell of {@code column}, trimmed; null when the column is missing or the cell is blank. */
  public String get(String column) {
    String value = values.get(column);
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
