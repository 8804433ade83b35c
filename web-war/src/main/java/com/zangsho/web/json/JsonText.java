package com.zangsho.web.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import java.io.StringReader;
import java.util.Map;

/** Turns the JSON text rows keep (metadata) back into JSON for the response. */
public final class JsonText {
  /**
   * Every reader of JSON text, made once: {@code Json.createReader} looks its provider up through
   * the {@code ServiceLoader} on every call, which in WildFly searches the deployment's jars
   * (Flight Recorder: 4 % of a batch's server CPU, and once per customer of a page read).
   */
  static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  private JsonText() {}

  /** The object {@code text} holds, or null. */
  public static JsonObject object(String text) {
    if (text == null) {
      return null;
    }
    try (var reader = READERS.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
