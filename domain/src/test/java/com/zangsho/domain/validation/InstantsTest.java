package com.zangsho.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
  void precisionStopsAtTheSecondAsEveryDatabaseKeepsIt() {
    assertEquals(
        Instant.parse("2025-12-01T08:00:00Z"),
        Instants.parse("2025-12-01T08:00:00.999999999Z").orElseThrow());
    assertEquals(0, Instants.now().getNano());
  }

  @Test
  void anythingElseIsNotATimestamp() {
    assertTrue(Instants.parse("yesterday").isEmpty());
    assertTrue(Instants.parse("2025-13-01T00:00:00Z").isEmpty());
    assertTrue(Instants.parse("1733040000").isEmpty());
  }

  @Test
  void onlyDaysFrom1900ToTheEndOfMysqlsDatetimeAreStorable() {
    assertTrue(Instants.storable(Instant.parse("1900-01-01T00:00:00Z")));
    assertTrue(Instants.storable(Instant.parse("9999-12-31T23:59:59.999999Z")));
    assertFalse(Instants.storable(Instant.parse("1899-12-31T23:59:59Z")));
    assertFalse(Instants.storable(Instant.parse("1582-10-10T00:00:00Z")));
    assertFalse(Instants.storable(Instants.parse("+99999-01-01T00:00:00Z").orElseThrow()));
    assertFalse(Instants.storable(Instants.parse("9999-12-31T23:00:00-02:00").orElseThrow()));
  }
}
