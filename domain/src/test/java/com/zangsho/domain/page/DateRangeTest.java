package com.zangsho.domain.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
