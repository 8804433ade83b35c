package com.zangsho.domain.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zangsho.domain.validation.Instants;
import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.ValidationException;
import com.zangsho.domain.validation.Violation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateRangeTest {
  @Test
  void bothDaysAreInclusiveInUtc() {
    DateRange range = DateRange.fromQuery("2025-12-01", "2025-12-31");

    assertEquals(Instant.parse("2025-12-01T00:00:00Z"), range.from());
    assertEquals(Instant.parse("2026-01-01T00:00:00Z"), range.until());
  }

  @Test
  void absentOrBlankDaysLeaveTheRangeOpen() {
    assertEquals(DateRange.ALL, DateRange.fromQuery(null, " "));
  }

  @Test
  void badDatesAndAnEndBeforeTheStartAreReported() {
    ValidationException bad =
        assertThrows(ValidationException.class, () -> DateRange.fromQuery("2025-02-30", "soon"));
    assertEquals(
        List.of(Violation.of("start_date", Rule.DATE), Violation.of("end_date", Rule.DATE)),
        bad.violations());
    ValidationException reversed =
        assertThrows(
            ValidationException.class, () -> DateRange.fromQuery("2025-12-02", "2025-12-01"));
    assertEquals(
        List.of(Violation.of("end_date", Rule.AFTER_OR_EQUAL, "start_date")),
        reversed.violations());
  }

  @Test
  void daysOutsideWhatTheDatabaseHoldsAreReported() {
    ValidationException far =
        assertThrows(
            ValidationException.class, () -> DateRange.fromQuery("1899-12-31", "+10000-01-01"));
    assertEquals(
        List.of(Instants.outOfRange("start_date"), Instants.outOfRange("end_date")),
        far.violations());
    assertThrows(ValidationException.class, () -> DateRange.fromQuery(null, "0000-01-01"));

    DateRange widest = DateRange.fromQuery("1900-01-01", "9999-12-31");
    assertEquals(Instant.parse("1900-01-01T00:00:00Z"), widest.from());
    assertNull(widest.until(), "nothing is stored after the last day, and MySQL cannot say so");
    assertEquals("9999-12-31", widest.lastDay().toString());
  }
}
