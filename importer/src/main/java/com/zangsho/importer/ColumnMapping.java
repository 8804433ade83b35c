package com.zangsho.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a file's columns become an API item: renamed by {@code --map file-column=api_field} (or a
 * mapping file of such lines), {@code metadata.<key>} columns gathered into the metadata object, an
 * empty cell left out (so an update changes only what the row gives), ids sent as JSON numbers. The
 * columns a failed-rows file adds ({@code line}, {@code reason}, {@code message}) are dropped, so
 * such a file, once fixed, imports as it is.
 */
final class ColumnMapping {
  static final String METADATA = "metadata";
  static final String METADATA_PREFIX = METADATA + ".";

  /** Added by {@link FailedRows}; never API fields. */
  static final Set<String> FAILED_FILE_COLUMNS = Set.of("line", "reason", "message");

  /** Integers in the contract (ids); every other scalar the API takes as text. */
  private static final Set<String> INTEGER_FIELDS = Set.of("customer_id");

  static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> renames;

  ColumnMapping(Map<String, String> renames) {
    this.renames = Map.copyOf(renames);
  }

  static ColumnMapping none() {
    return new ColumnMapping(Map.of());
  }

  /**
   * From {@code --map} values and an optional mapping file, each {@code file-column=api_field}; a
   * mapping file may have blank lines and {@code #} comments. A later rename of one column wins.
   *
   * @throws IllegalArgumentException naming the entry that has no {@code =}
   */
  static ColumnMapping of(List<String> entries, Path file) throws IOException {
    Map<String, String> renames = new HashMap<>();
    if (file != null) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          put(renames, entry);
        }
      }
    }
    entries.forEach(entry -> put(renames, entry));
    return new ColumnMapping(renames);
  }

  private static void put(Map<String, String> renames, String entry) {
    int equals = entry.indexOf('=');
    if (equals <= 0 || equals == entry.length() - 1) {
      throw new IllegalArgumentException(
          "a mapping is file-column=api_field, not \"" + entry + "\"");
    }
    renames.put(entry.substring(0, equals).strip(), entry.substring(equals + 1).strip());
  }

  /** The API field a column feeds, or null for one the item leaves out. */
  String field(String column) {
    String field = renames.getOrDefault(column, column);
    return FAILED_FILE_COLUMNS.contains(field) ? null : field;
  }

  /** The item of a CSV row. */
  ObjectNode item(Map<String, String> columns) {
    ObjectNode item = JsonNodeFactory.instance.objectNode();
    columns.forEach(
        (column, text) -> {
          String field = field(column);
          if (field == null || text == null || text.isEmpty()) {
            return;
          }
          if (field.startsWith(METADATA_PREFIX)) {
            metadata(item).put(field.substring(METADATA_PREFIX.length()), text);
          } else if (field.equals(METADATA) && metadataObject(text) != null) {
            metadata(item).setAll(metadataObject(text));
          } else if (INTEGER_FIELDS.contains(field) && text.matches("[0-9]{1,18}")) {
            item.put(field, Long.parseLong(text));
          } else {
            item.put(field, text);
          }
        });
    return item;
  }

  /** The item of a JSON row: the object itself, its top-level names renamed. */
  ObjectNode item(ObjectNode row) {
    ObjectNode item = JsonNodeFactory.instance.objectNode();
    row.fields()
        .forEachRemaining(
            entry -> {
              String field = field(entry.getKey());
              if (field != null) {
                item.set(field, entry.getValue());
              }
            });
    return item;
  }

  /** A JSON row's columns, as a failed-rows file shows them: metadata flattened to its keys. */
  static Map<String, String> columns(ObjectNode row) {
    Map<String, String> columns = new LinkedHashMap<>();
    row.fields()
        .forEachRemaining(
            entry -> {
              JsonNode value = entry.getValue();
              if (entry.getKey().equals(METADATA) && value.isObject()) {
                value
                    .fields()
                    .forEachRemaining(
                        meta ->
                            columns.put(METADATA_PREFIX + meta.getKey(), text(meta.getValue())));
              } else {
                columns.put(entry.getKey(), text(value));
              }
            });
    return columns;
  }

  private static String text(JsonNode value) {
    return value.isNull() ? "" : value.isValueNode() ? value.asText() : value.toString();
  }

  private static ObjectNode metadata(ObjectNode item) {
    return item.has(METADATA) && item.get(METADATA).isObject()
        ? (ObjectNode) item.get(METADATA)
        : item.putObject(METADATA);
  }

  /**
   * A metadata cell's JSON object, or null for other text: that is sent as it is, for the server's
   * own rule to refuse with its own message.
   */
  private static ObjectNode metadataObject(String text) {
    try {
      JsonNode parsed = JSON.readTree(text);
      return parsed != null && parsed.isObject() ? (ObjectNode) parsed : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
