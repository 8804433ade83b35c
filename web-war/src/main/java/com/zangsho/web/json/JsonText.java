package com.zangsho.web.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;

/** Turns the JSON text rows keep (metadata) back into JSON for the response. */
public final class JsonText {
  private JsonText() {}

  /** The object {@code text} holds, or null. */
  public static JsonObject object(String text) {
    if (text == null) {
      return null;
    }
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
