package com.zangsho.importer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * One row of an input file: where it starts, its columns as the file gave them (what a failed-rows
 * file repeats) and the batch item built from them, or why it could not be read.
 *
 * @param line the 1-based line the row starts on
 * @param columns column name to text, in the file's order; nested values as JSON text
 * @param item the API item, or null when the row could not be read
 * @param problem why the row could not be read (naming the file, line and column), or null
 */
record InputRow(long line, Map<String, String> columns, ObjectNode item, String problem) {
  static InputRow read(long line, Map<String, String> columns, ObjectNode item) {
    return new InputRow(line, columns, item, null);
  }

  static InputRow unreadable(long line, Map<String, String> columns, String problem) {
    return new InputRow(line, columns, null, problem);
  }

  boolean readable() {
    return problem == null;
  }
}
