package com.zangsho.web.json;

import com.zangsho.web.error.MalformedJsonException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
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
    try (JsonReader reader = Json.createReader(body)) {
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
}
