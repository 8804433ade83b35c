package com.zangsho.domain.tenant;

/**
 * A token's limit of {@code perMinute} requests (docs/api.md §3): one bucket that holds {@code
 * perMinute} requests and refills evenly over a minute, so a token that used its minute gets a
 * request back every {@code 60 / perMinute} seconds.
 *
 * <p>Kept as the generic cell rate algorithm: the whole state of a bucket is one number, the
 * theoretical arrival time ({@code tat}) at which the bucket would be full again if no request came
 * before it. One number can be changed by one compare-and-set in memory or one row update in a
 * database, so a bucket shared by a cluster of servers (docs/cluster.md) decides exactly as one
 * server's does.
 *
 * @param perMinute requests a minute, at least 1
 */
public record RateLimit(int perMinute) {
  static final long NANOS_PER_MINUTE = 60_000_000_000L;

  public RateLimit {
    if (perMinute < 1) {
      throw new IllegalArgumentException("a rate limit allows at least one request a minute");
    }
  }

  /**
   * What one request leaves of the budget.
   *
   * @param tat the bucket's state after the request: unchanged when it was refused
   * @param remaining requests that would still be allowed at this moment
   * @param nanosToWait until a request is allowed again; 0 when this one was
   */
  public record Decision(boolean allowed, long tat, long remaining, long nanosToWait) {}

  /**
   * Takes one request from a bucket.
   *
   * @param tat the bucket's state, 0 for a bucket never used
   * @param nowNanos the time of the request, in nanoseconds since the epoch
   */
  public Decision take(long tat, long nowNanos) {
    long interval = intervalNanos();
    long tolerance = (perMinute - 1) * interval;
    long start = Math.max(tat, nowNanos);
    if (start - nowNanos > tolerance) {
      return new Decision(false, tat, 0, start - nowNanos - tolerance);
    }
    long next = start + interval;
    return new Decision(true, next, remaining(next, nowNanos, interval, tolerance), 0);
  }

  /** Requests a full bucket holds at once: {@code perMinute}, the last a whole interval later. */
  private static long remaining(long tat, long nowNanos, long interval, long tolerance) {
    return Math.max(0, Math.floorDiv(tolerance - (tat - nowNanos), interval) + 1);
  }

  /**
   * The time one request takes to come back; in nanoseconds, so that it is never 0 (a limit of 100
   * million a minute, as the benchmarks give, is one request every 600 ns).
   */
  long intervalNanos() {
    return NANOS_PER_MINUTE / perMinute;
  }
}
