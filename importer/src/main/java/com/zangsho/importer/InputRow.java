package com.zangsho.importer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * One row of an input file (or one record a mapping made of its rows): where it starts, its columns
 * as the file gave them (what a failed-rows file repeats) and the batch item built from them, or
 * why it could not be made into one.
 *
 * @param line the 1-based line the row starts on
 * @param columns column name to text, in the file's order; nested values as JSON text; empty for a
 *     mapped record, whose rows the failed-rows file finds again by {@code key}
 * @param key a mapped record's group key, or null
 * @param item the API item, or null when the row could not be read
 * @param reason why not, as a failed-rows file says it ({@code unreadable}, {@code unmappable},
 *     {@code customer_not_found}), or null
 * @param problem why not, naming the file, line and column, or null
 */
record InputRow(
    long line,
    Map<String, String> columns,
    String key,
    ObjectNode item,
    String reason,
    String problem) {
  static InputRow read(long line, Map<String, String> columns, ObjectNode item) {
    return new InputRow(line, columns, null, item, null, null);
  }

  static InputRow unreadable(long line, Map<String, String> columns, String problem) {
    return new InputRow(line, columns, null, null, "unreadable", problem);
  }

  static InputRow mapped(long line, String key, ObjectNode item) {
    return new InputRow(line, Map.of(), key, item, null, null);
  }

  static InputRow refused(long line, String key, String reason, String problem) {
    return new InputRow(line, Map.of(), key, null, reason, problem);
  }

  boolean readable() {
    return problem == null;
  }
}
