package com.zangsho.domain.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the timestamps clients send (api.md §1: ISO-8601, any offset). Without an offset the time
 * is taken as UTC, the zone every output is in; a bare date is its first instant in UTC.
 */
public final class Instants {
  private Instants() {}

  public static Optional<Instant> parse(String text) {
    String value = text.strip();
    try {
      return Optional.of(OffsetDateTime.parse(value).toInstant());
    } catch (DateTimeParseException withoutOffset) {
      try {
        return Optional.of(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException notADateTime) {
        try {
          return Optional.of(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException notADate) {
          return Optional.empty();
        }
      }
    }
  }
}
