package com.zangsho.web.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zangsho.domain.batch.ConflictStrategy;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.ValidationException;
import com.zangsho.domain.validation.Violation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchRequestTest {
  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static List<Violation> violations(String body) {
    return assertThrows(ValidationException.class, () -> BatchRequest.read(json(body), "customers"))
        .violations();
  }

  @Test
  void skipIsTheDefaultAndADryRunIsOff() {
    BatchRequest request = BatchRequest.read(json("{\"customers\": [{}]}"), "customers");

    assertEquals(ConflictStrategy.SKIP, request.onConflict());
    assertFalse(request.dryRun());
    assertEquals(1, request.items().size());
  }

  @Test
  void dryRunAcceptsLaravelsBooleans() {
    for (String value : List.of("true", "1", "\"1\"", "\"true\"")) {
      assertTrue(
          BatchRequest.read(json("{\"dry_run\": " + value + ", \"customers\": [{}]}"), "customers")
              .dryRun());
    }
    assertEquals(
        List.of(Violation.of("dry_run", Rule.BOOLEAN)),
        violations("{\"dry_run\": \"yes\", \"customers\": [{}]}"));
  }

  @Test
  void theItemsMustBeAnArrayOfOneToAHundred() {
    assertEquals(List.of(Violation.of("customers", Rule.REQUIRED)), violations("{}"));
    assertEquals(List.of(Violation.of("customers", Rule.ARRAY)), violations("{\"customers\": {}}"));
    assertEquals(
        List.of(Violation.of("customers", Rule.MIN_ITEMS, 1)), violations("{\"customers\": []}"));
    String hundredAndOne = "[" + "{},".repeat(100) + "{}]";
    assertEquals(
        List.of(Violation.of("customers", Rule.MAX_ITEMS, 100)),
        violations("{\"customers\": " + hundredAndOne + "}"));
  }

  @Test
  void anUnknownStrategyIsRejectedWithTheOtherFaults() {
    assertEquals(
        List.of(Violation.of("customers", Rule.REQUIRED), Violation.of("on_conflict", Rule.IN)),
        violations("{\"on_conflict\": \"replace\"}"));
    assertEquals(
        List.of(Violation.of("on_conflict", Rule.IN)),
        violations("{\"on_conflict\": 1, \"customers\": [1]}"));
  }
}
