package com.zangsho.web.json;

import com.zangsho.web.error.MalformedJsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/**
 * Reads request bodies as JSON-P values rather than binding them to classes, so that a field of the
 * wrong type is a 422 naming that field, not a 400 from a binder that gave up on the whole body.
 */
public final class JsonBodies {
  private JsonBodies() {}

  /**
   * The body as a JSON object; a body that is JSON but not an object reads as an empty object, so
   * that its required fields are reported missing.
   *
   * @throws MalformedJsonException when the body is not JSON (400)
   */
  public static JsonObject readObject(InputStream body) {
    JsonValue value = read(body);
    return value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
  }

  /**
   * As {@link #readObject}, but an empty body reads as an empty object: for requests whose every
   * field is optional.
   */
  public static JsonObject readOptionalObject(InputStream body) {
    PushbackInputStream stream = new PushbackInputStream(body, 1);
    try {
      int first = stream.read();
      if (first == -1) {
        return JsonValue.EMPTY_JSON_OBJECT;
      }
      stream.unread(first);
    } catch (IOException e) {
      throw new MalformedJsonException(e);
    }
    return readObject(stream);
  }

  /**
   * The whole body as bytes (at most the 1 MiB {@link RequestBodyLimit} lets through).
   *
   * @throws WebApplicationException 413 when it is larger
   */
  public static byte[] readAll(InputStream body) {
    try {
      return body.readAllBytes();
    } catch (RequestBodyLimit.TooLargeException e) {
      throw RequestBodyLimit.refusal();
    } catch (IOException e) {
      throw new MalformedJsonException(e);
    }
  }

  private static JsonValue read(InputStream body) {
    JsonValue value = parse(body);
    // A JSON string's escapes can spell half a UTF-16 pair, which is no text: stored, it came back
    // as "?". Refused like any body that is not JSON, as Laravel's json_decode does.
    if (!wellFormed(value)) {
      throw new MalformedJsonException(new IllegalArgumentException("unpaired UTF-16 surrogate"));
    }
    return value;
  }

  private static JsonValue parse(InputStream body) {
    try (JsonReader reader = JsonText.READERS.createReader(body)) {
      return reader.readValue();
    } catch (RuntimeException e) {
      // Parsson reports some inputs it cannot read with a bare RuntimeException rather than a
      // JsonException (nesting deeper than its limit of 1000, for one): whatever the parser throws
      // is about the body. The size limit's stream failing mid-read must stay a 413, though.
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof WebApplicationException refusal) {
          throw refusal;
        }
        if (cause instanceof RequestBodyLimit.TooLargeException) {
          throw RequestBodyLimit.refusal();
        }
      }
      throw new MalformedJsonException(e);
    }
  }

  /** Whether every string and key in {@code value} is whole Unicode text. */
  private static boolean wellFormed(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> wellFormed(((JsonString) value).getString());
      case OBJECT ->
          value.asJsonObject().entrySet().stream()
              .allMatch(field -> wellFormed(field.getKey()) && wellFormed(field.getValue()));
      case ARRAY -> value.asJsonArray().stream().allMatch(JsonBodies::wellFormed);
      default -> true;
    };
  }

  private static boolean wellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
