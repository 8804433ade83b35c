package com.zangsho.application.token;

import com.zangsho.application.config.ServerSettings;
import com.zangsho.domain.tenant.Caller;
import com.zangsho.domain.tenant.RateLimit;
import com.zangsho.domain.tenant.RateLimitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * One bucket per API token and limit (docs/api.md §3, {@link RateLimit}), kept where every server
 * that answers for the token sees it: in the database when servers share it (a cluster,
 * docs/cluster.md), in this server's memory when it is alone (the embedded H2 file, or {@code
 * ZANGSHO_RATE_LIMIT_STORE=memory}). A token's traffic never touches another token's bucket.
 */
@ApplicationScoped
public class RateLimits {
  private static final Logger LOG = Logger.getLogger(RateLimits.class.getName());

  @Inject ServerSettings settings;
  @Inject RateLimitRepository sharedBuckets;

  /** A token's bucket is per limit, so a changed limit starts a bucket of its own. */
  private record Key(long tokenId, int limit) {}

  private final ConcurrentMap<Key, AtomicLong> localBuckets = new ConcurrentHashMap<>();
  private volatile Boolean shared;

  /** What one request leaves of its token's budget. */
  public record Verdict(boolean allowed, int limit, long remaining, long secondsToWait) {}

  public Verdict take(Caller caller) {
    int perMinute =
        caller.rateLimitPerMinute() != null
            ? caller.rateLimitPerMinute()
            : settings.rateLimitPerMinute();
    RateLimit limit = new RateLimit(perMinute);
    RateLimit.Decision decision =
        shared()
            ? sharedBuckets.take(caller.tenantId(), caller.tokenId(), limit, RateLimits::nowNanos)
            : takeLocally(new Key(caller.tokenId(), perMinute), limit);
    long wait = TimeUnit.NANOSECONDS.toSeconds(decision.nanosToWait() + 999_999_999);
    return new Verdict(decision.allowed(), perMinute, decision.remaining(), Math.max(1, wait));
  }

  private RateLimit.Decision takeLocally(Key key, RateLimit limit) {
    AtomicLong bucket = localBuckets.computeIfAbsent(key, k -> new AtomicLong());
    while (true) {
      long before = bucket.get();
      // Read with the bucket's state, so that requests are judged in the order they change it.
      RateLimit.Decision decision = limit.take(before, nowNanos());
      if (!decision.allowed() || bucket.compareAndSet(before, decision.tat())) {
        return decision;
      }
    }
  }

  private static long nowNanos() {
    Instant now = Instant.now();
    return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
  }

  private boolean shared() {
    Boolean decided = shared;
    if (decided == null) {
      decided =
          settings
              .rateLimitStore()
              .map(ServerSettings.RateLimitStore.DATABASE::equals)
              .orElseGet(sharedBuckets::sharedBetweenServers);
      shared = decided;
      LOG.info(
          decided
              ? "Rate limits counted in the database, shared by every server that uses it"
              : "Rate limits counted in this server's memory");
    }
    return decided;
  }
}
