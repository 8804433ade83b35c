package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two clients send batches with overlapping e-mails at the same moment. Each must report every one
 * of its items exactly once, the loser's taken e-mails as skips (or updates), and no e-mail may end
 * up twice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentCustomerBatchesIT {
  private static final int ROUNDS = 5;
  private static final int ITEMS = 100;
  private static final int OVERLAP = 60;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  @Test
  void racingSkipBatchesReportEveryItemOnceAndNeverDuplicateARow() throws Exception {
    race("skip");
  }

  @Test
  void racingUpdateBatchesReportEveryItemOnceAndNeverDuplicateARow() throws Exception {
    race("update");
  }

  private void race(String onConflict) throws Exception {
    Api api = Api.newTenant(base, "race-" + UUID.randomUUID());
    Set<String> distinct = new HashSet<>();
    for (int round = 0; round < ROUNDS; round++) {
      // Client A sends e-mails 0..99, client B 40..139 of this round: 60 shared.
      String a = batch(onConflict, round, 0, distinct);
      String b = batch(onConflict, round, ITEMS - OVERLAP, distinct);
      CountDownLatch start = new CountDownLatch(1);
      CompletableFuture<Api.Response> first =
          CompletableFuture.supplyAsync(() -> sendAfter(start, api, a));
      CompletableFuture<Api.Response> second =
          CompletableFuture.supplyAsync(() -> sendAfter(start, api, b));
      start.countDown();

      JsonObject resultA = first.get().expect(200).data();
      JsonObject resultB = second.get().expect(200).data();

      for (JsonObject result : List.of(resultA, resultB)) {
        assertEquals(ITEMS, result.getInt("total"));
        assertEquals(0, result.getInt("failed"), result.toString());
        assertEquals(ITEMS, reportedIndexes(result).size(), "every index reported once: " + result);
      }
      int created = resultA.getInt("created") + resultB.getInt("created");
      assertEquals(ITEMS * 2 - OVERLAP, created, "each e-mail created by exactly one of the two");
    }
    JsonObject meta = api.get("/v1/customers?per_page=1").expect(200).json().getJsonObject("meta");
    assertEquals(distinct.size(), meta.getInt("total"));
  }

  private static Api.Response sendAfter(CountDownLatch start, Api api, String body) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return api.post("/v1/customers/batch", body);
  }

  private static String batch(String onConflict, int round, int from, Set<String> distinct) {
    List<String> items = new ArrayList<>();
    for (int i = from; i < from + ITEMS; i++) {
      String email = "r" + round + "-" + i + "@example.com";
      distinct.add(email);
      items.add("{\"email\": \"" + email + "\", \"name\": \"from " + from + "\"}");
    }
    return "{\"on_conflict\": \""
        + onConflict
        + "\", \"customers\": ["
        + String.join(",", items)
        + "]}";
  }

  private static Set<Integer> reportedIndexes(JsonObject result) {
    Set<Integer> indexes = new HashSet<>();
    JsonObject results = result.getJsonObject("results");
    for (String list : List.of("created", "updated", "skipped", "failed")) {
      results.getJsonArray(list).forEach(v -> indexes.add(v.asJsonObject().getInt("index")));
    }
    return indexes;
  }
}
