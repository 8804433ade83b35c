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
