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
 * Reads the timestamps clients send (docs/api.md §1: ISO-8601, any offset). Without an offset the
 * time is taken as UTC, the zone every output is in; a bare date is its first instant in UTC.
 *
 * <p>Every timestamp, read or {@linkplain #now() taken}, is cut to the whole second: that is what
 * the API shows, and what every database we run on keeps alike. MySQL Connector/J drops fractions
 * on its own against a server it takes for older than MySQL 5.6.4, which MariaDB's {@code
 * 5.5.5-10.x} version string makes it think; H2 and MySQL 8 keep them. Cut here, a value compared
 * in memory is the value every database holds (subscription event keys include a timestamp).
 */
public final class Instants {
  /**
   * The first and last days a timestamp may fall on. MySQL's {@code DATETIME} ends on the last; the
   * first is late enough that no calendar change lies inside (JDBC converts through {@code
   * java.sql.Timestamp}, whose Julian-Gregorian switch in 1582 shifts older days) and early enough
   * for any business history.
   */
  public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

  public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  private Instants() {}

  /** Whether the database can hold {@code instant}: it falls between the first and last days. */
  public static boolean storable(Instant instant) {
    return storable(LocalDate.ofInstant(instant, ZoneOffset.UTC));
  }

  public static boolean storable(LocalDate day) {
    return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
  }

  /** What a date or timestamp outside the storable days breaks. */
  public static Violation outOfRange(String field) {
    return Violation.of(field, Rule.DATE_BETWEEN, FIRST_DAY, LAST_DAY);
  }

  /** The current instant, to the whole second every stored timestamp has. */
  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  public static Optional<Instant> parse(String text) {
    return parseExact(text.strip()).map(instant -> instant.truncatedTo(ChronoUnit.SECONDS));
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
