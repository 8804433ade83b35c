package com.zangsho.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
  private final HttpClient http;
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
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

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
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(resource.path))
            .timeout(Duration.ofMinutes(2))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("X-Idempotency-Key", idempotencyKey)
            .POST(HttpRequest.BodyPublishers.ofByteArray(json))
            .build();
    HttpResponse<String> response = exchange(request);
    if (response.statusCode() == 200) {
      return BatchOutcome.fromResponse(json(response.body()).path("data"), rows);
    }
    return BatchOutcome.allFailed(rows, "http_" + response.statusCode(), message(response.body()));
  }

  /**
   * The id of the customer whose external_id this is ({@code GET /v1/customers/{external_id}}), or
   * empty when the tenant has none.
   */
  OptionalLong customerId(String externalId) throws Refused, Unreachable, InterruptedException {
    String segment = URLEncoder.encode(externalId, StandardCharsets.UTF_8).replace("+", "%20");
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/v1/customers/" + segment))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<String> response = exchange(request);
    return response.statusCode() == 200
        ? OptionalLong.of(json(response.body()).path("data").path("id").asLong())
        : OptionalLong.empty();
  }

  /**
   * Sends until the server answers: after a network error, a 409 or a 5xx it tries again (backing
   * off, at most {@code retries} times), after a 429 when the server says; a refused token ends the
   * import.
   */
  private HttpResponse<String> exchange(HttpRequest request)
      throws Refused, Unreachable, InterruptedException {
    for (int attempt = 0; ; ) {
      pacer.awaitTurn();
      HttpResponse<String> response;
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        attempt = backOff(attempt, e.toString(), e);
        continue;
      }
      int status = response.statusCode();
      stats.sent(status);
      pacer.observe(
          header(response, "X-RateLimit-Limit"), header(response, "X-RateLimit-Remaining"));
      OptionalLong retryAfter = header(response, "Retry-After");
      if (status == 429) {
        pacer.pause(Duration.ofSeconds(retryAfter.orElse(1)));
        continue;
      }
      if (status == 401 || status == 403) {
        throw new Refused(
            "the server refused the token (" + status + "): " + message(response.body()));
      }
      if (status == 409 || status >= 500) {
        retryAfter.ifPresent(seconds -> pacer.pause(Duration.ofSeconds(seconds)));
        attempt = backOff(attempt, "HTTP " + status + ": " + message(response.body()), null);
        continue;
      }
      return response;
    }
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

  private static OptionalLong header(HttpResponse<?> response, String name) {
    return response
        .headers()
        .firstValue(name)
        .map(String::strip)
        .filter(value -> value.matches("[0-9]{1,12}"))
        .map(value -> OptionalLong.of(Long.parseLong(value)))
        .orElse(OptionalLong.empty());
  }

  private static JsonNode json(String body) {
    try {
      return ColumnMapping.JSON.readTree(body);
    } catch (IOException e) {
      return ColumnMapping.JSON.createObjectNode();
    }
  }

  /** The contract's error body's {@code message} (and first field error), else the body. */
  private static String message(String body) {
    JsonNode json = json(body);
    String message = json.path("message").asText(body);
    JsonNode errors = json.path("errors");
    if (errors.isObject() && errors.fields().hasNext()) {
      var first = errors.fields().next();
      message += " (" + first.getKey() + ": " + first.getValue().path(0).asText() + ")";
    }
    return message.length() > 500 ? message.substring(0, 500) : message;
  }
}
