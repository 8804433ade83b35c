package com.zangsho.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Map;

/**
 * A JSON array of objects, read one element at a time. An element that is not an object is
 * unreadable; broken JSON ends the file there, as nothing after it can be trusted to be a row.
 */
final class JsonArrayRows extends StreamedRows {
  private final Path file;
  private final JsonParser parser;
  private final ColumnMapping mapping;

  JsonArrayRows(Path file, Reader text, ColumnMapping mapping) throws IOException {
    this.file = file;
    this.mapping = mapping;
    this.parser = ColumnMapping.JSON.getFactory().createParser(text);
    JsonToken first = parser.nextToken();
    if (first == null) {
      done = true;
    } else if (first != JsonToken.START_ARRAY) {
      done = true;
      putBack(
          InputRow.unreadable(
              1, Map.of(), file.getFileName() + ": a .json file must hold an array of objects"));
    }
  }

  @Override
  protected InputRow read() {
    long line = parser.currentLocation().getLineNr();
    try {
      JsonToken token = parser.nextToken();
      if (token == null || token == JsonToken.END_ARRAY) {
        done = true;
        return null;
      }
      line = parser.currentTokenLocation().getLineNr();
      JsonNode value = ColumnMapping.JSON.readTree(parser);
      if (value instanceof ObjectNode object) {
        return InputRow.read(line, ColumnMapping.columns(object), mapping.item(object));
      }
      return InputRow.unreadable(
          line,
          Map.of("json", value.toString()),
          "%s line %d: not a JSON object".formatted(file.getFileName(), line));
    } catch (IOException e) {
      done = true;
      return InputRow.unreadable(
          line,
          Map.of(),
          "%s line %d, column %d: %s; the rest of the file cannot be read"
              .formatted(
                  file.getFileName(),
                  parser.currentLocation().getLineNr(),
                  parser.currentLocation().getColumnNr(),
                  CsvRows.firstLine(e.getMessage())));
    }
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
