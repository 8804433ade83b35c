package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code X-Idempotency-Key} (docs/api.md §4) over HTTP. */
class IdempotencyIT extends DeployedEarTest {
  @ArquillianResource ManagementClient management;
  Api api;

  @BeforeEach
  void newTenant() {
    api = Api.newTenant(base, "idempotency-" + UUID.randomUUID());
  }

  @Test
  void theSameKeyAndBodyAnswerAsTheFirstTimeWithoutASecondEffect() {
    Api keyed = api.withHeader("X-Idempotency-Key", "create-1");
    Api.Response first =
        keyed.post("/v1/customers", "{\"email\": \"once@example.com\"}").expect(201);
    assertNull(first.header("Idempotent-Replayed"));

    Api.Response again =
        keyed.post("/v1/customers", "{\"email\": \"once@example.com\"}").expect(201);

    assertEquals("true", again.header("Idempotent-Replayed"));
    assertEquals(first.text(), again.text());
    assertEquals(first.header("Location"), again.header("Location"));
    assertEquals(1, total("/v1/customers"));
    assertEquals(1, total("/v1/activity_logs?action=customer.created"));
  }

  @Test
  void batchesAndDeletesReplayToo() {
    Api keyed = api.withHeader("X-Idempotency-Key", "seed-batch");
    String batch = keyed.post("/v1/customers/batch", CustomersApiIT.SEED_BATCH).expect(200).text();
    Api.Response replayed =
        keyed.post("/v1/customers/batch", CustomersApiIT.SEED_BATCH).expect(200);
    assertEquals(batch, replayed.text(), "created twice, not skipped the second time");
    assertEquals("true", replayed.header("Idempotent-Replayed"));

    long id = api.get("/v1/customers").json().getJsonArray("data").getJsonObject(0).getInt("id");
    Api deleting = api.withHeader("X-Idempotency-Key", "delete-" + id);
    deleting.delete("/v1/customers/" + id).expect(204);
    assertEquals(
        "true", deleting.delete("/v1/customers/" + id).expect(204).header("Idempotent-Replayed"));
  }

  @Test
  void theSameKeyWithAnotherBodyIs422AndWritesNothing() {
    Api keyed = api.withHeader("X-Idempotency-Key", "reused");
    keyed.post("/v1/customers", "{\"email\": \"a@example.com\"}").expect(201);

    JsonObject refused =
        keyed.post("/v1/customers", "{\"email\": \"b@example.com\"}").expect(422).json();

    assertTrue(
        refused.getJsonObject("errors").containsKey("X-Idempotency-Key"), refused.toString());
    assertTrue(refused.getString("message").contains("idempotency_key_reused"));
    assertEquals(1, total("/v1/customers"));
  }

  @Test
  void aFailedWriteKeepsNoKeySoTheFixedRequestCanUseIt() {
    Api keyed = api.withHeader("X-Idempotency-Key", "fix-me");
    keyed.post("/v1/customers", "{\"email\": \"not-an-email\"}").expect(422);
    keyed.post("/v1/customers", "{\"email\": \"fixed@example.com\"}").expect(201);
    keyed.post("/v1/customers", "{\"email\": \"fixed@example.com\"}").expect(201);
    assertEquals(1, total("/v1/customers"));
  }

  @Test
  void keysBelongToOneTenantAndHaveALengthLimit() {
    api.withHeader("X-Idempotency-Key", "shared")
        .post("/v1/customers", "{\"email\": \"a@example.com\"}")
        .expect(201);
    Api other = Api.newTenant(base, "other-" + UUID.randomUUID());
    Api.Response theirs =
        other
            .withHeader("X-Idempotency-Key", "shared")
            .post("/v1/customers", "{\"email\": \"a@example.com\"}")
            .expect(201);
    assertNull(theirs.header("Idempotent-Replayed"));
    api.withHeader("X-Idempotency-Key", "k".repeat(256))
        .post("/v1/customers", "{\"email\": \"c@example.com\"}")
        .expect(422);
  }

  @Test
  void twoRequestsWithOneKeyAtOnceHaveOneEffect() throws Exception {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      items
          .append(i == 0 ? "" : ",")
          .append("{\"order_no\": \"R-")
          .append(i)
          .append("\", \"customer_email\": \"r")
          .append(i)
          .append("@example.com\", \"amount\": 1}");
    }
    String batch = "{\"orders\": [" + items + "]}";
    Api keyed = api.withHeader("X-Idempotency-Key", "racing");
    CompletableFuture<Api.Response> a =
        CompletableFuture.supplyAsync(() -> keyed.post("/v1/orders/batch", batch));
    CompletableFuture<Api.Response> b =
        CompletableFuture.supplyAsync(() -> keyed.post("/v1/orders/batch", batch));

    List<Api.Response> answers = List.of(a.get(), b.get());
    long originals =
        answers.stream()
            .filter(r -> r.status() == 200 && r.header("Idempotent-Replayed") == null)
            .count();
    assertEquals(1, originals, answers.toString());
    for (Api.Response answer : answers) {
      assertTrue(answer.status() == 200 || answer.status() == 409, answer.text());
    }
    assertEquals(100, total("/v1/orders"));
    assertEquals(1, total("/v1/activity_logs?action=orders.batch_import"));
  }

  @Test
  void anAnsweredKeySurvivesAServerReload() throws Exception {
    Api keyed = api.withHeader("X-Idempotency-Key", "durable");
    String first =
        keyed.post("/v1/customers", "{\"email\": \"durable@example.com\"}").expect(201).text();

    ServerReload.reloadAndWait(management, base);

    Api.Response replayed =
        keyed.post("/v1/customers", "{\"email\": \"durable@example.com\"}").expect(201);
    assertEquals("true", replayed.header("Idempotent-Replayed"));
    assertEquals(first, replayed.text());
    assertEquals(1, total("/v1/customers"));
  }

  private int total(String path) {
    return api.get(path).expect(200).json().getJsonObject("meta").getInt("total");
  }
}
