package com.zangsho.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again (docs/api.md §9): exponential backoff from {@code base}
 * (doubling per attempt, at most an hour apart) with ±20 % jitter, so that receivers coming back
 * are not hit by every sender at once; never after 24 hours from the event.
 */
public record RetrySchedule(Duration base) {
  public static final Duration GIVE_UP_AFTER = Duration.ofHours(24);
  private static final Duration MAX_INTERVAL = Duration.ofHours(1);

  /**
   * @param attempts the attempts made so far, the failed one included
   * @return when to try next, or empty to give up
   */
  public Optional<Instant> next(
      int attempts, Instant createdAt, Instant now, RandomGenerator random) {
    long factor = 1L << Math.min(attempts - 1, 20);
    long millis = Math.min(base.toMillis() * factor, MAX_INTERVAL.toMillis());
    long jittered = Math.round(millis * (0.8 + 0.4 * random.nextDouble()));
    Instant next = now.plusMillis(jittered);
    return next.isAfter(createdAt.plus(GIVE_UP_AFTER)) ? Optional.empty() : Optional.of(next);
  }
}
