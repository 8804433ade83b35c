package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A small HTTP client for the deployed API, speaking as one token. */
final class Api {
  static final String ADMIN_TOKEN = "it-admin-token";

  /** Longer than any answer may take: a request still open after it is a hang, and fails. */
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  static final String BOOTSTRAP_TOKEN = "it-bootstrap-token";

  /**
   * HTTP/1.1, as curl, browsers on plain HTTP and the importer speak to the server. (The JDK
   * client's default, an upgrade to cleartext HTTP/2, stalled on request bodies of a few hundred
   * KB: docs/reliability.md.)
   */
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final URI base;
  private final String token;
  private final List<String> extraHeaders = new ArrayList<>();

  private Api(URI base, String token) {
    this.base = base;
    this.token = token;
  }

  static Api as(URL base, String token) {
    try {
      return new Api(base.toURI(), token);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** The token this client speaks as. */
  String token() {
    return token;
  }

  /** A fresh tenant for one test class, so tests never see each other's rows. */
  static Api newTenant(URL base, String name) {
    Response created = as(base, ADMIN_TOKEN).post("/admin/tenants", "{\"name\": \"" + name + "\"}");
    assertEquals(201, created.status(), created.text());
    return as(base, created.json().getJsonObject("data").getString("token"));
  }

  /** A fresh tenant, speaking as a token allowed {@code requestsPerMinute}. */
  static Api newTenant(URL base, String name, int requestsPerMinute) {
    String token =
        newTenant(base, name)
            .post(
                "/v1/tokens",
                "{\"name\": \"fast\", \"abilities\": [\"*\"], \"rate_limit_per_minute\": "
                    + requestsPerMinute
                    + "}")
            .expect(201)
            .data()
            .getString("token");
    return as(base, token);
  }

  /** A customer and the path of its subscription, as {@link #newSubscriber} made them. */
  record Subscriber(long customerId, String subscriptionPath) {}

  /** A new customer with a monthly subscription of {@code mrr} that started 2026-01-01. */
  Subscriber newSubscriber(String email, int mrr) {
    long customer =
        post("/v1/customers", "{\"email\": \"" + email + "\"}").expect(201).data().getInt("id");
    long subscription =
        post(
                "/v1/subscriptions",
                "{\"customer_id\": "
                    + customer
                    + ", \"mrr\": "
                    + mrr
                    + ", \"billing_cycle\": \"monthly\", \"started_at\": \"2026-01-01\","
                    + " \"current_period_start\": \"2026-01-01\"}")
            .expect(201)
            .data()
            .getInt("id");
    return new Subscriber(customer, "/v1/subscriptions/" + subscription);
  }

  /** The same caller, sending one more header on every request. */
  Api withHeader(String name, String value) {
    Api copy = new Api(base, token);
    copy.extraHeaders.addAll(extraHeaders);
    copy.extraHeaders.add(name);
    copy.extraHeaders.add(value);
    return copy;
  }

  Response get(String path) {
    return send(request(path).GET());
  }

  Response post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").POST(body(json)));
  }

  Response put(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").PUT(body(json)));
  }

  Response delete(String path) {
    return send(request(path).DELETE());
  }

  Response send(String method, String path, String contentType, byte[] body) {
    HttpRequest.Builder request =
        request(path)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path.substring(1))).timeout(TIMEOUT);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    for (int i = 0; i < extraHeaders.size(); i += 2) {
      request.header(extraHeaders.get(i), extraHeaders.get(i + 1));
    }
    return request;
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      IssuedSecrets.record(response.body());
      return new Response(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  record Response(int status, java.net.http.HttpHeaders headers, String text) {
    JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(text))) {
        return reader.readObject();
      }
    }

    JsonObject data() {
      return json().getJsonObject("data");
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    /** Asserts the status, showing the body when it is not the one expected. */
    Response expect(int expected) {
      assertEquals(expected, status, () -> "body: " + text);
      return this;
    }

    boolean isNull(JsonObject object, String field) {
      return object.get(field).getValueType() == JsonValue.ValueType.NULL;
    }
  }
}
