package com.zangsho.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zangsho.application.config.ServerSettings;
import com.zangsho.domain.tenant.Caller;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitsTest {
  private final RateLimits limits = new RateLimits();

  RateLimitsTest() {
    limits.settings =
        new ServerSettings() {
          @Override
          public int rateLimitPerMinute() {
            return 5;
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
