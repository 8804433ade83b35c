package com.zangsho.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

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

  /** From the {@code data} of a batch response (docs/api.md §8). */
  static BatchOutcome fromResponse(JsonNode data, int rows) {
    RowOutcome[] outcomes = new RowOutcome[rows];
    JsonNode results = data.path("results");
    for (Kind kind : Kind.values()) {
      for (JsonNode result : results.path(kind.wireName())) {
        int index = result.path("index").asInt(-1);
        if (index >= 0 && index < rows) {
          outcomes[index] =
              new RowOutcome(kind, text(result.get("reason")), text(result.get("message")));
        }
      }
    }
    List<RowOutcome> list = new ArrayList<>(rows);
    for (RowOutcome outcome : outcomes) {
      // A server that left a row out of every list has not said it did anything with it.
      list.add(outcome != null ? outcome : new RowOutcome(Kind.FAILED, "no_result", null));
    }
    return new BatchOutcome(List.copyOf(list));
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
