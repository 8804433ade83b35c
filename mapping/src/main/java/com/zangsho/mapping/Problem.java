package com.zangsho.mapping;

/**
 * What could not be mapped, and where: a row stays out of the result when one of its fields has a
 * problem.
 *
 * @param column the export's column, or null when the problem is the row's (a missing group key)
 * @param value the cell as the file has it, or null
 * @param key the group key of the record it keeps out, or null when the row has none
 */
public record Problem(
    String file, long line, String column, String value, String key, String message) {
  @Override
  public String toString() {
    return file
        + ":"
        + line
        + (column == null ? "" : " column " + column)
        + (value == null ? "" : " value \"" + value + "\"")
        + ": "
        + message;
  }
}
