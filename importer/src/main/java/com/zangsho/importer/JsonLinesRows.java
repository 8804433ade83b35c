package com.zangsho.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Map;

/** JSON Lines: an object per line. A line that is not one is unreadable; the next line is read. */
final class JsonLinesRows extends StreamedRows {
  private final Path file;
  private final BufferedReader lines;
  private final ColumnMapping mapping;
  private long lineNumber;

  JsonLinesRows(Path file, Reader text, ColumnMapping mapping) {
    this.file = file;
    this.lines = new BufferedReader(text, 1 << 16);
    this.mapping = mapping;
  }

  /** The next line's row, or null for a blank line or the end. */
  @Override
  protected InputRow read() {
    String line;
    try {
      line = lines.readLine();
    } catch (IOException e) {
      done = true;
      return InputRow.unreadable(
          lineNumber + 1,
          Map.of(),
          "%s line %d: %s; the rest of the file cannot be read"
              .formatted(file.getFileName(), lineNumber + 1, e.getMessage()));
    }
    if (line == null) {
      done = true;
      return null;
    }
    lineNumber++;
    if (line.isBlank()) {
      return null;
    }
    try {
      JsonNode value = ColumnMapping.JSON.readTree(line);
      if (value instanceof ObjectNode object) {
        return InputRow.read(lineNumber, ColumnMapping.columns(object), mapping.item(object));
      }
      return InputRow.unreadable(
          lineNumber,
          Map.of("json", line),
          "%s line %d: not a JSON object".formatted(file.getFileName(), lineNumber));
    } catch (JsonProcessingException e) {
      return InputRow.unreadable(
          lineNumber,
          Map.of("json", line),
          "%s line %d, column %d: %s"
              .formatted(
                  file.getFileName(),
                  lineNumber,
                  e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
                  e.getOriginalMessage()));
    }
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
