package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two clients change the same record at the same moment through single writes (or one of them
 * through an update batch). Neither may write back what the other changed, a subscription's history
 * must chain (each event starts from the amount the one before it ended at), and a token revoked
 * while it is regenerated stays revoked. ({@link ConcurrentBatchesIT} races batches that create.)
 */
class ConcurrentSingleWritesIT extends DeployedEarTest {
  private static final int ROUNDS = 15;
  Api api;

  @BeforeEach
  void newTenant() {
    // Every round sends several requests: more than the default 60 a minute in all.
    api = Api.newTenant(base, "concurrent-" + UUID.randomUUID(), 1000);
  }

  @Test
  void twoChangesOfDifferentFieldsOfOneCustomerBothSurvive() {
    for (int round = 0; round < ROUNDS; round++) {
      String path =
          "/v1/customers/"
              + api.post("/v1/customers", "{\"email\": \"c" + round + "@example.com\"}")
                  .expect(201)
                  .data()
                  .getInt("id");
      String name = "name " + round;
      String phone = "0900-" + round;

      together(
          () -> api.put(path, "{\"name\": \"" + name + "\"}"),
          () -> api.put(path, "{\"phone\": \"" + phone + "\"}"));

      JsonObject customer = api.get(path).expect(200).data();
      assertEquals(name, customer.getString("name"), "round " + round);
      assertEquals(phone, customer.getString("phone"), "round " + round);
    }
  }

  @Test
  void twoChangesOfOneSubscriptionRecordAChainedHistory() {
    for (int round = 0; round < ROUNDS; round++) {
      Api.Subscriber subscriber = api.newSubscriber("s" + round + "@example.com", 100);
      long customer = subscriber.customerId();
      String path = subscriber.subscriptionPath();

      together(() -> api.put(path, "{\"mrr\": 200}"), () -> api.put(path, "{\"mrr\": 50}"));

      JsonArray history =
          api.get("/v1/subscriptions/events?customer_id=" + customer)
              .expect(200)
              .json()
              .getJsonArray("data");
      assertEquals(3, history.size(), "created and one event per change: " + history);
      for (int i = 1; i < history.size(); i++) {
        assertEquals(
            history.getJsonObject(i - 1).getString("new_amount"),
            history.getJsonObject(i).getString("old_amount"),
            "round " + round + ": " + history);
      }
      assertEquals(
          history.getJsonObject(2).getString("new_amount"),
          api.get(path).expect(200).data().getString("mrr"));
    }
  }

  @Test
  void anUpdateBatchRacingSingleChangesOfItsCustomersKeepsBoth() {
    int count = 40;
    StringBuilder created = new StringBuilder();
    StringBuilder renamed = new StringBuilder();
    for (int i = 0; i < count; i++) {
      String comma = i == 0 ? "" : ",";
      created.append(comma).append("{\"email\": \"b").append(i).append("@example.com\"}");
      renamed
          .append(comma)
          .append("{\"email\": \"b")
          .append(i)
          .append("@example.com\", \"name\": \"renamed ")
          .append(i)
          .append("\"}");
    }
    JsonArray ids =
        api.post("/v1/customers/batch", "{\"customers\": [" + created + "]}")
            .expect(200)
            .data()
            .getJsonObject("results")
            .getJsonArray("created");

    both(
            () ->
                api.post(
                    "/v1/customers/batch",
                    "{\"on_conflict\": \"update\", \"customers\": [" + renamed + "]}"),
            () -> {
              Api.Response last = null;
              for (int i = count - 1; i >= 0; i--) {
                last =
                    api.put(
                            "/v1/customers/" + ids.getJsonObject(i).getInt("id"),
                            "{\"phone\": \"0900-" + i + "\"}")
                        .expect(200);
              }
              return last;
            })
        .forEach(response -> response.expect(200));

    for (int i = 0; i < count; i++) {
      JsonObject customer =
          api.get("/v1/customers/" + ids.getJsonObject(i).getInt("id")).expect(200).data();
      assertEquals("renamed " + i, customer.getString("name"), "customer " + i);
      assertEquals(
          "0900-" + i,
          customer.isNull("phone") ? null : customer.getString("phone"),
          "customer " + i);
    }
  }

  @Test
  void aTokenRevokedWhileItIsRegeneratedStaysRevoked() {
    for (int round = 0; round < ROUNDS; round++) {
      long id =
          api.post("/v1/tokens", "{\"name\": \"doomed " + round + "\", \"abilities\": [\"*\"]}")
              .expect(201)
              .data()
              .getInt("id");

      List<Api.Response> answers =
          both(
              () -> api.delete("/v1/tokens/" + id),
              () -> api.post("/v1/tokens/" + id + "/regenerate", ""));

      answers.get(0).expect(204);
      Api.Response regenerated = answers.get(1);
      if (regenerated.status() == 200) {
        Api.as(base, regenerated.data().getString("token")).get("/v1/customers").expect(401);
      } else {
        regenerated.expect(404);
      }
      for (JsonObject listed :
          api.get("/v1/tokens")
              .expect(200)
              .json()
              .getJsonArray("data")
              .getValuesAs(JsonObject.class)) {
        assertNotEquals(id, listed.getInt("id"), "round " + round);
      }
    }
  }

  /** Sends both requests at once; each must succeed. */
  private static void together(Supplier<Api.Response> first, Supplier<Api.Response> second) {
    both(first, second).forEach(response -> response.expect(200));
  }

  /** Sends both requests at once and answers their responses, in the same order. */
  private static List<Api.Response> both(
      Supplier<Api.Response> first, Supplier<Api.Response> second) {
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Api.Response>> sent =
        List.of(
            CompletableFuture.supplyAsync(() -> afterwards(start, first)),
            CompletableFuture.supplyAsync(() -> afterwards(start, second)));
    start.countDown();
    return sent.stream().map(CompletableFuture::join).toList();
  }

  private static Api.Response afterwards(CountDownLatch start, Supplier<Api.Response> request) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return request.get();
  }
}
