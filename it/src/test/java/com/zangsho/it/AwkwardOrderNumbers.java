package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Order numbers as merchants write them, each read back both ways a client can ask for one: by its
 * path, percent-encoded, and by the list's exact {@code order_no} filter, which also reads the
 * numbers the path cannot ({@code stats}, a path of its own). Run on the provisioned server and
 * through the install kit.
 */
final class AwkwardOrderNumbers {
  static final List<String> NUMBERS =
      List.of("INV/2025/001", "#1001", "A 17", "訂單-001", "50%?x", "a+b&c=d", "batch", "stats");

  private AwkwardOrderNumbers() {}

  static void createAndReadBack(Api api) {
    for (String orderNo : NUMBERS) {
      api.post(
              "/v1/orders",
              "{\"order_no\": \""
                  + orderNo
                  + "\", \"customer_email\": \"awkward@example.com\", \"amount\": \"1.00\"}")
          .expect(201);
    }
    for (String orderNo : NUMBERS) {
      JsonArray listed =
          api.get("/v1/orders?order_no=" + encoded(orderNo))
              .expect(200)
              .json()
              .getJsonArray("data");
      assertEquals(1, listed.size(), orderNo);
      assertEquals(orderNo, listed.getJsonObject(0).getString("order_no"));
      if (!orderNo.equals("stats")) {
        assertEquals(
            orderNo,
            api.get("/v1/orders/" + encoded(orderNo)).expect(200).data().getString("order_no"));
      }
    }
    assertEquals(
        0,
        api.get("/v1/orders?order_no=" + encoded("inv/2025/001"))
            .expect(200)
            .json()
            .getJsonArray("data")
            .size());
    assertEquals(
        0,
        api.get("/v1/orders?order_no=" + encoded("A 1"))
            .expect(200)
            .json()
            .getJsonArray("data")
            .size());
  }

  /** Percent-encoded for a path segment or a query value alike: a space is {@code %20}. */
  static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
