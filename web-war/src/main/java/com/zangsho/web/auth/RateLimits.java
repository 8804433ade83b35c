package com.zangsho.web.auth;

import com.zangsho.application.config.ServerSettings;
import com.zangsho.domain.tenant.Caller;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One token bucket per API token (docs/api.md §3): {@code limit} requests, refilled evenly over a
 * minute, so a token that used its minute gets a request back every {@code 60 / limit} seconds.
 * Buckets live in this server's memory: a token's traffic never touches another token's count.
 *
 * <p>Bucket4j rather than SmallRye Fault Tolerance's rate limit: the latter can hold one guard per
 * token and tells how long to wait once refused, but not how many requests remain, which every
 * response must report in {@code X-RateLimit-Remaining}.
 */
@ApplicationScoped
public class RateLimits {
  @Inject ServerSettings settings;

  private final ConcurrentMap<Key, Bucket> buckets = new ConcurrentHashMap<>();

  /** A token's bucket is per limit, so a changed limit starts a bucket of its own. */
  private record Key(long tokenId, int limit) {}

  /** What one request leaves of its token's budget. */
  public record Verdict(boolean allowed, int limit, long remaining, long secondsToWait) {}

  public Verdict take(Caller caller) {
    int limit =
        caller.rateLimitPerMinute() != null
            ? caller.rateLimitPerMinute()
            : settings.rateLimitPerMinute();
    Bucket bucket = buckets.computeIfAbsent(new Key(caller.tokenId(), limit), RateLimits::bucket);
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    long wait = (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L;
    return new Verdict(probe.isConsumed(), limit, probe.getRemainingTokens(), Math.max(1, wait));
  }

  private static Bucket bucket(Key key) {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(key.limit())
                .refillGreedy(key.limit(), Duration.ofMinutes(1))
                .build())
        .build();
  }
}
