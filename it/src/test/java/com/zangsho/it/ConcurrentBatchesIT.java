package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Two clients send batches with overlapping keys at the same moment. Each must report every one of
 * its items exactly once, the loser's taken keys as skips (or updates), and no key may end up
 * twice: customers by e-mail; orders by order_no, each for a customer its e-mail creates, so both
 * the orders and the customers they create race.
 */
class ConcurrentBatchesIT extends DeployedEarTest {
  private static final int ROUNDS = 5;
  private static final int ITEMS = 100;
  private static final int OVERLAP = 60;

  /** One kind of batch: where it goes, its items' field, and item {@code i} of a round. */
  private record Kind(String path, String itemsField, ItemText item) {}

  private interface ItemText {
    String of(String key, int from);
  }

  private static final Kind CUSTOMERS =
      new Kind(
          "/v1/customers",
          "customers",
          (key, from) ->
              "{\"email\": \"" + key + "@example.com\", \"name\": \"from " + from + "\"}");

  private static final Kind ORDERS =
      new Kind(
          "/v1/orders",
          "orders",
          (key, from) ->
              "{\"order_no\": \""
                  + key
                  + "\", \"customer_email\": \""
                  + key
                  + "@example.com\", \"amount\": \""
                  + from
                  + ".00\"}");

  @Test
  void racingSkipBatchesReportEveryItemOnceAndNeverDuplicateARow() throws Exception {
    race(CUSTOMERS, "skip");
  }

  @Test
  void racingUpdateBatchesReportEveryItemOnceAndNeverDuplicateARow() throws Exception {
    race(CUSTOMERS, "update");
  }

  @Test
  void racingOrderBatchesNeverDuplicateAnOrderNorTheCustomersTheyCreate() throws Exception {
    race(ORDERS, "skip");
  }

  @Test
  void racingOrderUpdateBatchesNeverDuplicateAnOrderNorTheCustomersTheyCreate() throws Exception {
    race(ORDERS, "update");
  }

  private void race(Kind kind, String onConflict) throws Exception {
    Api api = Api.newTenant(base, "race-" + UUID.randomUUID());
    Set<String> distinct = new HashSet<>();
    for (int round = 0; round < ROUNDS; round++) {
      // Client A sends keys 0..99, client B 40..139 of this round: 60 shared.
      String a = batch(kind, onConflict, round, 0, distinct);
      String b = batch(kind, onConflict, round, ITEMS - OVERLAP, distinct);
      CountDownLatch start = new CountDownLatch(1);
      CompletableFuture<Api.Response> first =
          CompletableFuture.supplyAsync(() -> sendAfter(start, api, kind, a));
      CompletableFuture<Api.Response> second =
          CompletableFuture.supplyAsync(() -> sendAfter(start, api, kind, b));
      start.countDown();

      JsonObject resultA = first.get().expect(200).data();
      JsonObject resultB = second.get().expect(200).data();

      for (JsonObject result : List.of(resultA, resultB)) {
        assertEquals(ITEMS, result.getInt("total"));
        assertEquals(0, result.getInt("failed"), result.toString());
        assertEquals(ITEMS, reportedIndexes(result).size(), "every index reported once: " + result);
      }
      int created = resultA.getInt("created") + resultB.getInt("created");
      assertEquals(ITEMS * 2 - OVERLAP, created, "each key created by exactly one of the two");
    }
    assertEquals(distinct.size(), total(api, kind.path()));
    assertEquals(distinct.size(), total(api, "/v1/customers"), "one customer per e-mail");
  }

  private static int total(Api api, String path) {
    return api.get(path + "?per_page=1").expect(200).json().getJsonObject("meta").getInt("total");
  }

  private static Api.Response sendAfter(CountDownLatch start, Api api, Kind kind, String body) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return api.post(kind.path() + "/batch", body);
  }

  private static String batch(
      Kind kind, String onConflict, int round, int from, Set<String> distinct) {
    List<String> items = new ArrayList<>();
    for (int i = from; i < from + ITEMS; i++) {
      String key = "r" + round + "-" + i;
      distinct.add(key);
      items.add(kind.item().of(key, from));
    }
    return "{\"on_conflict\": \""
        + onConflict
        + "\", \""
        + kind.itemsField()
        + "\": ["
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
