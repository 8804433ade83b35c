package com.zangsho.application.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zangsho.application.config.ServerSettings;
import com.zangsho.domain.tenant.Caller;
import com.zangsho.domain.tenant.RateLimit;
import com.zangsho.domain.tenant.RateLimitRepository;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/** The memory store; the database's is proved by RateLimitIT on MySQL and by ClusterIT. */
class RateLimitsTest {
  private final RateLimits limits = new RateLimits();

  RateLimitsTest() {
    limits.settings =
        new ServerSettings() {
          @Override
          public int rateLimitPerMinute() {
            return 5;
          }

          @Override
          public Optional<RateLimitStore> rateLimitStore() {
            return Optional.empty();
          }
        };
    limits.sharedBuckets =
        new RateLimitRepository() {
          @Override
          public RateLimit.Decision take(
              long tenantId, long tokenId, RateLimit limit, LongSupplier clockNanos) {
            throw new AssertionError("an unshared database keeps no buckets");
          }

          @Override
          public boolean sharedBetweenServers() {
            return false;
          }
        };
  }

  private static Caller token(long id, Integer limit) {
    return new Caller(1, id, "t" + id, List.of("*"), limit);
  }

  @Test
  void aTokenGetsItsLimitAMinuteThenWaitsForTheNextRefill() {
    Caller caller = token(1, 3);
    for (int remaining = 2; remaining >= 0; remaining--) {
      RateLimits.Verdict verdict = limits.take(caller);
      assertTrue(verdict.allowed());
      assertEquals(3, verdict.limit());
      assertEquals(remaining, verdict.remaining());
    }
    RateLimits.Verdict refused = limits.take(caller);
    assertFalse(refused.allowed());
    assertTrue(refused.secondsToWait() >= 19 && refused.secondsToWait() <= 20, "" + refused);
  }

  @Test
  void tokensCountApartAndATokenWithoutALimitGetsTheServersDefault() {
    for (int i = 0; i < 3; i++) {
      limits.take(token(1, 3));
    }
    assertFalse(limits.take(token(1, 3)).allowed());

    RateLimits.Verdict other = limits.take(token(2, null));
    assertTrue(other.allowed());
    assertEquals(5, other.limit());
    assertEquals(4, other.remaining());
  }
}
