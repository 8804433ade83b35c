package com.zangsho.importer;

import com.zangsho.mapping.ExportFile;
import com.zangsho.mapping.Mapping;
import com.zangsho.mapping.ResourceMapping;
import com.zangsho.mapping.Row;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The failed-rows file of an export imported through a mapping: every row of a record that failed,
 * with the export's own columns, in the file's order, each once (its first failure), so that fixed
 * it imports again with the same mapping. Failures are kept by record (its group key) while the
 * parts import; the rows are found again in one more pass over the file when it is closed.
 */
final class MappedFailedRows implements FailedRows {
  private record Failure(String reason, String message) {}

  private final Path export;
  private final Charset encoding;
  private final Mapping mapping;
  private final Path path;
  private final Map<String, Map<String, Failure>> byResourceAndKey = new HashMap<>();
  private final Map<Long, Failure> byLine = new HashMap<>();
  private Path written;

  /** The first failures, as {@code line N: reason: message}, for a preview to show. */
  private final List<String> first = new ArrayList<>();

  /** The resource whose records' failures come next. */
  private String resource;

  /**
   * @param encoding the export's encoding, as it was read
   */
  MappedFailedRows(Path export, Charset encoding, Mapping mapping) {
    this.export = export;
    this.encoding = encoding;
    this.mapping = mapping;
    this.path = export.resolveSibling(export.getFileName() + ".failed.csv");
  }

  /** The next failures are of this resource's records. */
  synchronized void resource(Resource resource) {
    this.resource = resource.itemsField;
  }

  @Override
  public synchronized void failed(InputRow row, String reason, String message) {
    Failure failure = new Failure(reason, resource + ": " + (message == null ? "" : message));
    if (first.size() < Preview.ROWS) {
      first.add("line %d: %s: %s".formatted(row.line(), reason, failure.message()));
    }
    if (row.key() == null) {
      byLine.putIfAbsent(row.line(), failure);
    } else {
      byResourceAndKey
          .computeIfAbsent(resource, r -> new HashMap<>())
          .putIfAbsent(row.key(), failure);
    }
  }

  synchronized List<String> first() {
    return List.copyOf(first);
  }

  @Override
  public synchronized Path path() {
    return byLine.isEmpty() && byResourceAndKey.isEmpty() ? null : path;
  }

  /** Writes the failed rows, when there are any. */
  @Override
  public synchronized void close() throws IOException {
    if (path() == null || written != null) {
      return;
    }
    try (ExportFile file = ExportFile.reopen(export, encoding)) {
      List<String> columns = new ArrayList<>(file.headers());
      columns.removeAll(ColumnMapping.FAILED_FILE_COLUMNS);
      List<String> header = new ArrayList<>(columns);
      header.addAll(List.of("line", "reason", "message"));
      try (CsvReport report = new CsvReport(path, header)) {
        for (Row row : file) {
          Failure failure = failureOf(row);
          if (failure != null) {
            List<String> cells = new ArrayList<>(header.size());
            columns.forEach(column -> cells.add(row.values().getOrDefault(column, "")));
            cells.add(Long.toString(row.line()));
            cells.add(failure.reason());
            cells.add(failure.message());
            report.write(cells);
          }
        }
      }
    }
    written = path;
  }

  private Failure failureOf(Row row) {
    Failure failure = byLine.get(row.line());
    for (ResourceMapping part : mapping.resources()) {
      Map<String, Failure> failures = byResourceAndKey.get(part.resource());
      if (failure != null || failures == null || part.skips(row)) {
        continue;
      }
      String key = part.keyOf(row);
      failure = key == null ? null : failures.get(key);
    }
    return failure;
  }
}
