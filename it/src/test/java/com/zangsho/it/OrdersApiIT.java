package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The orders API over HTTP against the deployed EAR: the seed's orders import, single creates,
 * every failure reason, reads, stats, and the customer figures the orders feed.
 */
class OrdersApiIT extends DeployedEarTest {
  static final String SEED_ORDERS =
      """
      {
      "on_conflict": "skip",
      "orders": [
      {
      "order_no": "ORD-2025-001",
      "customer_email": "wang.xiaoming@example.com",
      "customer_name": "王小明",
      "amount": "1990.00",
      "currency": "TWD",
      "status": "paid",
      "payment_method": "credit_card",
      "billing_cycle": "monthly",
      "paid_at": "2025-12-01T08:00:00Z"
      },
      {
      "order_no": "ORD-2025-002",
      "customer_email": "chen.meili@example.com",
      "customer_name": "陳美麗",
      "amount": "5990.00",
      "currency": "TWD",
      "status": "paid",
      "payment_method": "credit_card",
      "billing_cycle": "yearly",
      "paid_at": "2025-12-15T10:00:00Z"
      }
      ]
      }""";

  Api api;

  @BeforeEach
  void newTenant() {
    api = Api.newTenant(base, "orders-" + UUID.randomUUID());
  }

  @Test
  void everyOrderNumberTheApiTakesReadsBackByPathAndByTheExactFilter() {
    AwkwardOrderNumbers.createAndReadBack(api);
  }

  @Test
  void theSeedsOrdersAfterTheSeedsCustomersCreateBothOrdersForThoseCustomers() {
    api.post("/v1/customers/batch", CustomersApiIT.SEED_BATCH).expect(200);

    JsonObject data = api.post("/v1/orders/batch", SEED_ORDERS).expect(200).data();

    assertEquals(2, data.getInt("total"));
    assertEquals(2, data.getInt("created"));
    JsonArray created = data.getJsonObject("results").getJsonArray("created");
    assertEquals("ORD-2025-001", created.getJsonObject(0).getString("identifier"));
    assertEquals("ORD-2025-002", created.getJsonObject(1).getString("identifier"));
    JsonObject order = api.get("/v1/orders/ORD-2025-001").expect(200).data();
    assertEquals(created.getJsonObject(0).getJsonNumber("id").longValue(), order.getInt("id"));
    assertEquals("1990.00", order.getString("amount"));
    assertEquals("TWD", order.getString("currency"));
    assertEquals("paid", order.getString("status"));
    assertEquals("credit_card", order.getString("payment_method"));
    assertEquals("monthly", order.getString("billing_cycle"));
    assertEquals("import", order.getString("source"));
    assertEquals("2025-12-01T08:00:00Z", order.getString("paid_at"));
    assertTrue(order.isNull("refunded_at"));
    assertEquals("wang.xiaoming@example.com", order.getString("customer_email"));
    assertEquals("王小明", order.getString("customer_name"));
    assertEquals(2, total(api.get("/v1/customers")), "the seed's customers, not new ones");
    JsonObject customer = customerByEmail("chen.meili@example.com");
    assertEquals(
        customer.getInt("id"), api.get("/v1/orders/ORD-2025-002").data().getInt("customer_id"));
    assertEquals("5990.00", customer.getString("ltv"));
    assertEquals(1, customer.getInt("order_count"));
    assertEquals("2025-12-15T10:00:00Z", customer.getString("first_payment_at"));
    assertEquals("0923456789", customer.getString("phone"), "the existing customer is untouched");
  }

  @Test
  void unknownCustomerEmailsAreCreatedWithTheirNamesInTheSameBatch() {
    JsonObject data = api.post("/v1/orders/batch", SEED_ORDERS).expect(200).data();

    assertEquals(2, data.getInt("created"));
    JsonObject customer = customerByEmail("wang.xiaoming@example.com");
    assertEquals("王小明", customer.getString("name"));
    assertEquals("1990.00", customer.getString("ltv"));
    assertEquals(2, total(api.get("/v1/customers")));

    api.post(
            "/v1/orders/batch",
            """
            {"orders": [
              {"order_no": "A-1", "customer_email": "new@example.com", "customer_name": "New", "amount": 10},
              {"order_no": "A-2", "customer_email": "NEW@example.com", "amount": 20}
            ]}""")
        .expect(200);
    assertEquals(3, total(api.get("/v1/customers")), "one customer for both orders");
    assertEquals(2, customerByEmail("new@example.com").getInt("order_count"));
  }

  @Test
  void runningTheSeedAgainWithSkipReportsDuplicateOrderNumbersAndChangesNothing() {
    api.post("/v1/orders/batch", SEED_ORDERS).expect(200);

    JsonObject data =
        api.post("/v1/orders/batch", SEED_ORDERS.replace("\"1990.00\"", "\"1.00\""))
            .expect(200)
            .data();

    assertEquals(2, data.getInt("skipped"));
    JsonObject skipped = data.getJsonObject("results").getJsonArray("skipped").getJsonObject(0);
    assertEquals("duplicate_order_no", skipped.getString("reason"));
    assertEquals("ORD-2025-001", skipped.getString("identifier"));
    assertEquals("1990.00", api.get("/v1/orders/ORD-2025-001").data().getString("amount"));
    assertEquals(2, total(api.get("/v1/orders")));
  }

  @Test
  void everyFailureReasonFailsItsItemAloneWithTheFirstMessage() {
    JsonObject data =
        api.post(
                "/v1/orders/batch",
                """
                {"orders": [
                  {"order_no": "OK-1", "customer_email": "ok@example.com", "amount": "1.00"},
                  {"customer_email": "ok@example.com", "amount": "1.00"},
                  {"order_no": "B-2", "customer_id": 999999999, "amount": "1.00"},
                  {"order_no": "B-3", "amount": "1.00"},
                  {"order_no": "B-4", "customer_email": "ok@example.com"},
                  {"order_no": "B-5", "customer_email": "ok@example.com", "amount": "-1"},
                  {"order_no": "B-6", "customer_email": "ok@example.com", "amount": "1.234"},
                  {"order_no": "B-7", "customer_email": "ok@example.com", "amount": "1234567890123"},
                  {"order_no": "B-8", "customer_email": "ok@example.com", "amount": "abc"},
                  {"order_no": "B-9", "customer_email": "ok@example.com", "amount": 1, "currency": "ABC"},
                  {"order_no": "B-10", "customer_email": "ok@example.com", "amount": 1, "status": "shipped"},
                  {"order_no": "B-11", "customer_email": "ok@example.com", "amount": 1, "payment_method": "bitcoin"},
                  {"order_no": "B-12", "customer_email": "ok@example.com", "amount": 1, "billing_cycle": "weekly"},
                  {"order_no": "B-13", "customer_email": "ok@example.com", "amount": 1, "paid_at": "yesterday"},
                  {"order_no": "B-14", "customer_email": "ok@example.com", "amount": 1, "metadata": "x"},
                  {"order_no": "B-15", "customer_email": "not-an-email", "amount": 1},
                  {"order_no": "B-16", "customer_id": "abc", "amount": 1},
                  {"order_no": "B-17", "customer_email": "ok@example.com", "amount": true},
                  {"order_no": "B-18", "customer_email": "ok@example.com", "amount": 1, "paid_at": "+99999-01-01T00:00:00Z"},
                  "not an object"
                ]}""")
            .expect(200)
            .data();

    assertEquals(20, data.getInt("total"));
    assertEquals(1, data.getInt("created"));
    assertEquals(19, data.getInt("failed"));
    JsonArray failed = data.getJsonObject("results").getJsonArray("failed");
    List<String> expected =
        List.of(
            "validation_error|order_no 欄位為必填",
            "customer_not_found|customer_id 不存在",
            "validation_error|未提供 customer_id 時,customer_email 欄位為必填",
            "validation_error|amount 欄位為必填",
            "validation_error|amount 不能小於 0",
            "validation_error|amount 最多只能有 2 位小數",
            "validation_error|amount 的整數部分不能超過 12 位數",
            "validation_error|amount 必須是數字",
            "validation_error|所選擇的 currency 無效",
            "validation_error|所選擇的 status 無效",
            "validation_error|所選擇的 payment_method 無效",
            "validation_error|所選擇的 billing_cycle 無效",
            "validation_error|paid_at 必須是有效的 ISO-8601 日期時間",
            "validation_error|metadata 必須是物件",
            "validation_error|customer_email 必須是有效的 Email 格式",
            "validation_error|customer_id 必須是整數",
            "validation_error|amount 必須是數字",
            "validation_error|paid_at 必須介於 1900-01-01 與 9999-12-31 之間",
            "validation_error|orders.19 必須是物件");
    for (int i = 0; i < expected.size(); i++) {
      JsonObject item = failed.getJsonObject(i);
      assertEquals(i + 1, item.getInt("index"));
      assertEquals(expected.get(i), item.getString("reason") + "|" + item.getString("message"));
    }
    assertTrue(failed.getJsonObject(0).isNull("identifier"), "no order_no, no identifier");
    assertEquals("B-2", failed.getJsonObject(1).getString("identifier"));
    assertEquals(1, total(api.get("/v1/orders")));
  }

  @Test
  void aCustomerNotFoundReadsInEnglishWhenAskedFor() {
    JsonObject failed =
        api.withHeader("Accept-Language", "en")
            .post(
                "/v1/orders/batch",
                "{\"orders\": [{\"order_no\": \"X\", \"customer_id\": 424242, \"amount\": 1}]}")
            .expect(200)
            .data()
            .getJsonObject("results")
            .getJsonArray("failed")
            .getJsonObject(0);

    assertEquals("customer_not_found", failed.getString("reason"));
    assertEquals("The selected customer_id does not exist.", failed.getString("message"));
  }

  @Test
  void twoItemsWithOneOrderNumberCreateOnceThenSkipOrUpdate() {
    String items =
        """
        "orders": [
          {"order_no": "D-1", "customer_email": "d@example.com", "amount": "10.00"},
          {"order_no": "D-1", "customer_email": "d@example.com", "amount": "20.00", "status": "paid"}
        ]}""";

    JsonObject skip = api.post("/v1/orders/batch", "{" + items).expect(200).data();
    assertEquals(1, skip.getInt("created"));
    assertEquals(
        "duplicate_order_no",
        skip.getJsonObject("results").getJsonArray("skipped").getJsonObject(0).getString("reason"));

    JsonObject update =
        api.post("/v1/orders/batch", "{\"on_conflict\": \"update\"," + items).expect(200).data();
    assertEquals(2, update.getInt("updated"));
    JsonObject order = api.get("/v1/orders/D-1").data();
    assertEquals("20.00", order.getString("amount"));
    assertEquals("paid", order.getString("status"));
    assertEquals(1, total(api.get("/v1/orders")));
  }

  @Test
  void updateChangesOnlyTheFieldsTheItemGives() {
    api.post(
            "/v1/orders/batch",
            """
            {"orders": [{"order_no": "U-1", "customer_email": "u@example.com", "amount": "100.00",
              "status": "paid", "payment_method": "line_pay", "billing_cycle": "one-time",
              "paid_at": "2025-01-02T03:04:05+08:00", "metadata": {"campaign": "spring"}}]}""")
        .expect(200);

    JsonObject data =
        api.post(
                "/v1/orders/batch",
                """
                {"on_conflict": "update", "orders": [{"order_no": "U-1",
                  "customer_email": "u@example.com", "amount": "80.50", "status": "refunded",
                  "refunded_at": "2025-02-01T00:00:00Z", "payment_method": "", "metadata": null}]}""")
            .expect(200)
            .data();

    assertEquals(1, data.getInt("updated"));
    JsonObject order = api.get("/v1/orders/U-1").data();
    assertEquals("80.50", order.getString("amount"));
    assertEquals("refunded", order.getString("status"));
    assertEquals("2025-02-01T00:00:00Z", order.getString("refunded_at"));
    assertEquals("line_pay", order.getString("payment_method"), "empty leaves it");
    assertEquals("one-time", order.getString("billing_cycle"));
    assertEquals("2025-01-01T19:04:05Z", order.getString("paid_at"), "offset read, UTC shown");
    assertEquals("spring", order.getJsonObject("metadata").getString("campaign"), "null leaves it");
    assertEquals("import", order.getString("source"));
  }

  @Test
  void aSingleCreateAnswers201WithTheOrderAndItsDefaults() {
    Api.Response response =
        api.post(
                "/v1/orders",
                """
                {"order_no": "ORD-20260109-001", "amount": 990, "customer_email": "customer@example.com",
                 "customer_name": "王小明", "payment_method": "credit_card", "billing_cycle": "monthly"}""")
            .expect(201);

    JsonObject order = response.data();
    assertTrue(response.header("Location").endsWith("/v1/orders/ORD-20260109-001"));
    assertEquals("990.00", order.getString("amount"));
    assertEquals("TWD", order.getString("currency"));
    assertEquals("pending", order.getString("status"));
    assertEquals("api", order.getString("source"));
    assertEquals("customer@example.com", order.getString("customer_email"));
    assertEquals("王小明", order.getString("customer_name"));
    assertTrue(order.isNull("paid_at"));
    assertEquals(order, api.get("/v1/orders/ORD-20260109-001").expect(200).data());
    JsonObject customer = customerByEmail("customer@example.com");
    assertEquals(order.getInt("customer_id"), customer.getInt("id"));
    assertEquals("0.00", customer.getString("ltv"), "a pending order is no revenue");
    assertEquals(1, customer.getInt("order_count"));
  }

  @Test
  void anOrderNumberWithBracesSpacesAndUnicodeIsCreatedAndReadBack() {
    Api.Response created =
        api.post(
                "/v1/orders",
                "{\"order_no\": \"訂單 {1}\", \"customer_email\": \"u@example.com\", \"amount\": 1}")
            .expect(201);

    String location = created.header("Location");
    assertTrue(location.endsWith("/v1/orders/%E8%A8%82%E5%96%AE%20%7B1%7D"), location);
    assertEquals(
        "訂單 {1}",
        api.get(location.substring(location.indexOf("/v1/")))
            .expect(200)
            .data()
            .getString("order_no"));
  }

  @Test
  void aSingleCreateRefusesATakenOrderNumberAndAnUnknownCustomerId() {
    String order = "{\"order_no\": \"S-1\", \"customer_email\": \"s@example.com\", \"amount\": 1}";
    api.post("/v1/orders", order).expect(201);

    JsonObject taken = api.post("/v1/orders", order).expect(422).json();
    assertEquals("order_no 已存在", taken.getString("message"));
    assertEquals(
        "order_no 已存在", taken.getJsonObject("errors").getJsonArray("order_no").getString(0));

    JsonObject unknown =
        api.post("/v1/orders", "{\"order_no\": \"S-2\", \"customer_id\": 987654321, \"amount\": 1}")
            .expect(422)
            .json();
    assertEquals("customer_id 不存在", unknown.getString("message"));

    JsonObject invalid = api.post("/v1/orders", "{\"amount\": \"1.001\"}").expect(422).json();
    assertEquals("order_no 欄位為必填(及其他 2 個錯誤)", invalid.getString("message"));
    assertEquals(1, total(api.get("/v1/orders")));
    api.get("/v1/orders/S-2").expect(404);
  }

  @Test
  void customerFiguresFollowEveryKindOfWrite() {
    long id =
        api.post("/v1/customers", "{\"email\": \"f@example.com\"}").expect(201).data().getInt("id");
    assertFigures(id, "0.00", 0, null, null);

    api.post(
            "/v1/orders",
            "{\"order_no\": \"F-1\", \"customer_id\": "
                + id
                + ", \"amount\": \"100.10\", \"status\": \"paid\","
                + " \"paid_at\": \"2025-03-01T00:00:00Z\"}")
        .expect(201);
    assertFigures(id, "100.10", 1, "2025-03-01T00:00:00Z", "2025-03-01T00:00:00Z");

    api.post(
            "/v1/orders/batch",
            """
            {"orders": [
              {"order_no": "F-2", "customer_email": "F@example.com", "amount": "50.00",
               "status": "paid", "paid_at": "2025-01-15T00:00:00Z"},
              {"order_no": "F-3", "customer_email": "f@example.com", "amount": "999.00"},
              {"order_no": "F-4", "customer_email": "f@example.com", "amount": "7.00",
               "status": "paid", "paid_at": "2025-06-30T12:00:00Z"}
            ]}""")
        .expect(200);
    assertFigures(id, "157.10", 4, "2025-01-15T00:00:00Z", "2025-06-30T12:00:00Z");

    api.post(
            "/v1/orders/batch",
            """
            {"on_conflict": "update", "orders": [
              {"order_no": "F-4", "customer_email": "f@example.com", "amount": "7.00", "status": "refunded"},
              {"order_no": "F-3", "customer_email": "f@example.com", "amount": "999.00", "status": "paid",
               "paid_at": "2025-02-01T00:00:00Z"},
              {"order_no": "F-1", "customer_email": "f@example.com", "amount": "200.00"}
            ]}""")
        .expect(200);
    assertFigures(id, "1249.00", 4, "2025-01-15T00:00:00Z", "2025-03-01T00:00:00Z");

    JsonObject listed = api.get("/v1/customers?search=f@example").expect(200).json();
    assertEquals("1249.00", listed.getJsonArray("data").getJsonObject(0).getString("ltv"));
  }

  @Test
  void aCustomerWithOrdersCannotBeDeleted() {
    api.post("/v1/orders/batch", SEED_ORDERS).expect(200);
    long id = customerByEmail("wang.xiaoming@example.com").getInt("id");

    JsonObject refused = api.delete("/v1/customers/" + id).expect(409).json();

    assertEquals("此客戶仍有訂單、訂閱或訂閱事件,無法刪除", refused.getString("message"));
    api.get("/v1/customers/" + id).expect(200);
  }

  @Test
  void aDryRunReportsTheOrdersAndWritesNeitherOrdersNorCustomers() {
    JsonObject data =
        api.post("/v1/orders/batch", SEED_ORDERS.replace("\"skip\"", "\"skip\", \"dry_run\": true"))
            .expect(200)
            .data();

    assertEquals(2, data.getInt("created"));
    assertTrue(data.getJsonObject("results").getJsonArray("created").getJsonObject(0).isNull("id"));
    assertEquals(0, total(api.get("/v1/orders")));
    assertEquals(0, total(api.get("/v1/customers")));
  }

  @Test
  void listsFilterByStatusCustomerAndBusinessDayAndPage() {
    api.post("/v1/orders/batch", SEED_ORDERS).expect(200);
    api.post(
            "/v1/orders",
            "{\"order_no\": \"P-1\", \"customer_email\": \"wang.xiaoming@example.com\", \"amount\": 5}")
        .expect(201);
    long wang = customerByEmail("wang.xiaoming@example.com").getInt("id");
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

    assertEquals(List.of("ORD-2025-001", "ORD-2025-002", "P-1"), orderNos("/v1/orders"));
    assertEquals(List.of("P-1"), orderNos("/v1/orders?status=pending"));
    assertEquals(List.of("ORD-2025-001", "P-1"), orderNos("/v1/orders?customer_id=" + wang));
    assertEquals(List.of("ORD-2025-001"), orderNos("/v1/orders?status=paid&customer_id=" + wang));
    assertEquals(
        List.of("P-1"),
        orderNos("/v1/orders?start_date=" + today + "&end_date=" + today),
        "an order without paid_at is dated when it was created");
    assertEquals(
        List.of("ORD-2025-001", "ORD-2025-002"),
        orderNos("/v1/orders?end_date=" + yesterday),
        "the seed's orders are dated when they were paid");

    JsonObject page = api.get("/v1/orders?per_page=2&page=2").expect(200).json();
    JsonObject meta = page.getJsonObject("meta");
    assertEquals(List.of(2, 3, 2, 2, 3, 3), metaNumbers(meta));
    JsonObject empty = api.get("/v1/orders?page=9").expect(200).json();
    assertEquals(0, empty.getJsonArray("data").size());
    assertTrue(empty.getJsonObject("meta").isNull("from"));
    assertTrue(empty.getJsonObject("meta").isNull("to"));

    for (String bad :
        List.of(
            "per_page=0",
            "per_page=101",
            "page=0",
            "status=shipped",
            "customer_id=abc",
            "start_date=2025-13-01",
            "start_date=" + today + "&end_date=" + yesterday)) {
      api.get("/v1/orders?" + bad).expect(422);
    }
    assertEquals(
        "end_date 不能早於 start_date",
        api.get("/v1/orders?start_date=" + today + "&end_date=" + yesterday)
            .json()
            .getString("message"));
  }

  @Test
  void importedHistoryCountsInTheMonthsItWasPaidNotTheMonthItWasImported() {
    api.post("/v1/orders/batch", SEED_ORDERS).expect(200);
    api.post(
            "/v1/orders/batch",
            """
            {"orders": [{"order_no": "P-1", "customer_email": "p@example.com", "amount": "5.00"}]}""")
        .expect(200);

    JsonObject december =
        api.get("/v1/orders/stats?start_date=2025-12-01&end_date=2025-12-31").expect(200).data();
    assertEquals("7980.00", december.getString("paid_revenue"));
    assertEquals(2, december.getInt("order_count"), "the pending order counts when it was made");
    JsonObject firstHalf =
        api.get("/v1/orders/stats?start_date=2025-12-01&end_date=2025-12-14").expect(200).data();
    assertEquals("1990.00", firstHalf.getString("paid_revenue"));
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    JsonObject importDay =
        api.get("/v1/orders/stats?start_date=" + today + "&end_date=" + today).expect(200).data();
    assertEquals("0.00", importDay.getString("paid_revenue"));
    assertEquals(1, importDay.getInt("order_count"));
    assertEquals(
        List.of("ORD-2025-002"),
        orderNos("/v1/orders?start_date=2025-12-15&end_date=2025-12-31"),
        "the list's range means the same date");
  }

  @Test
  void aStatusOnlyUpdateOfAnExistingOrderNeedsNoAmountOrCustomer() {
    api.post("/v1/orders/batch", SEED_ORDERS).expect(200);

    JsonObject data =
        api.post(
                "/v1/orders/batch",
                """
                {"on_conflict": "update", "orders": [
                  {"order_no": "ORD-2025-001", "status": "refunded", "refunded_at": "2025-12-20T00:00:00Z"},
                  {"order_no": "ORD-NEW", "status": "refunded"}
                ]}""")
            .expect(200)
            .data();

    assertEquals(1, data.getInt("updated"));
    JsonObject failed = data.getJsonObject("results").getJsonArray("failed").getJsonObject(0);
    assertEquals(1, failed.getInt("index"));
    assertEquals("validation_error", failed.getString("reason"));
    assertEquals("ORD-NEW", failed.getString("identifier"));
    JsonObject order = api.get("/v1/orders/ORD-2025-001").data();
    assertEquals("refunded", order.getString("status"));
    assertEquals("2025-12-20T00:00:00Z", order.getString("refunded_at"));
    assertEquals("1990.00", order.getString("amount"));
    assertEquals("wang.xiaoming@example.com", order.getString("customer_email"));
  }

  @Test
  void statsAddUpToHandComputedTotals() {
    api.post(
            "/v1/orders/batch",
            """
            {"orders": [
              {"order_no": "T-1", "customer_email": "a@example.com", "amount": "100.00", "status": "paid", "payment_method": "credit_card"},
              {"order_no": "T-2", "customer_email": "a@example.com", "amount": "250.50", "status": "paid", "payment_method": "line_pay"},
              {"order_no": "T-3", "customer_email": "b@example.com", "amount": "33.33", "status": "paid", "payment_method": "credit_card", "currency": "usd"},
              {"order_no": "T-4", "customer_email": "b@example.com", "amount": "40.00", "status": "refunded", "payment_method": "credit_card"},
              {"order_no": "T-5", "customer_email": "c@example.com", "amount": "9.99"}
            ]}""")
        .expect(200);

    JsonObject stats = api.get("/v1/orders/stats").expect(200).data();

    assertEquals(5, stats.getInt("order_count"));
    assertEquals("433.82", stats.getString("total_amount"));
    assertEquals(3, stats.getInt("paid_order_count"));
    assertEquals("383.83", stats.getString("paid_revenue"));
    assertEquals("127.94", stats.getString("average_paid_order"), "383.83 / 3, half up");
    assertEquals(
        List.of(
            "pending 1 9.99",
            "paid 3 383.83",
            "failed 0 0.00",
            "refunded 1 40.00",
            "cancelled 0 0.00"),
        groups(stats.getJsonArray("by_status"), "status"));
    assertEquals(
        List.of("credit_card 3 173.33", "line_pay 1 250.50", "null 1 9.99"),
        groups(stats.getJsonArray("by_payment_method"), "payment_method"));
    JsonArray currencies = stats.getJsonArray("by_currency");
    assertEquals(List.of("TWD 4 400.49", "USD 1 33.33"), groups(currencies, "currency"));
    JsonObject twd = currencies.getJsonObject(0);
    assertEquals(2, twd.getInt("paid_order_count"));
    assertEquals("350.50", twd.getString("paid_revenue"));
    assertEquals("175.25", twd.getString("average_paid_order"));

    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    JsonObject none = api.get("/v1/orders/stats?end_date=" + yesterday).expect(200).data();
    assertEquals(0, none.getInt("order_count"));
    assertEquals("0.00", none.getString("average_paid_order"));
    assertEquals(yesterday, none.getString("end_date"));
    assertTrue(none.isNull("start_date"));
    api.get("/v1/orders/stats?start_date=nope").expect(422);
    api.get("/v1/orders/stats?end_date=10000-01-01").expect(422);
    JsonObject widest =
        api.get("/v1/orders/stats?start_date=1900-01-01&end_date=9999-12-31").expect(200).data();
    assertEquals(5, widest.getInt("order_count"));
    assertEquals("9999-12-31", widest.getString("end_date"));
  }

  /** Stats read per-day totals that every write keeps: each kind of write moves them. */
  @Test
  void statsFollowEveryWriteOfAnOrder() {
    String december = "/v1/orders/stats?start_date=2025-12-01&end_date=2025-12-31";
    String january = "/v1/orders/stats?start_date=2026-01-01&end_date=2026-01-31";
    api.post("/v1/orders/batch", SEED_ORDERS).expect(200);
    api.post(
            "/v1/orders",
            """
            {"order_no": "S-1", "customer_email": "s@example.com", "amount": "10.00",
             "status": "paid", "paid_at": "2025-12-31T23:59:59Z"}""")
        .expect(201);
    assertEquals("7990.00", api.get(december).data().getString("paid_revenue"));

    api.post(
            "/v1/orders/batch",
            """
            {"dry_run": true, "on_conflict": "update", "orders": [
              {"order_no": "S-1", "paid_at": "2026-01-01T00:00:00Z"}]}""")
        .expect(200);
    api.post(
            "/v1/orders/batch",
            """
            {"orders": [{"order_no": "S-1", "customer_email": "s@example.com", "amount": "99.00"}]}""")
        .expect(200);
    assertEquals(
        "7990.00",
        api.get(december).data().getString("paid_revenue"),
        "a dry run and a skipped item change nothing");

    api.post(
            "/v1/orders/batch",
            """
            {"on_conflict": "update", "orders": [
              {"order_no": "S-1", "paid_at": "2026-01-01T00:00:00Z", "amount": "12.00"},
              {"order_no": "ORD-2025-001", "status": "refunded"}]}""")
        .expect(200);

    JsonObject decemberAfter = api.get(december).data();
    assertEquals("5990.00", decemberAfter.getString("paid_revenue"));
    assertEquals(
        List.of(
            "pending 0 0.00",
            "paid 1 5990.00",
            "failed 0 0.00",
            "refunded 1 1990.00",
            "cancelled 0 0.00"),
        groups(decemberAfter.getJsonArray("by_status"), "status"));
    JsonObject januaryAfter = api.get(january).data();
    assertEquals(1, januaryAfter.getInt("order_count"));
    assertEquals("12.00", januaryAfter.getString("paid_revenue"));
  }

  @Test
  void anotherTenantsOrdersAndCustomersDoNotExistHere() {
    api.post("/v1/orders/batch", SEED_ORDERS).expect(200);
    long wang = customerByEmail("wang.xiaoming@example.com").getInt("id");
    Api other = Api.newTenant(base, "other-" + UUID.randomUUID());

    other.get("/v1/orders/ORD-2025-001").expect(404);
    assertEquals(0, total(other.get("/v1/orders")));
    assertEquals(0, other.get("/v1/orders/stats").expect(200).data().getInt("order_count"));
    JsonObject data =
        other
            .post(
                "/v1/orders/batch",
                "{\"orders\": [{\"order_no\": \"ORD-2025-001\", \"customer_id\": "
                    + wang
                    + ", \"amount\": 1}]}")
            .expect(200)
            .data();
    assertEquals(1, data.getInt("failed"));
    assertEquals(
        "customer_not_found",
        data.getJsonObject("results").getJsonArray("failed").getJsonObject(0).getString("reason"));
  }

  private void assertFigures(
      long customerId, String ltv, int orderCount, String firstPaymentAt, String lastPaymentAt) {
    JsonObject customer = api.get("/v1/customers/" + customerId).expect(200).data();
    String figures =
        customer.getString("ltv")
            + " "
            + customer.getInt("order_count")
            + " "
            + customer.get("first_payment_at")
            + " "
            + customer.get("last_payment_at");
    assertEquals(
        ltv + " " + orderCount + " " + quoted(firstPaymentAt) + " " + quoted(lastPaymentAt),
        figures);
  }

  private static String quoted(String text) {
    return text == null ? "null" : "\"" + text + "\"";
  }

  private JsonObject customerByEmail(String email) {
    JsonArray found =
        api.get("/v1/customers?search=" + email).expect(200).json().getJsonArray("data");
    assertEquals(1, found.size(), found.toString());
    return found.getJsonObject(0);
  }

  private List<String> orderNos(String path) {
    return api.get(path).expect(200).json().getJsonArray("data").stream()
        .map(v -> v.asJsonObject().getString("order_no"))
        .toList();
  }

  private static List<Integer> metaNumbers(JsonObject meta) {
    return List.of(
        meta.getInt("current_page"),
        meta.getInt("from"),
        meta.getInt("last_page"),
        meta.getInt("per_page"),
        meta.getInt("to"),
        meta.getInt("total"));
  }

  private static List<String> groups(JsonArray groups, String key) {
    return groups.stream()
        .map(JsonObject.class::cast)
        .map(
            g ->
                g.get(key).toString().replace("\"", "")
                    + " "
                    + g.getInt("count")
                    + " "
                    + g.getString("amount"))
        .toList();
  }

  private static int total(Api.Response list) {
    return list.expect(200).json().getJsonObject("meta").getInt("total");
  }
}
