package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Per-token rate limits (docs/api.md §3), with their headers on every response. */
class RateLimitIT extends DeployedEarTest {
  @Test
  void aTokenOverItsLimitIsRefusedUntilItsWindowRefillsAndOthersAreNot() throws Exception {
    Api tenant = Api.newTenant(base, "limits-" + UUID.randomUUID());
    String limited =
        tenant
            .post(
                "/v1/tokens",
                "{\"name\": \"slow\", \"abilities\": [\"*\"], \"rate_limit_per_minute\": 3}")
            .expect(201)
            .data()
            .getString("token");
    Api slow = Api.as(base, limited);

    for (int remaining = 2; remaining >= 0; remaining--) {
      Api.Response ok = slow.get("/v1/customers").expect(200);
      assertEquals("3", ok.header("X-RateLimit-Limit"));
      assertEquals(String.valueOf(remaining), ok.header("X-RateLimit-Remaining"));
    }
    Api.Response refused = slow.get("/v1/customers").expect(429);
    assertEquals("請求過於頻繁,請稍後再試", refused.json().getString("message"));
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    assertTrue(
        retryAfter >= 1 && retryAfter <= 20, "3 a minute refill one every 20 s: " + retryAfter);
    long reset = Long.parseLong(refused.header("X-RateLimit-Reset"));
    long now = System.currentTimeMillis() / 1000;
    assertTrue(reset >= now && reset <= now + 21, "reset " + reset + ", now " + now);
    assertEquals("0", refused.header("X-RateLimit-Remaining"));
    slow.post("/v1/customers", "{\"email\": \"x@example.com\"}").expect(429);

    Api.Response other = tenant.get("/v1/customers").expect(200);
    assertEquals("60", other.header("X-RateLimit-Limit"), "the server's default");

    Thread.sleep(retryAfter * 1000 + 500);
    Api.Response recovered = slow.get("/v1/customers").expect(200);
    assertEquals("0", recovered.header("X-RateLimit-Remaining"));
    assertEquals(0, tenant.get("/v1/customers").json().getJsonObject("meta").getInt("total"));
  }

  @Test
  void errorsCarryTheHeadersToo() {
    Api tenant = Api.newTenant(base, "limits-" + UUID.randomUUID());
    Api.Response missing = tenant.get("/v1/customers/424242").expect(404);
    assertEquals("60", missing.header("X-RateLimit-Limit"));
    assertEquals("59", missing.header("X-RateLimit-Remaining"));
  }

  /**
   * A new token's first requests, all at once: each counted once in one bucket. On MySQL the
   * bucket's row is made by the first of them (a deadlock between three such first requests once
   * answered 500).
   */
  @Test
  void aNewTokensFirstRequestsAtOnceAreEachCountedOnce() throws Exception {
    Api tenant = Api.newTenant(base, "limits-" + UUID.randomUUID(), 16);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService clients = Executors.newFixedThreadPool(16);
    try {
      List<Future<Api.Response>> answers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        answers.add(
            clients.submit(
                () -> {
                  start.await();
                  return tenant.get("/v1/customers");
                }));
      }
      start.countDown();
      Set<String> remaining = new TreeSet<>();
      for (Future<Api.Response> answer : answers) {
        Api.Response response = answer.get();
        assertEquals(200, response.status(), response.text());
        remaining.add(response.header("X-RateLimit-Remaining"));
      }
      assertEquals(16, remaining.size(), "each request took its own place: " + remaining);
      assertEquals(429, tenant.get("/v1/customers").status());
    } finally {
      clients.shutdownNow();
    }
  }
}
