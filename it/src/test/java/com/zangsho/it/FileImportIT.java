package com.zangsho.it;

import static com.zangsho.it.ImporterProcess.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whole files handed to the server ({@code POST /v1/imports}, docs/api.md §8a): queued, run by the
 * server's batch job a chunk at a time, watched to the end; the failed rows as a CSV that imports
 * again; a cancel that keeps what landed; a second import waiting for the first; every way a file
 * is refused; one tenant never seeing another's imports.
 */
class FileImportIT extends DeployedEarTest {
  private static final Path PROFILES = Path.of(System.getProperty("profiles.dir"));
  private static final Duration ENDS = Duration.ofMinutes(3);

  private Api api;

  @BeforeEach
  void tenant() {
    // Watching an import polls it: a token whose limit polling never reaches.
    api = Api.newTenant(base, "file-import-" + UUID.randomUUID(), 100_000);
  }

  /** A customers CSV of the API's own columns; every {@code badEvery}-th row has a bad e-mail. */
  static String customers(String prefix, int rows, int badEvery) {
    StringBuilder csv = new StringBuilder("email,name,phone,metadata.tier\n");
    for (int i = 1; i <= rows; i++) {
      String email =
          badEvery > 0 && i % badEvery == 0 ? "not-an-email-" + i : prefix + i + "@example.com";
      csv.append(email)
          .append(",\"客戶 ")
          .append(i)
          .append(", 台北\",0912")
          .append(i)
          .append(",gold\n");
    }
    return csv.toString();
  }

  /** A multipart/form-data body: fields, then the file part (if any) under {@code file}. */
  static final class Form {
    private final String boundary = "zangsho-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    Form field(String name, String value) {
      write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
      write(value + "\r\n");
      return this;
    }

    Form file(String fileName, byte[] content) {
      write(
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
              + fileName
              + "\"\r\nContent-Type: text/csv\r\n\r\n");
      body.writeBytes(content);
      write("\r\n");
      return this;
    }

    Form file(String fileName, String content) {
      return file(fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    Api.Response post(Api api) {
      write("--" + boundary + "--\r\n");
      return api.send(
          "POST", "/v1/imports", "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private void write(String text) {
      body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private JsonObject upload(String resource, String csv) {
    Api.Response created =
        new Form().field("resource", resource).file(resource + ".csv", csv).post(api).expect(202);
    JsonObject data = created.data();
    assertEquals("/v1/imports/" + data.getInt("id"), created.header("Location"));
    return data;
  }

  private JsonObject get(JsonObject anImport) {
    return api.get("/v1/imports/" + anImport.getInt("id")).expect(200).data();
  }

  private JsonObject await(JsonObject anImport, Predicate<JsonObject> until) throws Exception {
    long deadline = System.nanoTime() + ENDS.toNanos();
    while (true) {
      JsonObject now = get(anImport);
      if (until.test(now)) {
        return now;
      }
      assertTrue(System.nanoTime() < deadline, "still " + now);
      Thread.sleep(200);
    }
  }

  private JsonObject awaitEnd(JsonObject anImport) throws Exception {
    return await(anImport, i -> List.of("completed", "failed", "cancelled").contains(state(i)));
  }

  private static String state(JsonObject anImport) {
    return anImport.getString("state");
  }

  private static long count(JsonObject anImport, String field) {
    return anImport.getJsonNumber(field).longValue();
  }

  @Test
  void theProfilesAndResourcesAFileMayBeReadAsAreListed() {
    JsonArray profiles = api.get("/v1/imports/profiles").expect(200).json().getJsonArray("data");
    assertEquals(9, profiles.size());
    JsonObject shopify =
        profiles.stream()
            .map(JsonValue::asJsonObject)
            .filter(profile -> profile.getString("name").equals("shopify-orders"))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("customers", "orders"), strings(shopify.getJsonArray("resources")));
    assertTrue(strings(shopify.getJsonArray("columns")).containsAll(List.of("Name", "Email")));
    assertTrue(shopify.getString("title").startsWith("Shopify orders export"));

    JsonArray resources = api.get("/v1/imports/resources").expect(200).json().getJsonArray("data");
    assertEquals(
        List.of("customers", "orders", "subscriptions", "events"),
        resources.stream().map(r -> r.asJsonObject().getString("name")).toList());
    assertEquals(
        List.of("email", "external_id", "name", "phone"),
        strings(resources.getJsonObject(0).getJsonArray("fields")));
    assertEquals("subscriptions:write", resources.getJsonObject(3).getString("ability"));
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  @Test
  void aFileGoesInChunkByChunkAndItsCountsAddUpToItsRows() throws Exception {
    JsonObject queued = upload("customers", customers("whole", 1234, 100));
    assertEquals("queued", state(queued));
    assertEquals(1234, count(queued, "file_rows"));
    assertEquals("customers", queued.getString("resource"));

    JsonObject done = awaitEnd(queued);

    assertEquals("completed", state(done), done.toString());
    assertEquals(1234, count(done, "rows_read"));
    assertEquals(1222, count(done, "created"));
    assertEquals(12, count(done, "failed"));
    assertEquals(0, count(done, "skipped") + count(done, "updated"));
    assertNotNull(done.getString("started_at"));
    assertNotNull(done.getString("finished_at"));
    assertTrue(done.isNull("eta_seconds"));
    assertEquals(1222, total(api, "/v1/customers"));
    JsonObject customer =
        api.get("/v1/customers?search=whole7@")
            .expect(200)
            .json()
            .getJsonArray("data")
            .getJsonObject(0);
    assertEquals("客戶 7, 台北", customer.getString("name"));
    assertEquals("gold", customer.getJsonObject("metadata").getString("tier"));
    // One activity log entry per chunk of 100, as the batch endpoint writes per batch.
    assertEquals(13, total(api, "/v1/activity_logs?action=customers.batch_import"));
    assertEquals(1, total(api, "/v1/activity_logs?action=import.created"));
    JsonObject listed =
        api.get("/v1/imports").expect(200).json().getJsonArray("data").getJsonObject(0);
    assertEquals(done.getInt("id"), listed.getInt("id"));
  }

  @Test
  void theFailedRowsComeBackWithTheFilesOwnColumnsAndImportAgainOnceFixed() throws Exception {
    JsonObject done = awaitEnd(upload("customers", customers("again", 300, 50)));
    assertEquals(6, count(done, "failed"));

    Api.Response failed =
        api.withHeader("Accept-Language", "en")
            .get("/v1/imports/" + done.getInt("id") + "/failed_rows")
            .expect(200);

    assertTrue(failed.header("Content-Type").startsWith("text/csv"), failed.header("Content-Type"));
    List<String> lines = failed.text().lines().toList();
    assertEquals("email,name,phone,metadata.tier,line,reason,message", lines.get(0));
    assertEquals(7, lines.size(), failed.text());
    assertEquals(
        "not-an-email-50,\"客戶 50, 台北\",091250,gold,51,validation_error,"
            + "The email field must be a valid email address.",
        lines.get(1));
    assertTrue(lines.get(6).startsWith("not-an-email-300,"), lines.get(6));

    String fixed = failed.text().replaceAll("not-an-email-(\\d+)", "fixed$1@example.com");
    JsonObject again = awaitEnd(upload("customers", fixed));
    assertEquals("completed", state(again));
    assertEquals(6, count(again, "created"));
    assertEquals(0, count(again, "failed"));
    assertEquals(300, total(api, "/v1/customers"));
  }

  @Test
  void aCancelStopsAtAChunksEndAndKeepsWhatLanded() throws Exception {
    JsonObject running =
        await(upload("customers", customers("cancel", 60_000, 0)), i -> count(i, "rows_read") > 0);

    api.post("/v1/imports/" + running.getInt("id") + "/cancel", "").expect(200);
    JsonObject cancelled = awaitEnd(running);

    assertEquals("cancelled", state(cancelled), cancelled.toString());
    long read = count(cancelled, "rows_read");
    assertTrue(read > 0 && read < 60_000, "read " + read);
    assertEquals(0, read % 100, "whole chunks only");
    assertEquals(read, count(cancelled, "created"));
    // A list counts exactly up to 10,000 rows (docs/api.md §1).
    assertEquals(Math.min(read, 10_000), total(api, "/v1/customers"));
    assertEquals(
        "cancelled",
        state(api.post("/v1/imports/" + running.getInt("id") + "/cancel", "").expect(200).data()),
        "an ended import stays as it ended");
  }

  @Test
  void aTenantsSecondImportWaitsForItsFirst() throws Exception {
    JsonObject first = upload("customers", customers("first", 9_800, 0));
    JsonObject second = upload("customers", customers("second", 200, 0));

    JsonObject firstRunning = await(first, i -> state(i).equals("running"));
    assertEquals("queued", state(get(second)), "behind " + firstRunning);

    JsonObject firstDone = awaitEnd(first);
    JsonObject secondDone = awaitEnd(second);
    assertEquals("completed", state(firstDone));
    assertEquals("completed", state(secondDone));
    assertTrue(
        secondDone.getString("started_at").compareTo(firstDone.getString("finished_at")) >= 0,
        firstDone + " then " + secondDone);
    assertEquals(9_800, count(firstDone, "created"));
    assertEquals(200, count(secondDone, "created"));
    assertEquals(10_000, total(api, "/v1/customers"));
  }

  @Test
  void aDryRunReportsWhatWouldHappenAndWritesNothing() throws Exception {
    Api.Response created =
        new Form()
            .field("resource", "customers")
            .field("dry_run", "true")
            .file("dry.csv", customers("dry", 250, 25))
            .post(api)
            .expect(202);

    JsonObject done = awaitEnd(created.data());

    assertEquals("completed", state(done));
    assertTrue(done.getBoolean("dry_run"));
    assertEquals(240, count(done, "created"));
    assertEquals(10, count(done, "failed"));
    assertEquals(0, total(api, "/v1/customers"));
    assertEquals(0, total(api, "/v1/activity_logs?action=customers.batch_import"));
  }

  @Test
  void anExportGoesInThroughItsProfileAndABig5OneWithItsEncoding() throws Exception {
    JsonObject shopify =
        new Form()
            .field("profile", "shopify-orders")
            .file("orders_export.csv", Files.readAllBytes(PROFILES.resolve("shopify-orders.csv")))
            .post(api)
            .expect(202)
            .data();
    assertTrue(shopify.isNull("resource"));
    assertEquals("shopify-orders", shopify.getString("profile"));
    JsonObject done = awaitEnd(shopify);
    assertEquals("completed", state(done), done.toString());
    assertEquals(0, count(done, "failed"), done.toString());
    assertEquals(6, count(done, "created"), "3 customers and 3 orders");
    assertEquals(3, total(api, "/v1/orders"));

    byte[] big5 = Files.readAllBytes(PROFILES.resolve("ecpay-trades.csv"));
    Api.Response refused =
        new Form().field("profile", "ecpay-trades").file("ecpay.csv", big5).post(api).expect(422);
    assertTrue(refused.text().contains("big5"), refused.text());

    JsonObject ecpay =
        awaitEnd(
            new Form()
                .field("profile", "ecpay-trades")
                .field("encoding", "big5")
                .file("ecpay.csv", big5)
                .post(api)
                .expect(202)
                .data());
    assertEquals("completed", state(ecpay), ecpay.toString());
    assertEquals(0, count(ecpay, "failed"), ecpay.toString());
    JsonObject trade = api.get("/v1/orders/ZS20260820001").expect(200).data();
    assertEquals("許功蓋", trade.getString("customer_name"), "Big5's awkward characters intact");
  }

  @Test
  void aMappingOfOnesOwnComesWithTheFile() throws Exception {
    String mapping =
        """
        resources:
          - resource: customers
            fields:
              email: {column: 會員信箱}
              name: {column: 姓名}
              metadata.level: {column: 等級, values: {金: gold, 銀: silver}, otherwise: basic}
          - resource: orders
            fields:
              order_no: {column: 訂單編號}
              customer_email: {column: 會員信箱}
              amount: {column: 金額, amount: true}
              status: {constant: paid}
              paid_at: {column: 付款日, date: {zone: Asia/Taipei, roc: true}}
        """;
    String csv =
        "會員信箱,姓名,等級,訂單編號,金額,付款日\n"
            + "mei@example.com,林美玲,金,A-1,\"NT$1,990\",114/12/01\n"
            + "hao@example.com,陳家豪,銅,A-2,990,114/12/02\n";

    JsonObject done =
        awaitEnd(
            new Form()
                .field("mapping", mapping)
                .file("shop.csv", csv)
                .post(api)
                .expect(202)
                .data());

    assertEquals("completed", state(done), done.toString());
    assertTrue(done.getBoolean("mapping"));
    assertEquals(4, count(done, "created"), "two customers, two orders");
    JsonObject order = api.get("/v1/orders/A-1").expect(200).data();
    assertEquals("1990.00", order.getString("amount"));
    assertEquals("2025-11-30T16:00:00Z", order.getString("paid_at"));
    assertEquals(
        "gold",
        api.get("/v1/customers?search=mei@")
            .expect(200)
            .json()
            .getJsonArray("data")
            .getJsonObject(0)
            .getJsonObject("metadata")
            .getString("level"));
  }

  @Test
  void whatIsNotAnImportableFileIsRefusedWithTheContractsBody() {
    Map<String, Form> refused = new LinkedHashMap<>();
    refused.put("no file", new Form().field("resource", "customers"));
    refused.put("empty", new Form().field("resource", "customers").file("empty.csv", ""));
    refused.put(
        "header only", new Form().field("resource", "customers").file("h.csv", "email,name\n"));
    refused.put(
        "a zip",
        new Form()
            .field("resource", "customers")
            .file("c.zip", new byte[] {'P', 'K', 3, 4, 20, 0}));
    refused.put(
        "binary",
        new Form()
            .field("resource", "customers")
            .file(
                "c.bin", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}));
    refused.put(
        "no column it takes",
        new Form().field("resource", "customers").file("c.csv", "foo,bar\n1,2\n"));
    refused.put(
        "an unknown profile",
        new Form().field("profile", "no-such-shop").file("c.csv", "email\na@example.com\n"));
    refused.put(
        "an unknown resource",
        new Form().field("resource", "invoices").file("c.csv", "email\na@example.com\n"));
    refused.put("neither resource nor profile", new Form().file("c.csv", "email\na@b.com\n"));
    refused.put(
        "resource and profile",
        new Form()
            .field("resource", "customers")
            .field("profile", "shopify-customers")
            .file("c.csv", "email\na@b.com\n"));
    refused.put(
        "a quote that never closes",
        new Form().field("resource", "customers").file("c.csv", "email,name\na@b.com,\"open\n"));
    refused.put(
        "an encoding it does not know",
        new Form()
            .field("resource", "customers")
            .field("encoding", "ebcdic")
            .file("c.csv", "email\na@b.com\n"));

    for (Map.Entry<String, Form> form : refused.entrySet()) {
      Api.Response response = form.getValue().post(api);
      assertEquals(422, response.status(), form.getKey() + ": " + response.text());
      JsonObject body = response.json();
      assertTrue(body.getString("message").length() > 0, form.getKey());
      assertTrue(body.getJsonObject("errors").size() > 0, form.getKey() + ": " + body);
    }
    assertEquals(0, total(api, "/v1/imports"), "nothing kept of a refused file");
  }

  @Test
  void aFileOverTheRowLimitIsRefusedWith413AndNothingKept() {
    StringBuilder csv = new StringBuilder(8 * 1_048_577).append("email\n");
    for (int i = 0; i <= 1_048_576; i++) {
      csv.append("r").append(i).append("@x.io\n");
    }

    Api.Response response =
        new Form().field("resource", "customers").file("big.csv", csv.toString()).post(api);

    assertEquals(413, response.status(), response.text());
    assertTrue(response.json().getString("message").contains("1048576"), response.text());
    assertEquals(0, total(api, "/v1/imports"));
  }

  @Test
  void anImportNeedsImportsManageAndTheWriteOfWhatItFeeds() {
    String customersOnly = token("customers:write");
    String importsOnly = token("imports:manage");
    String both = token("imports:manage", "customers:write");

    new Form()
        .field("resource", "customers")
        .file("c.csv", "email\na@b.com\n")
        .post(Api.as(base, customersOnly))
        .expect(403);
    Api.Response lacking =
        new Form()
            .field("resource", "customers")
            .file("c.csv", "email\na@b.com\n")
            .post(Api.as(base, importsOnly))
            .expect(403);
    assertTrue(lacking.text().contains("customers:write"), lacking.text());
    new Form()
        .field("profile", "shopify-orders")
        .file("o.csv", readSample("shopify-orders.csv"))
        .post(Api.as(base, both))
        .expect(403);
    new Form()
        .field("resource", "customers")
        .file("c.csv", "email\na@b.com\n")
        .post(Api.as(base, both))
        .expect(202);
    Api.as(base, customersOnly).get("/v1/imports").expect(403);
  }

  @Test
  void oneTenantNeverSeesAnothersImports() throws Exception {
    JsonObject mine = awaitEnd(upload("customers", customers("mine", 150, 10)));
    Api other = Api.newTenant(base, "file-import-other-" + UUID.randomUUID());
    String path = "/v1/imports/" + mine.getInt("id");

    other.get(path).expect(404);
    other.get(path + "/failed_rows").expect(404);
    other.post(path + "/cancel", "").expect(404);
    assertEquals(0, total(other, "/v1/imports"));
    api.get(path).expect(200);
  }

  @Test
  void theEndOfAnImportIsAnnouncedToItsWebhooks() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      api.post(
              "/v1/webhooks",
              "{\"url\": \""
                  + receiver.url()
                  + "\", \"events\": [\"import.completed\", \"import.failed\", \"customer.created\"]}")
          .expect(201);

      JsonObject done = awaitEnd(upload("customers", customers("hook", 120, 0)));

      WebhookReceiver.Received delivery = receiver.next(Duration.ofSeconds(15));
      assertNotNull(delivery, "no import.completed arrived");
      JsonObject event = json(delivery.body());
      assertEquals("import.completed", event.getString("type"));
      assertEquals(done, event.getJsonObject("data"), "the import as GET shows it");
      assertNull(receiver.next(Duration.ofSeconds(3)), "rows of an import announce nothing");
    }
  }

  private String token(String... abilities) {
    List<String> quoted = new ArrayList<>();
    for (String ability : abilities) {
      quoted.add("\"" + ability + "\"");
    }
    return api.post(
            "/v1/tokens",
            "{\"name\": \"t-"
                + UUID.randomUUID()
                + "\", \"abilities\": ["
                + String.join(",", quoted)
                + "]}")
        .expect(201)
        .data()
        .getString("token");
  }

  private static byte[] readSample(String name) {
    try {
      return Files.readAllBytes(PROFILES.resolve(name));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
