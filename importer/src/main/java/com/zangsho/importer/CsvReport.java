package com.zangsho.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file the importer writes beside an input, created on its first row only: the failed rows
 * ({@code <file>.failed.csv}: the input's own columns, then {@code line}, {@code reason}, {@code
 * message}; fixed, it imports as it is) and a dry run's report ({@code <file>.dry-run.csv}).
 */
final class CsvReport implements FailedRows {
  private final Path path;
  private final List<String> header;
  private CSVPrinter out;
  private long rows;

  CsvReport(Path path, List<String> header) throws IOException {
    this.path = path;
    this.header = List.copyOf(header);
    // A report of an earlier run would be read as this one's.
    Files.deleteIfExists(path);
  }

  /** The failed rows of {@code file}: its columns, then the line and why. */
  static CsvReport failedRows(InputFile file) throws IOException {
    List<String> header = new ArrayList<>(file.columns());
    header.removeAll(ColumnMapping.FAILED_FILE_COLUMNS);
    header.addAll(List.of("line", "reason", "message"));
    return new CsvReport(file.beside(".failed.csv"), header);
  }

  /** A failed row: its own cells, its line, reason and message. */
  @Override
  public synchronized void failed(InputRow row, String reason, String message) {
    List<String> cells = new ArrayList<>(header.size());
    for (String column : header.subList(0, header.size() - 3)) {
      cells.add(row.columns().getOrDefault(column, ""));
    }
    cells.add(Long.toString(row.line()));
    cells.add(reason);
    cells.add(message == null ? "" : message);
    write(cells);
  }

  synchronized void write(List<String> cells) {
    try {
      if (out == null) {
        out =
            new CSVPrinter(
                Files.newBufferedWriter(path, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
      }
      out.printRecord(cells);
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  /** The file, or null when no row was written (and so no file). */
  @Override
  public synchronized Path path() {
    return rows == 0 ? null : path;
  }

  @Override
  public synchronized void close() throws IOException {
    if (out != null) {
      out.close();
    }
  }
}
