package com.zangsho.domain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimitTest {
  private static final long NOW = 1_780_000_000_000_000_000L;
  private static final long SECOND = 1_000_000_000L;

  @Test
  void aFreshBucketGrantsTheWholeLimitAtOnceThenRefuses() {
    RateLimit limit = new RateLimit(5);
    long tat = 0;
    for (int i = 0; i < 5; i++) {
      RateLimit.Decision decision = limit.take(tat, NOW);
      assertTrue(decision.allowed(), "request " + i);
      assertEquals(4 - i, decision.remaining());
      tat = decision.tat();
    }
    RateLimit.Decision refused = limit.take(tat, NOW);

    assertFalse(refused.allowed());
    assertEquals(0, refused.remaining());
    assertEquals(tat, refused.tat(), "a refusal leaves the bucket as it was");
    assertEquals(12 * SECOND, refused.nanosToWait(), "one request back every 60/5 s");
  }

  @Test
  void anEmptiedBucketGivesOneRequestBackPerIntervalAndIsFullAfterAMinute() {
    RateLimit limit = new RateLimit(60);
    long tat = 0;
    for (int i = 0; i < 60; i++) {
      tat = limit.take(tat, NOW).tat();
    }

    assertFalse(limit.take(tat, NOW + SECOND - 1).allowed());
    RateLimit.Decision oneBack = limit.take(tat, NOW + SECOND);
    assertTrue(oneBack.allowed());
    assertEquals(0, oneBack.remaining());

    RateLimit.Decision full = limit.take(tat, NOW + 60 * SECOND);
    assertTrue(full.allowed());
    assertEquals(59, full.remaining());
  }

  @Test
  void aBucketUnusedForLongHoldsNoMoreThanTheLimit() {
    RateLimit limit = new RateLimit(3);
    RateLimit.Decision decision = limit.take(NOW - 3600 * SECOND, NOW);

    assertTrue(decision.allowed());
    assertEquals(2, decision.remaining());
  }

  @Test
  void aLimitThatDoesNotDivideAMinuteStillGrantsItsWholeLimitAtOnce() {
    RateLimit limit = new RateLimit(7);
    long tat = 0;
    int allowed = 0;
    for (int i = 0; i < 10; i++) {
      RateLimit.Decision decision = limit.take(tat, NOW);
      if (decision.allowed()) {
        allowed++;
      }
      tat = decision.tat();
    }

    assertEquals(7, allowed);
  }

  @Test
  void aLimitOfAHundredMillionAMinuteStillRefills() {
    RateLimit limit = new RateLimit(100_000_000);
    RateLimit.Decision first = limit.take(0, NOW);
    RateLimit.Decision second = limit.take(first.tat(), NOW);

    assertTrue(second.allowed());
    assertEquals(99_999_998, second.remaining());
  }

  @Test
  void aLimitAllowsAtLeastOneRequest() {
    assertThrows(IllegalArgumentException.class, () -> new RateLimit(0));
  }
}
