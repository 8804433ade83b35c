package com.zangsho.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfilesTest {
  private static ExportFile sample(String profile) throws Exception {
    return ExportFile.open(samplePath(profile), null);
  }

  private static Path samplePath(String profile) throws URISyntaxException {
    return Path.of(Profiles.class.getResource("profiles/" + profile + ".csv").toURI());
  }

  private static MappingEngine.Result mapped(String profile) throws Exception {
    try (ExportFile file = sample(profile)) {
      return new MappingEngine(Profiles.load(profile)).map(file.rows());
    }
  }

  private static List<Map<String, Object>> records(MappingEngine.Result result, String resource) {
    return result.records().stream()
        .filter(record -> record.resource().equals(resource))
        .map(MappingEngine.Record::fields)
        .toList();
  }

  @Test
  void everyProfileMapsItsSampleWithoutAProblem() throws Exception {
    for (String profile : Profiles.NAMES) {
      MappingEngine.Result result = mapped(profile);
      assertEquals(List.of(), result.problems(), profile);
    }
  }

  @Test
  void shopifyCustomersBecomeCustomersWithTheirNamesWhole() throws Exception {
    List<Map<String, Object>> customers = records(mapped("shopify-customers"), "customers");

    assertEquals(3, customers.size());
    assertEquals("Xiaoming Wang", customers.get(0).get("name"));
    Map<?, ?> metadata = (Map<?, ?>) customers.get(0).get("metadata");
    assertEquals("Zangsho Trading", metadata.get("company"));
    assertEquals("TW", metadata.get("country"));
    assertEquals("vip,2024", metadata.get("tags"));
  }

  @Test
  void shopifyOrdersBecomeOneOrderPerOrderInTheContractsWordsAfterTheirBuyers() throws Exception {
    MappingEngine.Result result = mapped("shopify-orders");
    List<Map<String, Object>> orders = records(result, "orders");

    assertEquals(3, records(result, "customers").size());
    assertEquals("customers", result.records().get(0).resource());
    assertEquals(
        List.of("#1001", "#1002", "#1003"), orders.stream().map(o -> o.get("order_no")).toList());
    assertEquals("1990.00", orders.get(0).get("amount"));
    assertEquals("2024-03-01T02:15:00Z", orders.get(0).get("paid_at"));
    assertEquals("refunded", orders.get(1).get("status"));
    assertEquals("1550.00", orders.get(1).get("amount"));
    assertEquals("cancelled", orders.get(2).get("status"));
    assertEquals("USD", orders.get(2).get("currency"));
  }

  @Test
  void wooCommerceSubscriptionsGiveEachCustomerItsFirstSubscription() throws Exception {
    MappingEngine.Result result = mapped("woocommerce-subscriptions");
    List<Map<String, Object>> subscriptions = records(result, "subscriptions");

    assertEquals(3, records(result, "customers").size());
    assertEquals(3, subscriptions.size());
    Map<String, Object> first = subscriptions.get(0);
    assertEquals("wcs_testuser1@example.com", first.get("customer_email"));
    assertEquals("active", first.get("status"));
    assertEquals("29.00", first.get("mrr"));
    assertEquals("Product 2051", first.get("plan_name"));
    assertEquals("paused", subscriptions.get(1).get("status"));
    assertEquals("cancelled", subscriptions.get(2).get("status"));
  }

  @Test
  void stripeSubscriptionsAreMadePerMonthAndTheNeverStartedLeftOut() throws Exception {
    MappingEngine.Result result = mapped("stripe-subscriptions");
    List<Map<String, Object>> subscriptions = records(result, "subscriptions");

    assertEquals(Map.of("subscriptions", 1), result.skipped());
    assertEquals(3, subscriptions.size());
    assertEquals("990.00", subscriptions.get(0).get("mrr"), "11,880 a year");
    assertEquals("yearly", subscriptions.get(0).get("billing_cycle"));
    assertEquals("2025-02-14T03:25:00Z", subscriptions.get(0).get("current_period_start"));
    assertEquals("active", subscriptions.get(1).get("status"), "past_due is still a subscriber");
    assertEquals("990.00", subscriptions.get(1).get("mrr"), "three seats at 330");
    assertEquals("cancelled", subscriptions.get(2).get("status"));
    assertEquals("2025-01-19T12:31:00Z", subscriptions.get(2).get("cancelled_at"));
  }

  @Test
  void stripeAndChartMogulCustomersKeepTheirIdsAsExternalIds() throws Exception {
    Map<String, Object> stripe = records(mapped("stripe-customers"), "customers").get(0);
    Map<String, Object> chartMogul = records(mapped("chartmogul-customers"), "customers").get(2);

    assertEquals("cus_PqR1aBcD2eFgH3", stripe.get("external_id"));
    assertEquals("陳雅婷", stripe.get("name"));
    assertEquals("scus_003", chartMogul.get("external_id"));
    assertEquals("帳獸貿易", ((Map<?, ?>) chartMogul.get("metadata")).get("company"));
  }

  @Test
  void chartMogulInvoicesArePaidOrdersOfTheCustomerTheirExternalIdNames() throws Exception {
    List<Map<String, Object>> orders = records(mapped("chartmogul-invoices"), "orders");

    assertEquals(4, orders.size(), "the last line has no newline");
    assertEquals("scus_001", orders.get(0).get("customer_external_id"));
    assertEquals("paid", orders.get(0).get("status"));
    assertEquals("2020-08-13T13:42:37Z", orders.get(0).get("paid_at"));
    assertEquals("1188.00", orders.get(2).get("amount"));
  }

  @Test
  void shoplineOrdersReadChineseHeadersWithSpacesAndTaiwanDollars() throws Exception {
    MappingEngine.Result result = mapped("shopline-orders");
    List<Map<String, Object>> orders = records(result, "orders");

    assertEquals(2, records(result, "customers").size());
    assertEquals(3, orders.size(), "an order over two item rows is one");
    assertEquals("1990.00", orders.get(0).get("amount"));
    assertEquals("credit_card", orders.get(0).get("payment_method"));
    assertEquals("2025-12-01T00:02:00Z", orders.get(0).get("paid_at"));
    assertEquals("pending", orders.get(1).get("status"));
    assertEquals("atm", orders.get(1).get("payment_method"));
    assertEquals("660.00", orders.get(1).get("amount"), "the order's total, not the items'");
    assertEquals("refunded", orders.get(2).get("status"));
    assertEquals("line_pay", orders.get(2).get("payment_method"));
  }

  @Test
  void ecpayTradesInBig5BehindExcelsGuardBecomeOrders() throws Exception {
    try (ExportFile file = sample("ecpay-trades")) {
      assertEquals(ExportFile.BIG5, file.encoding());
    }
    MappingEngine.Result result = mapped("ecpay-trades");
    List<Map<String, Object>> customers = records(result, "customers");
    List<Map<String, Object>> orders = records(result, "orders");

    assertEquals(List.of("許功蓋", "陳淑芬"), customers.stream().map(c -> c.get("name")).toList());
    assertEquals(3, orders.size());
    assertEquals("1990.00", orders.get(0).get("amount"));
    assertEquals("2026-08-20T02:01:12Z", orders.get(0).get("paid_at"));
    assertEquals("TWD", orders.get(0).get("currency"));
    assertEquals("2026-08-21T01:05:00Z", orders.get(2).get("paid_at"), "=\"…\" as well");
    assertEquals("cvs", orders.get(2).get("payment_method"));
    assertEquals("refunded", orders.get(2).get("status"));
  }

  @Test
  void aFilesHeadersPickItsProfile() throws Exception {
    for (String profile : Profiles.NAMES) {
      try (ExportFile file = sample(profile)) {
        assertEquals(Optional.of(profile), Profiles.detect(file.headers()), profile);
      }
    }
    assertEquals(Optional.empty(), Profiles.detect(List.of("Order ID", "Amount")));
  }

  @Test
  void aProfileForAnotherFileIsRefusedAtTheHeaders() throws Exception {
    try (ExportFile orders = sample("shopify-orders")) {
      assertEquals(
          List.of("First Name", "Last Name"),
          Profiles.load("shopify-customers").missing(orders.headers()));
    }
    assertThrows(MappingException.class, () -> Profiles.load("stripe-invoices"));
  }
}
