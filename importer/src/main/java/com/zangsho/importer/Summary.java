package com.zangsho.importer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** The end of an import: a table for people, and {@code --summary out.json} for machines. */
final class Summary {
  private Summary() {}

  static void print(PrintStream out, List<FileResult> files) {
    String format = "%-28s %-13s %10s %10s %10s %10s %9s %10s%n";
    out.printf(
        format, "file", "resource", "created", "updated", "skipped", "failed", "time", "rows/s");
    for (FileResult file : files) {
      out.printf(
          format,
          file.file().getFileName(),
          file.resource().itemsField,
          "%,d".formatted(file.created()),
          "%,d".formatted(file.updated()),
          "%,d".formatted(file.skipped()),
          "%,d".formatted(file.failed()),
          "%.1f s".formatted(file.seconds()),
          "%,.0f".formatted(file.rowsPerSecond()));
    }
    for (FileResult file : files) {
      if (file.failedRows() != null) {
        out.printf(
            "%s: %,d rows failed, listed with their reasons in %s%n",
            file.file().getFileName(), file.failed(), file.failedRows());
      }
      if (file.dryRunReport() != null) {
        out.printf(
            "%s: what each row would do is in %s%n",
            file.file().getFileName(), file.dryRunReport());
      }
    }
  }

  static void write(Path path, List<FileResult> files, ApiClient.Stats stats, int exitCode)
      throws IOException {
    ObjectNode summary = JsonNodeFactory.instance.objectNode();
    ArrayNode list = summary.putArray("files");
    for (FileResult file : files) {
      list.addObject()
          .put("file", file.file().toString())
          .put("resource", file.resource().itemsField)
          .put("rows", file.rows())
          .put("created", file.created())
          .put("updated", file.updated())
          .put("skipped", file.skipped())
          .put("failed", file.failed())
          .put("seconds", file.seconds())
          .put("rows_per_second", file.rowsPerSecond())
          .put("failed_rows_file", file.failedRows() == null ? null : file.failedRows().toString())
          .put(
              "dry_run_report",
              file.dryRunReport() == null ? null : file.dryRunReport().toString());
    }
    summary.put("requests", stats.requests());
    summary.put("throttled_requests", stats.throttled());
    summary.put("exit_code", exitCode);
    ColumnMapping.JSON.writerWithDefaultPrettyPrinter().writeValue(path.toFile(), summary);
  }
}
