package com.zangsho.it;

import static com.zangsho.it.ImporterProcess.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zangsho.it.ImporterProcess.Run;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each built-in profile ({@code zangsho-import --profile NAME --file FILE}) importing the sample
 * export beside it into a tenant of its own, then once more changing nothing; a file refused at its
 * headers by the wrong profile before any row is sent; a preview that writes nothing; an export's
 * failed rows coming back with its own columns and, fixed, going in.
 */
class ProfileImportIT extends DeployedEarTest {
  private static final Path PROFILES = Path.of(System.getProperty("profiles.dir"));

  @TempDir Path dir;

  private ImporterProcess importer;

  @BeforeEach
  void importer() {
    importer = new ImporterProcess(base, dir);
  }

  private Path sample(String profile) throws IOException {
    String name = profile + ".csv";
    return Files.copy(
        PROFILES.resolve(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  private Run importProfile(Api api, String profile, String... more) throws Exception {
    List<String> args =
        new ArrayList<>(List.of("--profile", profile, "--file", sample(profile).toString()));
    args.addAll(List.of(more));
    return importer.run(api, args.toArray(String[]::new));
  }

  /**
   * Imports the profile's sample (after the profiles it needs first) and checks what each part
   * created, then imports it again: every row is found there, nothing created, updated or failed.
   *
   * @param created per resource the file feeds, in order, the records it creates
   * @return the tenant, for a look at what went in
   */
  private Api importsItsSampleAndARerunChangesNothing(
      String profile, Map<String, Long> created, String... first) throws Exception {
    Api api = Api.newTenant(base, "profile-" + profile + "-" + UUID.randomUUID());
    for (String before : first) {
      Run prerequisite = importProfile(api, before);
      assertEquals(0, prerequisite.exit(), prerequisite.output());
    }

    Run run = importProfile(api, profile);

    assertEquals(0, run.exit(), run.output());
    int part = 0;
    for (Map.Entry<String, Long> resource : created.entrySet()) {
      assertEquals(resource.getKey(), run.file(part).getString("resource"));
      assertEquals(resource.getValue(), run.count(part, "created"), resource.getKey());
      assertEquals(0, run.count(part, "failed"), run.output());
      part++;
    }
    assertEquals(created.size(), run.summary().getJsonArray("files").size());

    Run again = importProfile(api, profile);

    assertEquals(0, again.exit(), again.output());
    for (int i = 0; i < created.size(); i++) {
      assertEquals(
          0, again.count(i, "created") + again.count(i, "updated") + again.count(i, "failed"));
      assertEquals(again.count(i, "rows"), again.count(i, "skipped"));
    }
    return api;
  }

  private static JsonObject order(Api api, String orderNo) {
    return api.get("/v1/orders/" + orderNo.replace("#", "%23")).expect(200).data();
  }

  private static JsonObject customer(Api api, String search) {
    return api.get("/v1/customers?search=" + search)
        .expect(200)
        .json()
        .getJsonArray("data")
        .getJsonObject(0);
  }

  @Test
  void shopifyCustomers() throws Exception {
    Api api = importsItsSampleAndARerunChangesNothing("shopify-customers", Map.of("customers", 3L));

    JsonObject wang = customer(api, "wang.xiaoming");
    assertEquals("Xiaoming Wang", wang.getString("name"));
    assertEquals("vip,2024", wang.getJsonObject("metadata").getString("tags"));
  }

  @Test
  void shopifyOrders() throws Exception {
    Api api =
        importsItsSampleAndARerunChangesNothing(
            "shopify-orders", ordered("customers", 3L, "orders", 3L));

    JsonObject first = order(api, "#1001");
    assertEquals("paid", first.getString("status"));
    assertEquals("1990.00", first.getString("amount"), "the order's total, not a line item's");
    assertEquals("2024-03-01T02:15:00Z", first.getString("paid_at"));
    assertEquals("refunded", order(api, "#1002").getString("status"));
    assertEquals("USD", order(api, "#1003").getString("currency"));
  }

  @Test
  void wooCommerceSubscriptions() throws Exception {
    Api api =
        importsItsSampleAndARerunChangesNothing(
            "woocommerce-subscriptions", ordered("customers", 3L, "subscriptions", 3L));

    assertEquals(1, total(api, "/v1/subscriptions?status=paused"), "on-hold");
    assertEquals(1, total(api, "/v1/subscriptions?status=cancelled"), "expired");
    assertEquals("User1 Test", customer(api, "wcs_testuser1").getString("name"));
  }

  @Test
  void stripeCustomers() throws Exception {
    Api api = importsItsSampleAndARerunChangesNothing("stripe-customers", Map.of("customers", 3L));

    JsonObject chen = api.get("/v1/customers/cus_PqR1aBcD2eFgH3").expect(200).data();
    assertEquals("陳雅婷", chen.getString("name"));
  }

  @Test
  void stripeSubscriptions() throws Exception {
    Api api =
        importsItsSampleAndARerunChangesNothing(
            "stripe-subscriptions", Map.of("subscriptions", 3L), "stripe-customers");

    JsonObject yearly =
        api.get("/v1/subscriptions?status=active").expect(200).json().getJsonArray("data").stream()
            .map(JsonObject.class::cast)
            .filter(s -> s.getString("customer_email").equals("chen.yating@example.com"))
            .findFirst()
            .orElseThrow();
    assertEquals("990.00", yearly.getString("mrr"), "11,880 a year");
    assertEquals("yearly", yearly.getString("billing_cycle"));
  }

  @Test
  void chartMogulCustomers() throws Exception {
    Api api =
        importsItsSampleAndARerunChangesNothing("chartmogul-customers", Map.of("customers", 3L));

    assertEquals(
        "帳獸貿易",
        api.get("/v1/customers/scus_003")
            .expect(200)
            .data()
            .getJsonObject("metadata")
            .getString("company"));
  }

  @Test
  void chartMogulInvoices() throws Exception {
    Api api =
        importsItsSampleAndARerunChangesNothing(
            "chartmogul-invoices", Map.of("orders", 4L), "chartmogul-customers");

    JsonObject invoice = order(api, "inv_2020_0003");
    assertEquals("bernard@example.com", invoice.getString("customer_email"));
    assertEquals("1188.00", invoice.getString("amount"));
    assertEquals("2020-08-16T21:29:37Z", invoice.getString("paid_at"));
  }

  @Test
  void shoplineOrders() throws Exception {
    Api api =
        importsItsSampleAndARerunChangesNothing(
            "shopline-orders", ordered("customers", 2L, "orders", 3L));

    JsonObject twoItems = order(api, "20251201000124");
    assertEquals("660.00", twoItems.getString("amount"));
    assertEquals("pending", twoItems.getString("status"));
    assertEquals("atm", twoItems.getString("payment_method"));
    assertEquals("林美麗", twoItems.getString("customer_name"));
  }

  @Test
  void ecpayTradesInBig5() throws Exception {
    Api api =
        importsItsSampleAndARerunChangesNothing(
            "ecpay-trades", ordered("customers", 2L, "orders", 3L));

    JsonObject trade = order(api, "ZS20260820001");
    assertEquals("許功蓋", trade.getString("customer_name"), "Big5's awkward characters intact");
    assertEquals("2026-08-20T02:01:12Z", trade.getString("paid_at"), "behind Excel's guard");
    assertEquals("1990.00", trade.getString("amount"));
  }

  @Test
  void theProfilesCommandListsEveryProfileWithWhatItFeeds() throws Exception {
    Api api = Api.newTenant(base, "profile-list-" + UUID.randomUUID());

    Run run = importer.run(api, "profiles");

    assertEquals(0, run.exit(), run.output());
    for (String profile :
        List.of(
            "shopify-customers",
            "shopify-orders",
            "woocommerce-subscriptions",
            "stripe-customers",
            "stripe-subscriptions",
            "chartmogul-customers",
            "chartmogul-invoices",
            "shopline-orders",
            "ecpay-trades")) {
      assertTrue(run.output().contains(profile + " "), profile + " in " + run.output());
    }
    assertTrue(run.output().contains("→ customers, orders"), run.output());
  }

  @Test
  void theWrongProfileIsRefusedAtTheHeadersBeforeAnyRowIsSent() throws Exception {
    Api api = Api.newTenant(base, "profile-wrong-" + UUID.randomUUID());

    Run run =
        importer.run(
            api, "--profile", "stripe-customers", "--file", sample("shopify-orders").toString());

    assertEquals(2, run.exit(), run.output());
    assertTrue(run.output().contains("no column \"id\""), run.output());
    assertTrue(run.output().contains("--profile shopify-orders"), run.output());
    assertNull(run.summary(), "it stopped before importing anything");
    assertEquals(0, total(api, "/v1/customers"));
    assertEquals(0, total(api, "/v1/orders"));
  }

  @Test
  void aPreviewShowsTheMappingAndTheServersDryRunAndWritesNothing() throws Exception {
    Api api = Api.newTenant(base, "profile-preview-" + UUID.randomUUID());

    Run run =
        importer.run(
            api, "--profile", "auto", "--file", sample("shopify-orders").toString(), "--preview");

    assertEquals(0, run.exit(), run.output());
    String output = run.output();
    assertTrue(output.contains("profile shopify-orders, from its headers"), output);
    assertTrue(output.contains("status"), output);
    assertTrue(output.contains("← Financial Status"), output);
    assertTrue(output.contains("Columns nobody maps: Fulfillment Status"), output);
    assertTrue(output.contains("#1002"), "the first rows, mapped: " + output);
    assertTrue(output.contains("the dry run found no row the server would refuse"), output);
    assertEquals(3, run.count(1, "created"), "what the import would create");
    assertEquals(0, total(api, "/v1/customers"));
    assertEquals(0, total(api, "/v1/orders"));

    Run stripe =
        importer.run(
            api,
            "--profile",
            "stripe-subscriptions",
            "--file",
            sample("stripe-subscriptions").toString(),
            "--preview");

    assertTrue(
        stripe.output().contains("the first 3 of 3 records; rows its skip_if leaves out: 1"),
        "the incomplete_expired one: " + stripe.output());
    assertEquals(0, total(api, "/v1/subscriptions"));
  }

  @Test
  void anExportsFailedRowsComeBackWithItsColumnsAndFixedGoIn() throws Exception {
    Api api = Api.newTenant(base, "profile-failed-" + UUID.randomUUID());
    Path export = dir.resolve("orders_export.csv");
    Files.writeString(
        export,
        "Name,Email,Financial Status,Paid at,Currency,Total,Lineitem name\n"
            + "#2001,a@example.com,paid,2024-03-01 10:15:00 +0800,ABC,100.00,Plan\n"
            + "#2001,a@example.com,,,,,Setup fee\n"
            + "#2002,b@example.com,paid,2024-03-02 10:15:00 +0800,TWD,lots,Notebook\n"
            + "#2003,c@example.com,paid,2024-03-03 10:15:00 +0800,TWD,300.00,Pen\n",
        StandardCharsets.UTF_8);

    Run run = importer.run(api, "--profile", "shopify-orders", "--file", export.toString());

    assertEquals(1, run.exit(), run.output());
    assertEquals(1, run.count(1, "created"));
    assertEquals(2, run.count(1, "failed"));
    Path failed = dir.resolve("orders_export.csv.failed.csv");
    List<String> lines = Files.readAllLines(failed, StandardCharsets.UTF_8);
    assertEquals(
        "Name,Email,Financial Status,Paid at,Currency,Total,Lineitem name,line,reason,message",
        lines.get(0));
    assertEquals(4, lines.size(), "both rows of #2001, and #2002: " + lines);
    // Commons CSV quotes a cell that starts with a #, as a comment line would: the same cell.
    assertTrue(lines.get(1).startsWith("\"#2001\",a@example.com,paid,"), lines.toString());
    assertTrue(lines.get(1).contains(",2,validation_error,orders: "), lines.toString());
    assertTrue(
        lines.get(2).startsWith("\"#2001\",a@example.com,,,,,Setup fee,3,"), lines.toString());
    assertTrue(lines.get(3).contains(",4,unmappable,"), lines.toString());
    assertTrue(lines.get(3).contains("Total") && lines.get(3).contains("lots"), lines.toString());
    assertFalse(Files.readString(failed).contains("#2003"));

    Path fixed = dir.resolve("fixed.csv");
    Files.writeString(
        fixed, Files.readString(failed).replace(",ABC,", ",TWD,").replace(",lots,", ",200.00,"));
    Run again = importer.run(api, "--profile", "shopify-orders", "--file", fixed.toString());

    assertEquals(0, again.exit(), again.output());
    assertEquals(2, again.count(1, "created"));
    assertEquals(3, total(api, "/v1/orders"));
    assertEquals("200.00", order(api, "#2002").getString("amount"));
  }

  /** A map in the order given: the parts of a file, customers first. */
  private static Map<String, Long> ordered(String first, long a, String second, long b) {
    Map<String, Long> parts = new LinkedHashMap<>();
    parts.put(first, a);
    parts.put(second, b);
    return parts;
  }
}
