package com.zangsho.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file (RFC 4180: quoted cells may hold commas, quotes and newlines) whose first row names
 * the columns. A row with another number of cells than the header is unreadable, and so is the rest
 * of a file after a quote that never closes.
 */
final class CsvRows extends StreamedRows {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  private final Path file;
  private final LineCountingReader text;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final ColumnMapping mapping;
  private final List<String> header;

  CsvRows(Path file, Reader text, ColumnMapping mapping) throws IOException {
    this.file = file;
    this.mapping = mapping;
    this.text = new LineCountingReader(text);
    this.parser = CSVParser.builder().setReader(this.text).setFormat(FORMAT).get();
    this.records = parser.iterator();
    List<String> names = List.of();
    try {
      names = records.hasNext() ? records.next().toList() : List.of();
    } catch (UncheckedIOException e) {
      putBack(unreadable(1, e));
    }
    header = names;
    done = header.isEmpty();
  }

  /** The column names, as the first line gives them. */
  List<String> header() {
    return header;
  }

  @Override
  protected InputRow read() {
    CSVRecord record;
    try {
      if (!records.hasNext()) {
        done = true;
        return null;
      }
      record = records.next();
      // Empty lines come as records of one empty cell (skipping them in the parser would put
      // their position, not the next record's, on that record).
      if (record.size() == 1 && record.get(0).isEmpty() && header.size() != 1) {
        return null;
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      done = true;
      return unreadable(parser.getCurrentLineNumber() + 1, e);
    }
    long line = text.lineAt(record.getCharacterPosition());
    Map<String, String> columns = new LinkedHashMap<>();
    for (int i = 0; i < Math.min(record.size(), header.size()); i++) {
      columns.put(header.get(i), record.get(i));
    }
    if (record.size() != header.size()) {
      return InputRow.unreadable(
          line,
          columns,
          "%s line %d: %d cells where the header has %d columns"
              .formatted(file.getFileName(), line, record.size(), header.size()));
    }
    return InputRow.read(line, columns, mapping.item(columns));
  }

  private InputRow unreadable(long line, RuntimeException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    return InputRow.unreadable(
        line,
        Map.of(),
        "%s line %d: %s; the rest of the file cannot be read"
            .formatted(file.getFileName(), line, firstLine(cause.getMessage())));
  }

  static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
