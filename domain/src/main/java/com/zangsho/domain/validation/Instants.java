package com.zangsho.domain.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Reads the timestamps clients send (api.md §1: ISO-8601, any offset). Without an offset the time
 * is taken as UTC, the zone every output is in; a bare date is its first instant in UTC. Instants
 * are cut to microseconds, what a {@code DATETIME(6)} keeps, so a value compared in memory is the
 * value the database holds (event keys include a timestamp).
 */
public final class Instants {
  private Instants() {}

  /** The current instant at the precision the database keeps. */
  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  public static Optional<Instant> parse(String text) {
    return parseExact(text.strip()).map(instant -> instant.truncatedTo(ChronoUnit.MICROS));
  }

  private static Optional<Instant> parseExact(String value) {
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
