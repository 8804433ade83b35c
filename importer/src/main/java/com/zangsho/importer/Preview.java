package com.zangsho.importer;

import com.zangsho.mapping.FieldRule;
import com.zangsho.mapping.MappingEngine;
import com.zangsho.mapping.Problem;
import com.zangsho.mapping.ResourceMapping;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code --preview} shows before the server's dry run: where each target field comes from, the
 * first mapped records of each resource as a table, the columns nobody maps, and the rows the
 * mapping itself could not read.
 */
final class Preview {
  static final int ROWS = 10;
  private static final int WIDEST_CELL = 40;

  private Preview() {}

  static void print(PrintStream out, ExportImport export) throws IOException {
    String title = export.mapping().title();
    out.printf(
        "%s (%s) read by %s%s%n",
        export.path().getFileName(),
        export.encoding().displayName(),
        export.mappingName(),
        title == null ? "" : ": " + title);
    for (ResourceMapping part : export.mapping().resources()) {
      out.printf(
          "%n%s, one per %s%n",
          part.resource(), part.groupBy() == null ? "row" : "different " + part.groupBy());
      part.skipIf()
          .forEach(
              condition ->
                  out.printf(
                      "  (a row is left out when %s is %s)%n",
                      condition.column(),
                      condition.empty() ? "blank" : "\"" + condition.equals() + "\""));
      int width = part.fields().keySet().stream().mapToInt(String::length).max().orElse(0);
      part.fields()
          .forEach(
              (field, rule) ->
                  out.printf(
                      "  %-" + width + "s ← %s%n",
                      field,
                      String.join(
                          "; else ", rule.chain().stream().map(Preview::describe).toList())));
    }
    List<String> unmapped = export.mapping().unmapped(export.headers());
    out.printf(
        "%nColumns nobody maps: %s%n", unmapped.isEmpty() ? "none" : String.join(", ", unmapped));
    for (ResourceMapping part : export.mapping().resources()) {
      MappingEngine.Result result = export.map(part);
      List<MappingEngine.Record> first =
          result.records().subList(0, Math.min(ROWS, result.records().size()));
      int skipped = result.skipped().get(part.resource());
      out.printf(
          "%n%s: the first %d of %,d records%s%n",
          part.resource(),
          first.size(),
          result.records().size(),
          skipped == 0 ? "" : "; rows its skip_if leaves out: %,d".formatted(skipped));
      table(out, first);
      for (Problem problem :
          result.problems().subList(0, Math.min(ROWS, result.problems().size()))) {
        out.printf("  cannot map %s%n", problem);
      }
    }
    out.println();
  }

  private static String describe(FieldRule rule) {
    List<String> how = new ArrayList<>();
    if (!rule.values().isEmpty()) {
      how.add(rule.values().size() + " words translated");
    }
    if (rule.otherwise() != null) {
      how.add("others: " + rule.otherwise());
    }
    if (rule.dates() != null) {
      how.add("a time, in " + rule.dates().zone() + " unless it says");
    }
    if (rule.amount()) {
      how.add(
          "an amount"
              + (rule.times() == null ? "" : " times " + rule.times())
              + (rule.perInterval() == null ? "" : " per " + rule.perInterval()));
    }
    if (rule.sum()) {
      how.add("summed over the rows");
    }
    if (rule.optional()) {
      how.add("if the file has it");
    }
    return rule.source() + (how.isEmpty() ? "" : "  (" + String.join("; ", how) + ")");
  }

  private static void table(PrintStream out, List<MappingEngine.Record> records) {
    Set<String> fields = new LinkedHashSet<>();
    records.forEach(record -> fields.addAll(record.fields().keySet()));
    List<String> header = new ArrayList<>(List.of("line"));
    header.addAll(fields);
    List<List<String>> lines = new ArrayList<>();
    lines.add(header);
    for (MappingEngine.Record record : records) {
      List<String> cells = new ArrayList<>(List.of(Long.toString(record.line())));
      fields.forEach(field -> cells.add(cell(record.fields().get(field))));
      lines.add(cells);
    }
    int[] widths = new int[header.size()];
    lines.forEach(
        cells -> {
          for (int i = 0; i < cells.size(); i++) {
            widths[i] = Math.max(widths[i], cells.get(i).length());
          }
        });
    for (List<String> cells : lines) {
      StringBuilder text = new StringBuilder(" ");
      for (int i = 0; i < cells.size(); i++) {
        text.append(' ').append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length()));
      }
      out.println(text.toString().stripTrailing());
    }
  }

  private static String cell(Object value) {
    String text =
        value == null
            ? ""
            : value instanceof Map<?, ?> map
                ? ColumnMapping.JSON.valueToTree(map).toString()
                : value.toString();
    return text.length() > WIDEST_CELL ? text.substring(0, WIDEST_CELL - 1) + "…" : text;
  }
}
