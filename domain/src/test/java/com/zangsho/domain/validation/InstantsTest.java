package com.zangsho.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstantsTest {
  @Test
  void anyOffsetIsReadAsTheSameInstant() {
    Instant utc = Instant.parse("2025-12-01T08:00:00Z");

    assertEquals(utc, Instants.parse("2025-12-01T08:00:00Z").orElseThrow());
    assertEquals(utc, Instants.parse("2025-12-01T16:00:00+08:00").orElseThrow());
    assertEquals(utc, Instants.parse(" 2025-12-01T08:00:00.000+00:00 ").orElseThrow());
  }

  @Test
  void withoutAnOffsetTheTimeIsUtcAndADateIsItsFirstInstant() {
    assertEquals(
        Instant.parse("2025-12-01T08:00:00Z"), Instants.parse("2025-12-01T08:00:00").orElseThrow());
    assertEquals(Instant.parse("2025-12-01T00:00:00Z"), Instants.parse("2025-12-01").orElseThrow());
  }

  @Test
  void precisionStopsAtMicrosecondsAsTheDatabaseKeepsIt() {
    assertEquals(
        Instant.parse("2025-12-01T08:00:00.123456Z"),
        Instants.parse("2025-12-01T08:00:00.123456789Z").orElseThrow());
  }

  @Test
  void anythingElseIsNotATimestamp() {
    assertTrue(Instants.parse("yesterday").isEmpty());
    assertTrue(Instants.parse("2025-13-01T00:00:00Z").isEmpty());
    assertTrue(Instants.parse("1733040000").isEmpty());
  }
}
