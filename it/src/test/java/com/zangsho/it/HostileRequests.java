package com.zangsho.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntPredicate;

/**
 * Hostile requests generated from the served OpenAPI document: for every operation, every field of
 * its request body (batch items' fields too), every query and path parameter, values of the wrong
 * type or shape, plus body-level attacks (invalid UTF-8, duplicate keys, deep nesting, huge arrays
 * and strings, wrong content types). The random strings come from a {@link Random} with a fixed
 * seed, so a failing case names what to send again.
 */
final class HostileRequests {
  /** One request: what it is, and how to send it. */
  record Case(String description, String method, String path, String contentType, byte[] body) {
    boolean write() {
      return !method.equals("GET");
    }
  }

  private final JsonObject document;
  private final Random random;
  private final List<Case> cases = new ArrayList<>();

  private HostileRequests(JsonObject document, long seed) {
    this.document = document;
    this.random = new Random(seed);
  }

  /** The cases for every operation under {@code /v1} and {@code /admin}. */
  static List<Case> from(JsonObject document, long seed) {
    HostileRequests generator = new HostileRequests(document, seed);
    generator.all();
    return List.copyOf(generator.cases);
  }

  private void all() {
    JsonObject paths = document.getJsonObject("paths");
    for (String path : paths.keySet()) {
      if (!path.startsWith("/v1/") && !path.startsWith("/admin/")) {
        continue;
      }
      JsonObject operations = paths.getJsonObject(path);
      for (String method : List.of("get", "post", "put", "patch", "delete")) {
        if (operations.containsKey(method)) {
          operation(method.toUpperCase(), path, operations.getJsonObject(method));
        }
      }
    }
  }

  private void operation(String method, String path, JsonObject operation) {
    String concrete = path.replaceAll("\\{[^}]+}", "1");
    for (JsonValue parameter :
        operation.getJsonArray("parameters") == null
            ? JsonValue.EMPTY_JSON_ARRAY
            : operation.getJsonArray("parameters")) {
      JsonObject p = parameter.asJsonObject();
      String name = p.getString("name");
      switch (p.getString("in")) {
        case "query" -> {
          for (String value : hostileQueryValues()) {
            add(
                method + " " + path + " ?" + name + "=" + printable(value),
                method,
                concrete + "?" + name + "=" + value,
                null,
                null);
          }
        }
        case "path" -> {
          for (String value : hostilePathValues()) {
            add(
                method + " " + path + " {" + name + "}=" + printable(value),
                method,
                path.replace("{" + name + "}", value).replaceAll("\\{[^}]+}", "1"),
                null,
                null);
          }
        }
        default -> {}
      }
    }
    JsonObject schema = requestSchema(operation);
    if (schema == null) {
      return;
    }
    bodyAttacks(method, path, concrete);
    Map.Entry<String, JsonObject> items = arrayOfObjects(schema);
    JsonObject fields = items == null ? schema : items.getValue();
    for (String field : properties(fields).keySet()) {
      JsonObject fieldSchema = resolve(properties(fields).getJsonObject(field));
      for (String value : hostileValues(fieldSchema)) {
        String item = "{" + quote(field) + ": " + value + "}";
        String body = items == null ? item : "{" + quote(items.getKey()) + ": [" + item + "]}";
        add(
            method + " " + path + " " + field + "=" + printable(value),
            method,
            concrete,
            "application/json",
            body.getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private void bodyAttacks(String method, String path, String concrete) {
    String what = method + " " + path + " ";
    byte[] invalidUtf8 = {
      '{',
      '"',
      'e',
      'm',
      'a',
      'i',
      'l',
      '"',
      ':',
      '"',
      (byte) 0xC3,
      (byte) 0x28,
      (byte) 0xFF,
      '"',
      '}'
    };
    add(what + "invalid UTF-8", method, concrete, "application/json", invalidUtf8);
    add(
        what + "duplicate keys",
        method,
        concrete,
        "application/json",
        utf8(
            "{\"email\": \"a@example.com\", \"email\": \"b@example.com\", \"customers\": [], \"customers\": [{}]}"));
    add(
        what + "100,000 nested arrays",
        method,
        concrete,
        "application/json",
        utf8("[".repeat(100_000) + "]".repeat(100_000)));
    add(
        what + "an array of 10,000 objects",
        method,
        concrete,
        "application/json",
        utf8("{\"customers\": [" + "{},".repeat(9_999) + "{}]}"));
    add(
        what + "a 10 MB string",
        method,
        concrete,
        "application/json",
        utf8("{\"email\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}"));
    add(what + "not JSON", method, concrete, "application/json", utf8("{'email': nope"));
    add(what + "JSON null", method, concrete, "application/json", utf8("null"));
    add(what + "an empty body", method, concrete, "application/json", new byte[0]);
    add(what + "text/plain", method, concrete, "text/plain", utf8("{}"));
    add(what + "application/xml", method, concrete, "application/xml", utf8("<customers/>"));
  }

  private void add(
      String description, String method, String path, String contentType, byte[] body) {
    cases.add(new Case(description, method, path, contentType, body));
  }

  /**
   * Values of the wrong type, shape or range for a field of {@code schema}'s type, as JSON text.
   */
  private List<String> hostileValues(JsonObject schema) {
    List<String> values =
        new ArrayList<>(List.of("null", "true", "[]", "{}", "\"\"", "-1", "1e309", "[{\"a\": 1}]"));
    values.add(quote(randomString('\u0000', '\u001f', 20, c -> true)));
    values.add(quote(randomString('\u0000', '\uffff', 40, c -> true)));
    values.add(quote("x".repeat(300_000)));
    String type = type(schema);
    if (type.equals("string") && schema.containsKey("enum")) {
      values.addAll(List.of("\"PAID\"", "\" paid\"", "\"" + "z".repeat(500) + "\""));
    } else if (type.equals("string") && "date-time".equals(schema.getString("format", ""))) {
      values.addAll(
          List.of(
              "\"2025-13-45T25:61:00Z\"",
              "\"2025-02-30T00:00:00Z\"",
              "\"yesterday\"",
              "\"10000-01-01T00:00:00Z\"",
              "1733000000"));
    } else if (type.equals("string") || type.equals("number")) {
      // Money, currency codes and free text all take these.
      values.addAll(
          List.of(
              "\"-0.01\"",
              "\"1.005\"",
              "\"1e20\"",
              "\"9999999999999.99\"",
              "\"NaN\"",
              "\"XYZ\"",
              "\"twd \"",
              "123456789012345678901234567890",
              "\""
                  + randomString('\u0080', '\uffff', 30, c -> !Character.isSurrogate((char) c))
                  + "\""));
    } else if (type.equals("integer")) {
      values.addAll(List.of("9223372036854775808", "1.5", "\"abc\"", "0", "-9223372036854775808"));
    } else if (type.equals("object")) {
      values.addAll(List.of("\"text\"", "[1, 2]", nestedObject(200), bigObject()));
    } else if (type.equals("array")) {
      values.addAll(List.of("\"*\"", "[1, 2]", "[" + "\"x\",".repeat(5000) + "\"x\"]"));
    }
    return values;
  }

  private static List<String> hostileQueryValues() {
    return List.of(
        "-1",
        "0",
        "abc",
        "99999999999999999999",
        "%00",
        "..%2F..%2Fetc%2Fpasswd",
        "x%0d%0aX-Injected:%201",
        "2025-02-30",
        "%E2%80%AE",
        "a".repeat(5000),
        "%27%20OR%201%3D1--");
  }

  private static List<String> hostilePathValues() {
    return List.of(
        "..%2F..%2Fetc%2Fpasswd",
        "-1",
        "0",
        "99999999999999999999",
        "%00",
        "abc",
        "1%0d%0aX-Injected:%201",
        "%27%20OR%201%3D1--",
        "9".repeat(2000));
  }

  /**
   * One to {@code maxLength} characters from {@code first..last} that {@code allowed} takes, drawn
   * from the run's seeded source: the same seed gives the same cases.
   */
  private String randomString(char first, char last, int maxLength, IntPredicate allowed) {
    return random
        .ints(first, last + 1)
        .filter(allowed)
        .limit(1 + random.nextInt(maxLength))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  private static String nestedObject(int depth) {
    return "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth);
  }

  /** An object just over the contract's 16 KiB of metadata. */
  private static String bigObject() {
    return "{\"k\": \"" + "v".repeat(17 * 1024) + "\"}";
  }

  private JsonObject requestSchema(JsonObject operation) {
    JsonObject body = operation.getJsonObject("requestBody");
    if (body == null) {
      return null;
    }
    JsonObject json = body.getJsonObject("content").getJsonObject("application/json");
    return json == null ? null : resolve(json.getJsonObject("schema"));
  }

  /** The batch's items: the one property that is an array of objects, by name. */
  private Map.Entry<String, JsonObject> arrayOfObjects(JsonObject schema) {
    for (Map.Entry<String, JsonValue> property : properties(schema).entrySet()) {
      JsonObject value = resolve(property.getValue().asJsonObject());
      if (type(value).equals("array") && value.containsKey("items")) {
        JsonObject items = resolve(value.getJsonObject("items"));
        if (type(items).equals("object")) {
          return Map.entry(property.getKey(), items);
        }
      }
    }
    return null;
  }

  private static JsonObject properties(JsonObject schema) {
    JsonObject properties = schema.getJsonObject("properties");
    return properties == null ? JsonValue.EMPTY_JSON_OBJECT : properties;
  }

  private JsonObject resolve(JsonObject schema) {
    if (schema.containsKey("$ref")) {
      String name = schema.getString("$ref").substring("#/components/schemas/".length());
      return document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
    }
    return schema;
  }

  /** The schema's type; of {@code ["string", "null"]} the first. */
  private static String type(JsonObject schema) {
    JsonValue type = schema.get("type");
    if (type instanceof JsonArray types && !types.isEmpty()) {
      return types.getString(0);
    }
    return type == null ? "object" : ((jakarta.json.JsonString) type).getString();
  }

  private static String quote(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }

  private static String printable(String value) {
    String shown =
        value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
    return shown.replaceAll("\\p{Cntrl}", "?");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
