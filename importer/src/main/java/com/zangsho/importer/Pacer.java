package com.zangsho.importer;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * Spaces every worker's requests by what the server says of the token's budget, so that an import
 * with the default limit (60 a minute) meets almost no 429: while {@code X-RateLimit-Remaining} is
 * above twice what the workers can have in flight, requests go at once; then they are spaced a
 * tenth slower than the refill rate ({@code X-RateLimit-Limit} a minute), so that a request held up
 * on its way (a busy server, a slow network) and the next one sent on time do not reach the server
 * closer together than a token refills (one run in CI, beside a loaded machine, met a 429 when the
 * spacing was the refill rate itself); after a 429 every worker waits out its {@code Retry-After}.
 */
final class Pacer {
  private final int workers;
  private final Clock clock;
  private long nextStart;
  private long spacing;

  /** Time as the pacer sees it, so tests need not sleep. */
  interface Clock {
    long nanoTime();

    void sleep(long nanos) throws InterruptedException;

    Clock SYSTEM =
        new Clock() {
          @Override
          public long nanoTime() {
            return System.nanoTime();
          }

          @Override
          public void sleep(long nanos) throws InterruptedException {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
          }
        };
  }

  Pacer(int workers, Clock clock) {
    this.workers = workers;
    this.clock = clock;
    this.nextStart = clock.nanoTime();
  }

  /** Waits until this worker may send its next request. */
  void awaitTurn() throws InterruptedException {
    long wait;
    synchronized (this) {
      long now = clock.nanoTime();
      long start = Math.max(now, nextStart);
      nextStart = start + spacing;
      wait = start - now;
    }
    if (wait > 0) {
      clock.sleep(wait);
    }
  }

  /** What a response said of the budget (either header may be absent). */
  synchronized void observe(OptionalLong limitPerMinute, OptionalLong remaining) {
    if (limitPerMinute.isEmpty() || remaining.isEmpty() || limitPerMinute.getAsLong() <= 0) {
      return;
    }
    spacing =
        remaining.getAsLong() > 2L * workers
            ? 0
            : Duration.ofMinutes(1).toNanos() * 11 / 10 / limitPerMinute.getAsLong();
  }

  /** A 429 or a 503 with {@code Retry-After}: nobody sends before it has passed. */
  synchronized void pause(Duration retryAfter) {
    nextStart = Math.max(nextStart, clock.nanoTime() + retryAfter.toNanos());
  }
}
