package com.zangsho.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * A batch endpoint on a free local port: answers queued statuses first (503, 429, …), then 200 with
 * an item created when it has an {@code email} and failed with the contract's first error when not.
 */
final class StubServer implements AutoCloseable {
  /** A queued answer that is not a batch result. */
  record Canned(int status, String retryAfter, String body) {}

  private final HttpServer server;
  private final Deque<Canned> canned = new ArrayDeque<>();
  private int okBeforeCanned;
  final List<String> keys = Collections.synchronizedList(new ArrayList<>());
  final List<JsonNode> bodies = Collections.synchronizedList(new ArrayList<>());

  StubServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** The queued answers start after this many batch results. */
  synchronized StubServer after(int batchResults) {
    okBeforeCanned = batchResults;
    return this;
  }

  synchronized StubServer then(int status, String retryAfter, String body) {
    canned.add(new Canned(status, retryAfter, body));
    return this;
  }

  private void handle(HttpExchange exchange) throws IOException {
    Canned next;
    synchronized (this) {
      next = okBeforeCanned > 0 ? null : canned.poll();
      okBeforeCanned = Math.max(0, okBeforeCanned - 1);
    }
    keys.add(exchange.getRequestHeaders().getFirst("X-Idempotency-Key"));
    JsonNode body = ColumnMapping.JSON.readTree(exchange.getRequestBody());
    exchange.getResponseHeaders().add("X-RateLimit-Limit", "6000");
    exchange.getResponseHeaders().add("X-RateLimit-Remaining", "5999");
    if (next != null) {
      if (next.retryAfter() != null) {
        exchange.getResponseHeaders().add("Retry-After", next.retryAfter());
      }
      respond(exchange, next.status(), next.body());
      return;
    }
    bodies.add(body);
    respond(exchange, 200, results(body).toString());
  }

  private static ObjectNode results(JsonNode body) {
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    ObjectNode results = data.putObject("results");
    ArrayNode created = results.putArray("created");
    results.putArray("updated");
    results.putArray("skipped");
    ArrayNode failed = results.putArray("failed");
    JsonNode items = body.path("customers");
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).hasNonNull("email")) {
        created
            .addObject()
            .put("index", i)
            .put("id", i + 1)
            .put("identifier", items.get(i).get("email").asText());
      } else {
        failed
            .addObject()
            .put("index", i)
            .put("reason", "validation_error")
            .put("message", "email 欄位為必填")
            .putNull("identifier");
      }
    }
    data.put("created", created.size()).put("failed", failed.size());
    return JsonNodeFactory.instance.objectNode().set("data", data);
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
