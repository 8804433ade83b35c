package com.zangsho.domain.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
  private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
  private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(10));

  private static RandomGenerator fixed(double value) {
    return new RandomGenerator() {
      @Override
      public long nextLong() {
        return 0;
      }

      @Override
      public double nextDouble() {
        return value;
      }
    };
  }

  @Test
  void delaysDoubleFromTheBaseWithJitterAndStopAtAnHour() {
    assertEquals(
        Optional.of(CREATED.plusSeconds(10)), schedule.next(1, CREATED, CREATED, fixed(0.5)));
    assertEquals(
        Optional.of(CREATED.plusSeconds(40)), schedule.next(3, CREATED, CREATED, fixed(0.5)));
    assertEquals(Optional.of(CREATED.plusSeconds(8)), schedule.next(1, CREATED, CREATED, fixed(0)));
    assertEquals(
        Optional.of(CREATED.plusSeconds(3600)), schedule.next(15, CREATED, CREATED, fixed(0.5)));
  }

  @Test
  void noRetryLandsLaterThanADayAfterTheEvent() {
    Instant late = CREATED.plus(Duration.ofHours(23).plusMinutes(59).plusSeconds(55));
    assertTrue(schedule.next(1, CREATED, late, fixed(0.5)).isEmpty());
  }
}
