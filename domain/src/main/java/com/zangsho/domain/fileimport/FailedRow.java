package com.zangsho.domain.fileimport;

import java.util.List;

/**
 * A row of an imported file that did not land, with why: a rule it broke (rendered in the reader's
 * language when the failed-rows file is served) or a problem its mapping had with it.
 *
 * @param resource what the row was to become, e.g. {@code customers}: a row of an export may feed
 *     two
 * @param line the file line of the row (of its first row, for a record made of several)
 * @param reason the wire code, e.g. {@code validation_error}
 * @param field the field of the broken rule, or null
 * @param rule the rule's message key ({@code Rule}), or null with {@code message}
 * @param args the rule's arguments
 * @param message the problem's own text when there is no rule
 */
public record FailedRow(
    String resource,
    long line,
    String reason,
    String field,
    String rule,
    List<String> args,
    String message) {
  public FailedRow {
    args = List.copyOf(args);
  }
}
