package com.zangsho.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ApiClientTest {
  private static ObjectNode body(String... emails) {
    ObjectNode body = ColumnMapping.JSON.createObjectNode().put("on_conflict", "skip");
    var items = body.putArray("customers");
    for (String email : emails) {
      items.addObject().put("email", email);
    }
    return body;
  }

  private static ApiClient client(StubServer server, int retries) {
    return new ApiClient(server.base(), "token", new Pacer(1, Pacer.Clock.SYSTEM), retries);
  }

  @Test
  void a503AndA429AreWaitedOutWithTheSameKey() throws Exception {
    try (StubServer server =
        new StubServer()
            .then(503, "0", "{\"message\": \"資料庫暫時無法使用\"}")
            .then(429, "1", "{\"message\": \"請求過於頻繁,請稍後再試\"}")) {
      ApiClient client = client(server, 3);
      long start = System.nanoTime();

      BatchOutcome outcome = client.send(Resource.CUSTOMERS, body("a@x.tw"), 1, "key-1");

      assertEquals(1, outcome.count(BatchOutcome.Kind.CREATED));
      assertEquals(3, client.stats().requests());
      assertEquals(1, client.stats().throttled());
      assertEquals(java.util.List.of("key-1", "key-1", "key-1"), server.keys);
      assertEquals(true, System.nanoTime() - start >= 900_000_000L, "Retry-After: 1 was honoured");
    }
  }

  @Test
  void anotherClientErrorIsTheBatchsAnswerAndIsNotRetried() throws Exception {
    try (StubServer server =
        new StubServer()
            .then(
                422,
                null,
                "{\"message\": \"idempotency_key_reused\", \"errors\": {\"X-Idempotency-Key\": [\"reused\"]}}")) {
      ApiClient client = client(server, 3);

      BatchOutcome outcome = client.send(Resource.CUSTOMERS, body("a@x.tw", "b@x.tw"), 2, "k");

      assertEquals(2, outcome.count(BatchOutcome.Kind.FAILED));
      assertEquals("http_422", outcome.outcomes().get(0).reason());
      assertEquals(
          "idempotency_key_reused (X-Idempotency-Key: reused)",
          outcome.outcomes().get(0).message());
      assertEquals(1, client.stats().requests());
    }
  }

  @Test
  void aRefusedTokenStopsTheImportAndAnUnreachableServerIsGivenUp() throws Exception {
    try (StubServer server =
        new StubServer().then(401, null, "{\"message\": \"Unauthenticated.\"}")) {
      assertThrows(
          ApiClient.Refused.class,
          () -> client(server, 3).send(Resource.CUSTOMERS, body("a"), 1, "k"));
    }
    StubServer closed = new StubServer();
    closed.close();
    assertThrows(
        ApiClient.Unreachable.class,
        () -> client(closed, 1).send(Resource.CUSTOMERS, body("a"), 1, "k"));
  }
}
