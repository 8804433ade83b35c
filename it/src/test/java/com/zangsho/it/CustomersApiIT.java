package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The customers API over HTTP against the deployed EAR: the seed's flow and every way to get it
 * wrong.
 */
class CustomersApiIT extends DeployedEarTest {
  static final String SEED_BATCH =
      """
      {
      "on_conflict": "skip",
      "customers": [
      {
      "email": "wang.xiaoming@example.com",
      "name": "王小明",
      "phone": "0912345678"
      },
      {
      "email": "chen.meili@example.com",
      "name": "陳美麗",
      "phone": "0923456789",
      "metadata": {"source": "website"}
      }
      ]
      }""";

  Api api;

  @BeforeEach
  void newTenant() {
    api = Api.newTenant(base, "customers-" + UUID.randomUUID());
  }

  @Test
  void theSeedsBatchCreatesBothCustomersAndAnswersInTheSeedsShape() {
    JsonObject data = api.post("/v1/customers/batch", SEED_BATCH).expect(200).data();

    assertEquals(2, data.getInt("total"));
    assertEquals(2, data.getInt("created"));
    assertEquals(0, data.getInt("updated"));
    assertEquals(0, data.getInt("skipped"));
    assertEquals(0, data.getInt("failed"));
    JsonObject results = data.getJsonObject("results");
    assertEquals(0, results.getJsonArray("updated").size());
    assertEquals(0, results.getJsonArray("skipped").size());
    assertEquals(0, results.getJsonArray("failed").size());
    JsonArray created = results.getJsonArray("created");
    assertEquals(0, created.getJsonObject(0).getInt("index"));
    assertEquals("wang.xiaoming@example.com", created.getJsonObject(0).getString("identifier"));
    assertEquals(1, created.getJsonObject(1).getInt("index"));
    assertEquals("chen.meili@example.com", created.getJsonObject(1).getString("identifier"));

    long id = created.getJsonObject(1).getJsonNumber("id").longValue();
    JsonObject customer = api.get("/v1/customers/" + id).expect(200).data();
    assertEquals("陳美麗", customer.getString("name"));
    assertEquals("0923456789", customer.getString("phone"));
    assertEquals("website", customer.getJsonObject("metadata").getString("source"));
    assertEquals("0.00", customer.getString("ltv"));
    assertEquals(0, customer.getInt("order_count"));
    assertTrue(customer.isNull("first_payment_at"));
    assertTrue(customer.isNull("external_id"));
    assertTrue(
        customer.getString("created_at").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
  }

  @Test
  void runningTheSeedAgainWithSkipReportsEveryCustomerAsADuplicateAndWritesNothing() {
    api.post("/v1/customers/batch", SEED_BATCH).expect(200);

    JsonObject data = api.post("/v1/customers/batch", SEED_BATCH).expect(200).data();

    assertEquals(2, data.getInt("skipped"));
    JsonObject skipped = data.getJsonObject("results").getJsonArray("skipped").getJsonObject(0);
    assertEquals("duplicate_email", skipped.getString("reason"));
    assertEquals("wang.xiaoming@example.com", skipped.getString("identifier"));
    assertEquals(2, total(api.get("/v1/customers")));
  }

  @Test
  void updateChangesOnlyTheFieldsTheItemGivesAndMatchesEmailsCaseInsensitively() {
    api.post("/v1/customers/batch", SEED_BATCH).expect(200);

    JsonObject data =
        api.post(
                "/v1/customers/batch",
                """
                {"on_conflict": "update", "customers": [
                  {"email": "WANG.XIAOMING@example.com", "phone": "0999000111", "name": ""}
                ]}""")
            .expect(200)
            .data();

    assertEquals(1, data.getInt("updated"));
    JsonObject updated = data.getJsonObject("results").getJsonArray("updated").getJsonObject(0);
    JsonObject customer =
        api.get("/v1/customers/" + updated.getJsonNumber("id")).expect(200).data();
    assertEquals("0999000111", customer.getString("phone"));
    assertEquals("王小明", customer.getString("name"), "an empty field leaves the stored value");
    assertEquals("wang.xiaoming@example.com", customer.getString("email"));
    assertEquals(2, total(api.get("/v1/customers")));
  }

  @Test
  void aDryRunReportsWhatWouldHappenAndWritesNothing() {
    api.post("/v1/customers", "{\"email\": \"kept@example.com\", \"name\": \"Kept\"}").expect(201);

    JsonObject data =
        api.post(
                "/v1/customers/batch",
                """
                {"dry_run": true, "on_conflict": "update", "customers": [
                  {"email": "new@example.com"},
                  {"email": "kept@example.com", "name": "Changed"},
                  {"email": "bad"}
                ]}""")
            .expect(200)
            .data();

    JsonObject results = data.getJsonObject("results");
    assertTrue(results.getJsonArray("created").getJsonObject(0).isNull("id"));
    assertFalse(results.getJsonArray("updated").getJsonObject(0).isNull("id"));
    assertEquals(1, data.getInt("failed"));
    JsonObject list = api.get("/v1/customers").expect(200).json();
    assertEquals(1, list.getJsonObject("meta").getInt("total"));
    assertEquals("Kept", list.getJsonArray("data").getJsonObject(0).getString("name"));
  }

  @Test
  void aFailedItemFailsAloneWithTheSeedsMessageWhileTheRestIsWritten() {
    JsonObject data =
        api.post(
                "/v1/customers/batch",
                """
                {"customers": [
                  {"email": "ok@example.com"},
                  {"name": "no email"},
                  {"email": "invalid-email"},
                  "not an object",
                  {"email": "long@example.com", "phone": "012345678901234567890123456789012345678901234567890"}
                ]}""")
            .expect(200)
            .data();

    assertEquals(5, data.getInt("total"));
    assertEquals(1, data.getInt("created"));
    assertEquals(4, data.getInt("failed"));
    JsonArray failed = data.getJsonObject("results").getJsonArray("failed");
    JsonObject missing = failed.getJsonObject(0);
    assertEquals(1, missing.getInt("index"));
    assertEquals("validation_error", missing.getString("reason"));
    assertEquals("email 欄位為必填", missing.getString("message"));
    assertTrue(missing.isNull("identifier"));
    assertEquals("invalid-email", failed.getJsonObject(1).getString("identifier"));
    assertEquals("customers.3 必須是物件", failed.getJsonObject(2).getString("message"));
    assertEquals("phone 不能超過 50 個字元", failed.getJsonObject(3).getString("message"));
    assertEquals(1, total(api.get("/v1/customers")));
  }

  @Test
  void itemMessagesAreEnglishWhenTheClientAsksForEnglish() {
    JsonObject failed =
        api.withHeader("Accept-Language", "en-US,en;q=0.9")
            .post("/v1/customers/batch", "{\"customers\": [{\"name\": \"x\"}]}")
            .expect(200)
            .data()
            .getJsonObject("results")
            .getJsonArray("failed")
            .getJsonObject(0);

    assertEquals("The email field is required.", failed.getString("message"));
  }

  @Test
  void headersRestEasyCannotParseGetTheContractsBodyNotAnHtmlPage() {
    for (String[] header :
        new String[][] {
          {"Accept-Language", "xx-;q=abc"}, {"Accept", "application/json;q=x"},
        }) {
      Api.Response refused =
          api.withHeader(header[0], header[1]).post("/v1/customers", "{}").expect(400);
      assertEquals(
          "無法解析請求標頭 Accept、Accept-Language、Content-Type 或 Content-Language",
          refused.json().getString("message"),
          header[0]);
    }
    Api.Response english =
        api.withHeader("Accept-Language", "en")
            .withHeader("Accept", "*/*;q=nope")
            .get("/v1/customers")
            .expect(400);
    assertTrue(english.json().getString("message").startsWith("The Accept"));
    assertEquals(0, total(api.get("/v1/customers")));
  }

  @Test
  void twoItemsWithOneEmailInOneBatchCreateOnceThenSkipOrUpdate() {
    String items =
        """
        "customers": [
          {"email": "twin@example.com", "name": "First"},
          {"email": "Twin@Example.com", "name": "Second"}
        ]""";

    JsonObject skip = api.post("/v1/customers/batch", "{" + items + "}").expect(200).data();
    assertEquals(1, skip.getInt("created"));
    assertEquals(
        1, skip.getJsonObject("results").getJsonArray("skipped").getJsonObject(0).getInt("index"));

    Api other = Api.newTenant(base, "twins-" + UUID.randomUUID());
    JsonObject update =
        other
            .post("/v1/customers/batch", "{\"on_conflict\": \"update\", " + items + "}")
            .expect(200)
            .data();
    assertEquals(1, update.getInt("created"));
    assertEquals(1, update.getInt("updated"));
    JsonArray customers = other.get("/v1/customers").expect(200).json().getJsonArray("data");
    assertEquals(1, customers.size());
    assertEquals("Second", customers.getJsonObject(0).getString("name"));
  }

  @Test
  void anExternalIdThatBelongsToAnotherCustomerFailsTheItem() {
    JsonObject data =
        api.post(
                "/v1/customers/batch",
                """
                {"customers": [
                  {"email": "a@example.com", "external_id": "cus_1"},
                  {"email": "b@example.com", "external_id": "cus_1"}
                ]}""")
            .expect(200)
            .data();

    JsonObject failed = data.getJsonObject("results").getJsonArray("failed").getJsonObject(0);
    assertEquals(1, failed.getInt("index"));
    assertEquals("external_id 已存在", failed.getString("message"));
  }

  @Test
  void aBadEnvelopeRejectsTheWholeBatchWith422AndWritesNothing() {
    StringBuilder tooMany = new StringBuilder("{\"customers\": [");
    for (int i = 0; i < 101; i++) {
      tooMany
          .append(i == 0 ? "" : ",")
          .append("{\"email\": \"u")
          .append(i)
          .append("@example.com\"}");
    }
    tooMany.append("]}");

    JsonObject over = api.post("/v1/customers/batch", tooMany.toString()).expect(422).json();
    assertEquals(
        "customers 最多只能有 100 筆資料",
        over.getJsonObject("errors").getJsonArray("customers").getString(0));
    JsonObject empty = api.post("/v1/customers/batch", "{\"customers\": []}").expect(422).json();
    assertEquals("customers 至少需要 1 筆資料", empty.getString("message"));
    JsonObject strategy =
        api.post(
                "/v1/customers/batch",
                "{\"on_conflict\": \"merge\", \"customers\": [{\"email\": \"x@example.com\"}]}")
            .expect(422)
            .json();
    assertTrue(strategy.getJsonObject("errors").containsKey("on_conflict"));
    api.post("/v1/customers/batch", "{}").expect(422);
    assertEquals(0, total(api.get("/v1/customers")));
  }

  @Test
  void aSingleCreateAnswers201AndADuplicateEmailInAnyCaseIs422() {
    Api.Response created =
        api.post("/v1/customers", "{\"email\": \"One@Example.com\", \"external_id\": \"ext-1\"}")
            .expect(201);
    long id = created.data().getJsonNumber("id").longValue();
    assertTrue(created.header("Location").endsWith("/v1/customers/" + id));

    JsonObject duplicate =
        api.post("/v1/customers", "{\"email\": \"one@example.com\"}").expect(422).json();
    assertEquals("email 已存在", duplicate.getString("message"));
    assertEquals("email 已存在", duplicate.getJsonObject("errors").getJsonArray("email").getString(0));
    JsonObject missing = api.post("/v1/customers", "{}").expect(422).json();
    assertEquals("email 欄位為必填", missing.getString("message"));
    assertEquals(
        id, api.get("/v1/customers/ext-1").expect(200).data().getJsonNumber("id").longValue());
  }

  @Test
  void putChangesTheGivenFieldsAndDeleteRemovesTheCustomer() {
    long id =
        api.post(
                "/v1/customers",
                "{\"email\": \"p@example.com\", \"name\": \"P\", \"phone\": \"1\"}")
            .expect(201)
            .data()
            .getJsonNumber("id")
            .longValue();
    api.post("/v1/customers", "{\"email\": \"taken@example.com\"}").expect(201);

    JsonObject changed =
        api.put("/v1/customers/" + id, "{\"phone\": null, \"name\": \"Q\"}").expect(200).data();
    assertEquals("Q", changed.getString("name"));
    assertTrue(changed.isNull("phone"));
    assertEquals("p@example.com", changed.getString("email"));
    api.put("/v1/customers/" + id, "{\"email\": \"TAKEN@example.com\"}").expect(422);
    api.put("/v1/customers/" + id, "{\"email\": null}").expect(422);

    // One rule for path ids everywhere: plain digits. "+1" or "01e0" names no customer.
    for (String spelling : List.of("+" + id, id + ".0", "0" + id + "e0", " " + id)) {
      api.put("/v1/customers/" + spelling.replace(" ", "%20"), "{\"name\": \"X\"}").expect(404);
      api.delete("/v1/customers/" + spelling.replace(" ", "%20")).expect(404);
    }
    assertEquals("Q", api.get("/v1/customers/" + id).data().getString("name"));

    api.delete("/v1/customers/" + id).expect(204);
    api.get("/v1/customers/" + id).expect(404);
    api.delete("/v1/customers/" + id).expect(404);
  }

  @Test
  void listsPageAndSearchWithTheContractsMeta() {
    for (int i = 1; i <= 5; i++) {
      api.post(
              "/v1/customers",
              "{\"email\": \"list" + i + "@example.com\", \"name\": \"Name " + i + "\"}")
          .expect(201);
    }
    api.post("/v1/customers", "{\"email\": \"other@example.com\", \"name\": \"王大同\"}").expect(201);

    JsonObject page2 = api.get("/v1/customers?per_page=2&page=2").expect(200).json();
    JsonObject meta = page2.getJsonObject("meta");
    assertEquals(2, meta.getInt("current_page"));
    assertEquals(3, meta.getInt("from"));
    assertEquals(4, meta.getInt("to"));
    assertEquals(3, meta.getInt("last_page"));
    assertEquals(2, meta.getInt("per_page"));
    assertEquals(6, meta.getInt("total"));
    assertEquals(
        "list3@example.com", page2.getJsonArray("data").getJsonObject(0).getString("email"));

    JsonObject beyond = api.get("/v1/customers?page=9").expect(200).json().getJsonObject("meta");
    assertTrue(beyond.isNull("from"));
    assertTrue(beyond.isNull("to"));
    assertEquals(5, total(api.get("/v1/customers?search=LIST")));
    assertEquals(1, total(api.get("/v1/customers?search=%E5%A4%A7%E5%90%8C")), "大同, its end");
    assertEquals(0, total(api.get("/v1/customers?search=%25")));
    api.get("/v1/customers?per_page=0").expect(422);
    api.get("/v1/customers?per_page=101").expect(422);
    api.get("/v1/customers?page=0").expect(422);
    api.get("/v1/customers?page=abc").expect(422);
  }

  @Test
  void anotherTenantsCustomerIsNotFoundAndNeverListed() {
    long id =
        api.post("/v1/customers", "{\"email\": \"mine@example.com\", \"external_id\": \"mine\"}")
            .expect(201)
            .data()
            .getJsonNumber("id")
            .longValue();
    Api stranger = Api.newTenant(base, "stranger-" + UUID.randomUUID());

    stranger.get("/v1/customers/" + id).expect(404);
    stranger.get("/v1/customers/mine").expect(404);
    stranger.put("/v1/customers/" + id, "{\"name\": \"x\"}").expect(404);
    stranger.delete("/v1/customers/" + id).expect(404);
    assertEquals(0, total(stranger.get("/v1/customers")));
    stranger.post("/v1/customers", "{\"email\": \"mine@example.com\"}").expect(201);
  }

  @Test
  void malformedOrOversizedOrMistypedBodiesGetTheContractsErrorsAndNoStackTrace() {
    Api.Response malformed = api.post("/v1/customers/batch", "{\"customers\": [").expect(400);
    assertNotNull(malformed.json().getString("message"));
    Api.Response tooDeep =
        api.post("/v1/customers/batch", "[".repeat(5000) + "]".repeat(5000)).expect(400);
    assertEquals(malformed.text(), tooDeep.text());
    Api.Response halfASurrogatePair =
        api.post("/v1/customers", "{\"email\": \"s@example.com\", \"name\": \"x\\ud800\"}")
            .expect(400);
    assertEquals(malformed.text(), halfASurrogatePair.text());
    String wholePair =
        api.post("/v1/customers", "{\"email\": \"pair@example.com\", \"name\": \"\\ud83d\\ude00\"}")
            .expect(201)
            .data()
            .getString("name");
    assertEquals("\ud83d\ude00", wholePair);
    Api.Response wrongType =
        api.send(
                "POST",
                "/v1/customers/batch",
                "text/plain",
                SEED_BATCH.getBytes(StandardCharsets.UTF_8))
            .expect(415);
    assertNotNull(wrongType.json().getString("message"));
    byte[] big =
        ("{\"customers\": [{\"email\": \"" + "a".repeat(1024 * 1024) + "\"}]}")
            .getBytes(StandardCharsets.UTF_8);
    Api.Response tooLarge =
        api.send("POST", "/v1/customers/batch", "application/json", big).expect(413);
    assertEquals("請求內容超過 1 MiB 上限", tooLarge.json().getString("message"));
    JsonObject unknownPath = api.get("/v1/no-such-thing").expect(404).json();
    assertNotNull(unknownPath.getString("message"));
    api.get("/v1/customers/999999999").expect(404);
    for (Api.Response response : new Api.Response[] {malformed, tooDeep, wrongType, tooLarge}) {
      assertFalse(response.text().contains("Exception"), response.text());
    }
    assertEquals(1, total(api.get("/v1/customers")), "only the whole surrogate pair");
  }

  private static int total(Api.Response list) {
    return list.expect(200).json().getJsonObject("meta").getInt("total");
  }
}
