package com.zangsho.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends batches to the documented batch endpoints, and nothing else of the server: every request
 * carries the token and an {@code X-Idempotency-Key}. Network errors, 5xx (503 included) and 409
 * (the same key still running, or a lost race) are retried with backoff; 429 is waited out; any
 * other 4xx is the batch's answer, never retried.
 */
final class ApiClient {
  private final URI base;
  private final String token;
  private final Pacer pacer;
  private final int retries;
  private final Stats stats = new Stats();

  /** Requests sent and how many the server answered 429. */
  static final class Stats {
    private long requests;
    private long throttled;

    synchronized void sent(int status) {
      requests++;
      if (status == 429) {
        throttled++;
      }
    }

    synchronized long requests() {
      return requests;
    }

    synchronized long throttled() {
      return throttled;
    }
  }

  /** The server refused the token (401) or its abilities (403): no batch can succeed. */
  static final class Refused extends Exception {
    Refused(String message) {
      super(message);
    }
  }

  /** The server could not be reached, or kept failing, through every retry. */
  static final class Unreachable extends Exception {
    Unreachable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  ApiClient(URI base, String token, Pacer pacer, int retries) {
    this.base = base;
    this.token = token;
    this.pacer = pacer;
    this.retries = retries;
  }

  /**
   * Keeps a connection open per worker between requests. {@link HttpURLConnection} rather than
   * {@code java.net.http.HttpClient}: a blocking request on a kept-alive socket costs the client a
   * fraction of the CPU of the asynchronous client's machinery, which on a machine shared with the
   * server is the server's loss (docs/performance.md, the importer).
   */
  static void keepConnections(int workers) {
    System.setProperty("http.maxConnections", Integer.toString(Math.max(5, workers)));
  }

  /** A response: its status, the headers the client reads, its body. */
  private record Answer(
      int status,
      OptionalLong limit,
      OptionalLong remaining,
      OptionalLong retryAfter,
      byte[] body) {}

  Stats stats() {
    return stats;
  }

  /** Sends one batch until the server gives it an answer. */
  BatchOutcome send(Resource resource, ObjectNode body, int rows, String idempotencyKey)
      throws Refused, Unreachable, InterruptedException {
    byte[] json;
    try {
      json = ColumnMapping.JSON.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
    Answer answer =
        exchange(base.resolve(resource.path), Duration.ofMinutes(2), idempotencyKey, json);
    if (answer.status() == 200) {
      return BatchOutcome.fromResponse(answer.body(), rows);
    }
    return BatchOutcome.allFailed(rows, "http_" + answer.status(), message(answer.body()));
  }

  /**
   * The id of the customer whose external_id this is ({@code GET /v1/customers/{external_id}}), or
   * empty when the tenant has none.
   */
  OptionalLong customerId(String externalId) throws Refused, Unreachable, InterruptedException {
    String segment = URLEncoder.encode(externalId, StandardCharsets.UTF_8).replace("+", "%20");
    Answer answer =
        exchange(base.resolve("/v1/customers/" + segment), Duration.ofSeconds(30), null, null);
    return answer.status() == 200
        ? OptionalLong.of(json(answer.body()).path("data").path("id").asLong())
        : OptionalLong.empty();
  }

  /**
   * Sends until the server answers: after a network error, a 409 or a 5xx it tries again (backing
   * off, at most {@code retries} times), after a 429 when the server says; a refused token ends the
   * import.
   */
  private Answer exchange(URI uri, Duration timeout, String idempotencyKey, byte[] json)
      throws Refused, Unreachable, InterruptedException {
    for (int attempt = 0; ; ) {
      pacer.awaitTurn();
      Answer answer;
      try {
        answer = request(uri, timeout, idempotencyKey, json);
      } catch (IOException e) {
        attempt = backOff(attempt, e.toString(), e);
        continue;
      }
      int status = answer.status();
      stats.sent(status);
      pacer.observe(answer.limit(), answer.remaining());
      if (status == 429) {
        pacer.pause(Duration.ofSeconds(answer.retryAfter().orElse(1)));
        continue;
      }
      if (status == 401 || status == 403) {
        throw new Refused(
            "the server refused the token (" + status + "): " + message(answer.body()));
      }
      if (status == 409 || status >= 500) {
        answer.retryAfter().ifPresent(seconds -> pacer.pause(Duration.ofSeconds(seconds)));
        attempt = backOff(attempt, "HTTP " + status + ": " + message(answer.body()), null);
        continue;
      }
      return answer;
    }
  }

  /** One request: a POST of {@code json}, or a GET when it is null. */
  private Answer request(URI uri, Duration timeout, String idempotencyKey, byte[] json)
      throws IOException {
    HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
    connection.setConnectTimeout(10_000);
    connection.setReadTimeout((int) timeout.toMillis());
    connection.setRequestProperty("Authorization", "Bearer " + token);
    connection.setRequestProperty("Accept", "application/json");
    if (idempotencyKey != null) {
      connection.setRequestProperty("X-Idempotency-Key", idempotencyKey);
    }
    if (json != null) {
      connection.setRequestMethod("POST");
      connection.setRequestProperty("Content-Type", "application/json");
      connection.setDoOutput(true);
      connection.setFixedLengthStreamingMode(json.length);
      try (OutputStream out = connection.getOutputStream()) {
        out.write(json);
      }
    }
    int status = connection.getResponseCode();
    // Read to the end, error bodies too, so that the connection goes back to the pool.
    InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
    byte[] body;
    try (InputStream stream = in == null ? InputStream.nullInputStream() : in) {
      body = stream.readAllBytes();
    }
    return new Answer(
        status,
        header(connection, "X-RateLimit-Limit"),
        header(connection, "X-RateLimit-Remaining"),
        header(connection, "Retry-After"),
        body);
  }

  /** Sleeps before the next attempt: 0.5 s doubling to 30 s, with jitter; the attempt count. */
  private int backOff(int attempt, String problem, Exception cause)
      throws Unreachable, InterruptedException {
    if (attempt >= retries) {
      throw new Unreachable(
          "gave up after " + (attempt + 1) + " attempts; last: " + problem, cause);
    }
    long millis = Math.min(30_000, 500L << Math.min(attempt, 10));
    Thread.sleep(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
    return attempt + 1;
  }

  private static OptionalLong header(HttpURLConnection connection, String name) {
    String value = connection.getHeaderField(name);
    return value != null && value.strip().matches("[0-9]{1,12}")
        ? OptionalLong.of(Long.parseLong(value.strip()))
        : OptionalLong.empty();
  }

  private static JsonNode json(byte[] body) {
    try {
      return ColumnMapping.JSON.readTree(body);
    } catch (IOException e) {
      return ColumnMapping.JSON.createObjectNode();
    }
  }

  /** The contract's error body's {@code message} (and first field error), else the body. */
  private static String message(byte[] body) {
    JsonNode json = json(body);
    String message = json.path("message").asText(new String(body, StandardCharsets.UTF_8));
    JsonNode errors = json.path("errors");
    if (errors.isObject() && errors.fields().hasNext()) {
      var first = errors.fields().next();
      message += " (" + first.getKey() + ": " + first.getValue().path(0).asText() + ")";
    }
    return message.length() > 500 ? message.substring(0, 500) : message;
  }
}
