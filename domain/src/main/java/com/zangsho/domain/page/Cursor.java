package com.zangsho.domain.page;

import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.ValidationException;
import com.zangsho.domain.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Where a keyset page starts: the sort key of the last row the client has seen (an id, or an
 * instant in microseconds and an id), handed out as {@code meta.next_cursor} and read back from
 * {@code ?cursor=}. Opaque to clients, so the encoding may change with a version prefix.
 */
public record Cursor(List<Long> keys) {
  private static final String VERSION = "k1";

  public Cursor {
    keys = List.copyOf(keys);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("a cursor holds at least one key");
    }
  }

  public static Cursor of(long... keys) {
    return new Cursor(Arrays.stream(keys).boxed().toList());
  }

  public long key(int index) {
    return keys.get(index);
  }

  /** The text a client sends back: URL-safe, no padding. */
  public String encode() {
    StringBuilder text = new StringBuilder(VERSION);
    keys.forEach(key -> text.append('.').append(key));
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.toString().getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * From {@code ?cursor=} as sent (null or blank when absent).
   *
   * @throws ValidationException when the text is not a cursor this server handed out
   */
  public static Optional<Cursor> fromQuery(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(decode(text.strip()).orElseThrow(() -> invalid()));
  }

  private static Optional<Cursor> decode(String text) {
    String[] parts;
    try {
      parts =
          new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split("\\.");
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    if (parts.length < 2 || parts.length > 3 || !parts[0].equals(VERSION)) {
      return Optional.empty();
    }
    long[] keys = new long[parts.length - 1];
    for (int i = 1; i < parts.length; i++) {
      try {
        keys[i - 1] = Long.parseLong(parts[i]);
      } catch (NumberFormatException notANumber) {
        return Optional.empty();
      }
    }
    return Optional.of(of(keys));
  }

  private static ValidationException invalid() {
    return new ValidationException(List.of(Violation.of("cursor", Rule.IN)));
  }
}
