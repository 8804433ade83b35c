package com.zangsho.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the server did with one batch: the outcome of each of its rows, by index in the batch.
 *
 * @param outcomes one per row of the batch, in its order
 */
record BatchOutcome(List<RowOutcome> outcomes) {
  enum Kind {
    CREATED,
    UPDATED,
    SKIPPED,
    FAILED;

    String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One row's outcome; {@code reason} and {@code message} as the server gave them, else null. */
  record RowOutcome(Kind kind, String reason, String message) {}

  private static final Map<String, Kind> KINDS =
      Map.of(
          "created", Kind.CREATED,
          "updated", Kind.UPDATED,
          "skipped", Kind.SKIPPED,
          "failed", Kind.FAILED);

  /**
   * From a batch response's body (docs/api.md §8): each row's outcome from {@code
   * data.results.<kind>[].index}, read as the parser streams by rather than as a tree (a 100-row
   * answer each batch: the client's CPU is the server's, on a machine they share). A body that is
   * not such JSON leaves its rows without a result.
   */
  static BatchOutcome fromResponse(byte[] body, int rows) {
    RowOutcome[] outcomes = new RowOutcome[rows];
    try (JsonParser parser = ColumnMapping.JSON.getFactory().createParser(body)) {
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          if (parser.nextToken() == JsonToken.START_OBJECT && field.equals("data")) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
              String inner = parser.currentName();
              if (parser.nextToken() == JsonToken.START_OBJECT && inner.equals("results")) {
                readResults(parser, outcomes);
              } else {
                parser.skipChildren();
              }
            }
          } else {
            parser.skipChildren();
          }
        }
      }
    } catch (IOException e) {
      // Not the batch answer: its rows have no result, below.
    }
    List<RowOutcome> list = new ArrayList<>(rows);
    for (RowOutcome outcome : outcomes) {
      // A server that left a row out of every list has not said it did anything with it.
      list.add(outcome != null ? outcome : new RowOutcome(Kind.FAILED, "no_result", null));
    }
    return new BatchOutcome(List.copyOf(list));
  }

  /** {@code results}: a list of outcomes per kind; the parser is at its opening brace. */
  private static void readResults(JsonParser parser, RowOutcome[] outcomes) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      Kind kind = KINDS.get(parser.currentName());
      if (parser.nextToken() != JsonToken.START_ARRAY || kind == null) {
        parser.skipChildren();
        continue;
      }
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        int index = -1;
        String reason = null;
        String message = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          parser.nextToken();
          switch (field) {
            case "index" -> index = parser.getValueAsInt(-1);
            case "reason" -> reason = parser.getValueAsString();
            case "message" -> message = parser.getValueAsString();
            default -> parser.skipChildren();
          }
        }
        if (index >= 0 && index < outcomes.length) {
          outcomes[index] = new RowOutcome(kind, reason, message);
        }
      }
    }
  }

  /** Every row failed for one reason: the server refused the whole batch. */
  static BatchOutcome allFailed(int rows, String reason, String message) {
    return new BatchOutcome(
        java.util.Collections.nCopies(rows, new RowOutcome(Kind.FAILED, reason, message)));
  }

  long count(Kind kind) {
    return outcomes.stream().filter(outcome -> outcome.kind() == kind).count();
  }

  /** As a checkpoint keeps it: the counts, and the failed rows with their reasons. */
  ObjectNode toJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    ArrayNode kinds = json.putArray("kinds");
    ArrayNode failures = json.putArray("failed");
    for (int i = 0; i < outcomes.size(); i++) {
      RowOutcome outcome = outcomes.get(i);
      kinds.add(outcome.kind().ordinal());
      if (outcome.kind() == Kind.FAILED) {
        failures
            .addObject()
            .put("index", i)
            .put("reason", outcome.reason())
            .put("message", outcome.message());
      }
    }
    return json;
  }

  static BatchOutcome fromJson(JsonNode json) {
    List<RowOutcome> outcomes = new ArrayList<>();
    for (JsonNode kind : json.path("kinds")) {
      outcomes.add(new RowOutcome(Kind.values()[kind.asInt()], null, null));
    }
    for (JsonNode failure : json.path("failed")) {
      outcomes.set(
          failure.path("index").asInt(),
          new RowOutcome(Kind.FAILED, text(failure.get("reason")), text(failure.get("message"))));
    }
    return new BatchOutcome(List.copyOf(outcomes));
  }

  private static String text(JsonNode value) {
    return value == null || value.isNull() ? null : value.asText();
  }
}
