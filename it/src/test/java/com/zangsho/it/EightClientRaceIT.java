package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * docs/reliability.md, "Races": eight clients import the same 10,000 customers, then the same
 * 10,000 orders and the same 10,000 events, each client in its own batch order, half with {@code
 * skip} and half with {@code update}, while single PUTs change customers the update batches also
 * write. Exactly 10,000 rows of each, every item of every response reported once, no 5xx, and no
 * field a PUT set lost to a batch that did not give it.
 */
class EightClientRaceIT extends DeployedEarTest {
  private static final int CLIENTS = 8;
  private static final int ROWS = 10_000;
  private static final int BATCH = 100;
  private static final int PUT_CUSTOMERS = 200;
  private static final java.util.concurrent.atomic.AtomicInteger RETRIED =
      new java.util.concurrent.atomic.AtomicInteger();

  @Test
  void eightClientsImportingTheSameRowsLeaveEachRowOnceAndLoseNoField() throws Exception {
    Api api = Api.newTenant(base, "race8-" + UUID.randomUUID(), 1_000_000);
    String run = UUID.randomUUID().toString().substring(0, 6);
    List<String> problems = new ArrayList<>();

    race(
        api,
        "/v1/customers/batch",
        "customers",
        i -> "{\"email\": \"r" + i + "-" + run + "@example.com\", \"name\": \"客戶" + i + "\"}",
        problems,
        null);
    Map<String, Long> ids = walk(api, "/v1/customers", "email");
    assertEquals(ROWS, ids.size(), "customers");

    // The PUTs give phone, which no batch item gives: an update batch must not write it back.
    List<String> putTargets = new ArrayList<>();
    for (int i = 0; i < PUT_CUSTOMERS; i++) {
      putTargets.add("/v1/customers/" + ids.get("r" + i + "-" + run + "@example.com"));
    }
    race(
        api,
        "/v1/customers/batch",
        "customers",
        i -> "{\"email\": \"r" + i + "-" + run + "@example.com\", \"name\": \"again" + i + "\"}",
        problems,
        putTargets);
    race(
        api,
        "/v1/orders/batch",
        "orders",
        i ->
            "{\"order_no\": \"R"
                + i
                + "-"
                + run
                + "\", \"customer_email\": \"r"
                + i
                + "-"
                + run
                + "@example.com\", \"amount\": \""
                + (i % 500 + 1)
                + ".00\", \"status\": \"paid\", \"paid_at\": \"2025-06-01T00:00:00Z\"}",
        problems,
        null);
    race(
        api,
        "/v1/subscriptions/events/batch",
        "events",
        i ->
            "{\"customer_email\": \"r"
                + i
                + "-"
                + run
                + "@example.com\", \"event_type\": \"created\", \"new_amount\": \"990.00\", \"occurred_at\": \"2025-01-01T00:00:00Z\"}",
        problems,
        null);

    // The figure docs/reliability.md quotes (in the failsafe report's output).
    System.out.println("race: batches answered 409 and retried: " + RETRIED.get());
    assertEquals(List.of(), problems);
    assertEquals(ROWS, walk(api, "/v1/customers", "email").size(), "customers");
    assertEquals(ROWS, walk(api, "/v1/orders", "order_no").size(), "orders");
    assertEquals(ROWS, walk(api, "/v1/subscriptions/events", "customer_email").size(), "events");
    for (String target : putTargets) {
      JsonObject customer = api.get(target).expect(200).data();
      assertEquals(
          "0900-000-000", customer.getString("phone"), "the PUT's field survived " + target);
    }
  }

  /**
   * Eight clients send all rows, each starting at another batch; the odd ones with {@code update}.
   * With {@code puts}, a ninth client PUTs those paths meanwhile.
   */
  private static void race(
      Api api,
      String path,
      String field,
      IntFunction<String> item,
      List<String> problems,
      List<String> puts)
      throws Exception {
    int batches = ROWS / BATCH;
    ConcurrentLinkedQueue<String> found = new ConcurrentLinkedQueue<>();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        String onConflict = client % 2 == 0 ? "skip" : "update";
        running.add(
            clients.submit(
                () -> {
                  for (int n = 0; n < batches; n++) {
                    int b = (n + client * batches / CLIENTS) % batches;
                    StringBuilder body =
                        new StringBuilder(
                            "{\"on_conflict\": \"" + onConflict + "\", \"" + field + "\": [");
                    for (int i = b * BATCH; i < (b + 1) * BATCH; i++) {
                      body.append(i == b * BATCH ? "" : ",").append(item.apply(i));
                    }
                    String request = body.append("]}").toString();
                    Api.Response response = api.post(path, request);
                    // 409 is the contract's "retry": lock contention past the server's own retries.
                    for (int retry = 0; response.status() == 409 && retry < 5; retry++) {
                      RETRIED.incrementAndGet();
                      pause(200L << retry);
                      response = api.post(path, request);
                    }
                    if (response.status() != 200) {
                      found.add(
                          path
                              + " "
                              + onConflict
                              + " batch "
                              + b
                              + ": "
                              + response.status()
                              + " "
                              + response.text());
                      continue;
                    }
                    JsonObject data = response.data();
                    if (reported(data) != BATCH || data.getInt("failed") != 0) {
                      found.add(path + " batch " + b + " reported: " + data);
                    }
                  }
                }));
      }
      if (puts != null) {
        running.add(
            clients.submit(
                () -> {
                  for (String target : puts) {
                    Api.Response put = api.put(target, "{\"phone\": \"0900-000-000\"}");
                    if (put.status() != 200) {
                      found.add("PUT " + target + ": " + put.status() + " " + put.text());
                    }
                  }
                }));
      }
      for (Future<?> client : running) {
        client.get();
      }
    } finally {
      clients.shutdownNow();
    }
    problems.addAll(found);
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** How many distinct indexes the batch's four lists report. */
  private static int reported(JsonObject data) {
    Set<Integer> indexes = new HashSet<>();
    JsonObject results = data.getJsonObject("results");
    int listed = 0;
    for (String list : List.of("created", "updated", "skipped", "failed")) {
      listed += results.getJsonArray(list).size();
      results.getJsonArray(list).forEach(v -> indexes.add(v.asJsonObject().getInt("index")));
    }
    return listed == indexes.size() ? indexes.size() : -listed;
  }

  /**
   * Every row of a list by cursor, {@code key} to id; a key seen twice fails (each customer has one
   * order and one event here).
   */
  private static Map<String, Long> walk(Api api, String list, String key) {
    Map<String, Long> rows = new HashMap<>();
    int count = 0;
    String cursor = null;
    do {
      JsonObject page =
          api.get(list + "?per_page=100" + (cursor == null ? "" : "&cursor=" + cursor))
              .expect(200)
              .json();
      for (var row : page.getJsonArray("data")) {
        rows.put(
            row.asJsonObject().getString(key), row.asJsonObject().getJsonNumber("id").longValue());
        count++;
      }
      JsonObject meta = page.getJsonObject("meta");
      cursor = meta.isNull("next_cursor") ? null : meta.getString("next_cursor");
    } while (cursor != null);
    assertTrue(count == rows.size(), list + ": " + count + " rows, " + rows.size() + " distinct");
    return rows;
  }
}
