package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lists as a client walking a large one sees them (docs/api.md §1): cursor pages that neither
 * repeat nor miss a row while rows are added, what {@code total} means past the count window, and
 * search for a fragment anywhere in an e-mail or a name, Chinese names included, and every customer
 * write reflected in it at once.
 */
class ListsAndSearchIT extends DeployedEarTest {
  /** Paging.COUNT_WINDOW: how far past a page's start rows are counted. */
  private static final int COUNT_WINDOW = 10_000;

  Api api;

  @BeforeEach
  void newTenant() {
    // Some tests import more than the window: over a hundred batches, past the default 60 a minute.
    api = Api.newTenant(base, "lists-" + UUID.randomUUID(), 100_000);
  }

  @Test
  void aCursorWalkSeesEveryCustomerOnceInIdOrderWhileCustomersAreAdded() {
    importCustomers("walk", 0, 250);
    List<Long> seen = new ArrayList<>();
    int added = 0;
    String cursor = null;
    int pages = 0;
    do {
      JsonObject page =
          api.get("/v1/customers?per_page=40" + (cursor == null ? "" : "&cursor=" + cursor))
              .expect(200)
              .json();
      page.getJsonArray("data").forEach(c -> seen.add(id(c.asJsonObject())));
      JsonObject meta = page.getJsonObject("meta");
      if (cursor != null) {
        assertTrue(meta.isNull("current_page"), "a cursor page has no page number");
        assertTrue(meta.isNull("from"));
      }
      cursor = meta.isNull("next_cursor") ? null : meta.getString("next_cursor");
      if (cursor != null && added < 3) {
        importCustomers("added", added * 10, 10); // new rows while the walk goes on
        added++;
      }
    } while (cursor != null && stillWalking(++pages));

    assertEquals(280, seen.size(), "250 from the start and the 30 added during the walk");
    assertEquals(seen.size(), new HashSet<>(seen).size(), "no customer twice");
    assertEquals(seen.stream().sorted().toList(), seen, "in id order");
    assertEquals(allIds("/v1/customers"), seen);
  }

  @Test
  void aSearchIsWalkedByCursorLikeTheListItNarrows() {
    importCustomers("walk", 0, 150);
    importCustomers("other", 0, 50);
    List<Long> everyone = allIds("/v1/customers");
    assertEquals(everyone.subList(0, 150), allIds("/v1/customers?search=walk"));
    assertEquals(everyone.subList(150, 200), allIds("/v1/customers?search=other"));
  }

  @Test
  void aCursorWalkThroughEventsFollowsTheirTimesAndNewestFirstActivity() {
    importCustomers("history", 0, 3);
    StringBuilder events = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      // Times out of the order they are imported in; an upgrade and a downgrade at every instant.
      String at = String.format("2025-01-%02dT00:00:00Z", 1 + (i * 7) % 15);
      events
          .append(events.isEmpty() ? "" : ",")
          .append(
              String.format(
                  "{\"customer_email\": \"history%d@example.com\", \"event_type\": \"%s\","
                      + " \"occurred_at\": \"%s\", \"new_amount\": \"%d.00\"}",
                  i % 3, i < 15 ? "upgrade" : "downgrade", at, 100 + i));
    }
    api.post("/v1/subscriptions/events/batch", "{\"events\": [" + events + "]}").expect(200);

    List<String> walked = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonObject page =
          api.get(
                  "/v1/subscriptions/events?per_page=7"
                      + (cursor == null ? "" : "&cursor=" + cursor))
              .expect(200)
              .json();
      page.getJsonArray("data")
          .forEach(
              e ->
                  walked.add(
                      e.asJsonObject().getString("occurred_at") + " " + id(e.asJsonObject())));
      JsonObject meta = page.getJsonObject("meta");
      cursor = meta.isNull("next_cursor") ? null : meta.getString("next_cursor");
    } while (cursor != null && stillWalking(++pages));
    List<String> listedAtOnce =
        api
            .get("/v1/subscriptions/events?per_page=100")
            .expect(200)
            .json()
            .getJsonArray("data")
            .stream()
            .map(e -> e.asJsonObject().getString("occurred_at") + " " + id(e.asJsonObject()))
            .toList();
    assertEquals(30, walked.size());
    assertEquals(listedAtOnce, walked, "the walk sees the list's own order, time then id");

    List<Long> activity = allIds("/v1/activity_logs");
    assertEquals(3, activity.size(), "the token's creation and the two batches");
    assertEquals(
        activity.stream().sorted(Comparator.reverseOrder()).toList(), activity, "newest first");
  }

  @Test
  void aCursorThatThisServerDidNotHandOutIsA422() {
    for (String cursor : List.of("not-a-cursor", "azE", "MTIz")) {
      JsonObject error = api.get("/v1/customers?cursor=" + cursor).expect(422).json();
      assertTrue(error.getJsonObject("errors").containsKey("cursor"), error.toString());
    }
    importCustomers("x", 0, 2);
    String eventsCursor =
        api.get("/v1/customers?per_page=1")
            .expect(200)
            .json()
            .getJsonObject("meta")
            .getString("next_cursor");
    api.get("/v1/subscriptions/events?cursor=" + eventsCursor).expect(422);
  }

  @Test
  void aPageFarPastTheEndIsEmptyOnEveryList() {
    importCustomers("few", 0, 3);
    // 21474837 pages of 100 end just past what a query's int offset holds; the last is the most.
    for (String pageNumber : List.of("21474837", "2147483647")) {
      for (String list :
          List.of("/v1/customers", "/v1/customers?search=few", "/v1/orders", "/v1/activity_logs")) {
        String path = list + (list.contains("?") ? "&" : "?") + "per_page=100&page=" + pageNumber;
        JsonObject page = api.get(path).expect(200).json();
        assertEquals(0, page.getJsonArray("data").size(), path);
        assertTrue(page.getJsonObject("meta").isNull("next_cursor"), path);
      }
    }
  }

  @Test
  void searchFindsAFragmentAnywhereInAnEmailOrANameInAnyCase() {
    api.post(
            "/v1/customers/batch",
            """
            {"customers": [
              {"email": "wang.xiaoming@example.com", "name": "王小明"},
              {"email": "Chen.Meili@Shop.example.tw", "name": "陳美麗"},
              {"email": "lin@example.com", "name": "Lin Zhihao"},
              {"email": "under_score@example.com", "name": "100% Cotton"}
            ]}""")
        .expect(200);
    String wang = "wang.xiaoming@example.com";
    String chen = "Chen.Meili@Shop.example.tw";
    String lin = "lin@example.com";
    String under = "under_score@example.com";

    assertEquals(List.of(wang), search("xiaoming"), "the middle of an e-mail");
    assertEquals(List.of(wang), search("ming@exa"), "across the @");
    assertEquals(List.of(wang), search("g@example.c"), "one character before the @");
    assertEquals(List.of(chen), search("xample.T"), "the middle of a domain");
    assertEquals(List.of(wang, chen, lin, under), search("ample"), "every domain holding it");
    assertEquals(List.of(chen), search(" MEIL "), "any case, outer spaces dropped");
    assertEquals(List.of(wang), search("小"), "one CJK character in the middle of a name");
    assertEquals(List.of(chen), search("美"));
    assertEquals(List.of(wang), search("王小明"));
    assertEquals(List.of(lin), search("n zhi"), "the middle of a Latin name");
    assertEquals(List.of(under), search("0% c"), "% is a character");
    assertEquals(List.of(under), search("under_"), "_ is a character");
    assertEquals(List.of(), search("under%"));
    assertEquals(List.of(wang), search("wa"), "two Latin characters: the start of the e-mail");
    assertEquals(List.of(), search("ia"), "not its middle");
    assertEquals(List.of(lin), search("Li"));
    assertEquals(List.of(), search("10"), "nor the start of a name (100% Cotton)");
  }

  @Test
  void everyWriteOfACustomerIsReflectedInSearchAtOnce() {
    long lin =
        api.post("/v1/customers", "{\"email\": \"lin@example.com\", \"name\": \"Lin Zhihao\"}")
            .expect(201)
            .data()
            .getJsonNumber("id")
            .longValue();
    assertEquals(List.of("lin@example.com"), search("zhiha"), "created");

    api.put("/v1/customers/" + lin, "{\"name\": \"林志豪\", \"email\": \"lzh@shop.example\"}")
        .expect(200);
    assertEquals(List.of("lzh@shop.example"), search("志"), "renamed");
    assertEquals(List.of(), search("zhiha"), "the old name is gone");
    assertEquals(List.of(), search("lin@"), "the old e-mail too");
    assertEquals(List.of("lzh@shop.example"), search("hop.exam"), "its new domain");

    api.post(
            "/v1/customers/batch",
            """
            {"on_conflict": "update", "customers": [
              {"email": "lzh@shop.example", "name": "Lin Bowen"},
              {"email": "fresh@example.org", "name": "Fresh Batch"}
            ]}""")
        .expect(200);
    assertEquals(List.of("lzh@shop.example"), search("bowen"), "a batch update");
    assertEquals(List.of(), search("志"));
    assertEquals(List.of("fresh@example.org"), search("h batc"), "a batch create");

    api.post(
            "/v1/orders",
            """
            {"order_no": "S-1", "customer_email": "buyer@example.net", "customer_name": "王大同",
             "amount": "1.00"}""")
        .expect(201);
    api.post(
            "/v1/orders/batch",
            """
            {"orders": [{"order_no": "S-2", "customer_email": "second@example.net",
                         "customer_name": "陳大文", "amount": "1.00"}]}""")
        .expect(200);
    assertEquals(
        List.of("buyer@example.net", "second@example.net"), search("大"), "customers orders made");

    api.delete("/v1/customers/" + lin).expect(204);
    assertEquals(List.of(), search("bowen"), "deleted");
  }

  @Test
  void theTotalIsExactWithinTheCountWindowAndALowerBoundPastIt() {
    importCustomers("many", 0, COUNT_WINDOW + 50);

    JsonObject first =
        api.get("/v1/customers?per_page=100").expect(200).json().getJsonObject("meta");
    assertEquals(COUNT_WINDOW, first.getInt("total"), "counted as far as the window");
    assertFalse(first.getBoolean("total_is_exact"));
    assertEquals(COUNT_WINDOW / 100, first.getInt("last_page"));

    JsonObject deep =
        api.get("/v1/customers?per_page=100&page=" + (COUNT_WINDOW / 100 + 1))
            .expect(200)
            .json()
            .getJsonObject("meta");
    assertEquals(COUNT_WINDOW + 50, deep.getInt("total"), "the window starts at the page");
    assertTrue(deep.getBoolean("total_is_exact"));
    assertEquals(COUNT_WINDOW / 100 + 1, deep.getInt("last_page"));
    assertEquals(COUNT_WINDOW + 1, deep.getInt("from"));
    assertEquals(COUNT_WINDOW + 50, deep.getInt("to"));
    assertTrue(deep.isNull("next_cursor"));

    // A search that matches nearly everyone reads the list in id order instead of its indexes.
    JsonObject everyone =
        api.get("/v1/customers?search=example.com&per_page=100").expect(200).json();
    assertEquals(COUNT_WINDOW, everyone.getJsonObject("meta").getInt("total"));
    assertFalse(everyone.getJsonObject("meta").getBoolean("total_is_exact"));
    assertEquals(
        api.get("/v1/customers?per_page=100").expect(200).json().getJsonArray("data"),
        everyone.getJsonArray("data"));
    JsonObject few = api.get("/v1/customers?search=many1234@").expect(200).json();
    assertEquals(1, few.getJsonObject("meta").getInt("total"));
    assertTrue(few.getJsonObject("meta").getBoolean("total_is_exact"));
  }

  @Test
  void aDateRangeListsItsOrdersInIdOrderByCursorByPageAndWithAStatus() {
    // 90 orders over 35 days around March 2025, their dates shuffled against their ids.
    StringBuilder orders = new StringBuilder();
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i < 90; i++) {
      LocalDate day = LocalDate.of(2025, 2, 26).plusDays((i * 13) % 35);
      days.add(day);
      orders
          .append(i == 0 ? "" : ",")
          .append("{\"order_no\": \"R-")
          .append(i)
          .append("\", \"customer_email\": \"r")
          .append(i % 7)
          .append("@example.com\", \"amount\": 1, \"status\": \"")
          .append(i % 4 == 0 ? "refunded" : "paid")
          .append("\", \"paid_at\": \"")
          .append(day)
          .append("T23:30:00Z\"}");
    }
    api.post("/v1/orders/batch", "{\"orders\": [" + orders + "]}").expect(200);
    List<Long> march = new ArrayList<>();
    List<Long> marchRefunded = new ArrayList<>();
    List<Long> everyId = allIds("/v1/orders");
    for (int i = 0; i < 90; i++) {
      if (days.get(i).getMonthValue() == 3) {
        march.add(everyId.get(i));
        if (i % 4 == 0) {
          marchRefunded.add(everyId.get(i));
        }
      }
    }
    march.sort(null);
    marchRefunded.sort(null);
    String month = "/v1/orders?start_date=2025-03-01&end_date=2025-03-31";

    assertEquals(march, allIds(month), "walked by cursor");
    assertEquals(marchRefunded, allIds(month + "&status=refunded"));
    JsonObject second = api.get(month + "&per_page=10&page=2").expect(200).json();
    assertEquals(
        march.subList(10, 20),
        second.getJsonArray("data").stream().map(row -> id(row.asJsonObject())).toList());
    assertEquals(march.size(), second.getJsonObject("meta").getInt("total"));
    assertTrue(second.getJsonObject("meta").getBoolean("total_is_exact"));
    assertEquals(
        marchRefunded.size(),
        api.get(month + "&status=refunded")
            .expect(200)
            .json()
            .getJsonObject("meta")
            .getInt("total"));
    assertEquals(everyId, allIds("/v1/orders?start_date=2025-01-01&end_date=2025-12-31"), "a year");
    assertEquals(List.of(), allIds(month + "&status=pending"));
  }

  private List<String> search(String text) {
    return api
        .get("/v1/customers?search=" + URLEncoder.encode(text, StandardCharsets.UTF_8))
        .expect(200)
        .json()
        .getJsonArray("data")
        .stream()
        .map(c -> c.asJsonObject().getString("email"))
        .toList();
  }

  /** Every id of a list, walked by cursor, 40 a page. */
  private List<Long> allIds(String path) {
    List<Long> ids = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonObject page =
          api.get(
                  path
                      + (path.contains("?") ? "&" : "?")
                      + "per_page=40"
                      + (cursor == null ? "" : "&cursor=" + cursor))
              .expect(200)
              .json();
      page.getJsonArray("data").forEach(row -> ids.add(id(row.asJsonObject())));
      JsonObject meta = page.getJsonObject("meta");
      cursor = meta.isNull("next_cursor") ? null : meta.getString("next_cursor");
    } while (cursor != null && stillWalking(++pages));
    return ids;
  }

  /** Customers {@code <prefix><n>@example.com}, n from {@code from}, 100 a batch. */
  private void importCustomers(String prefix, int from, int count) {
    for (int start = from; start < from + count; start += 100) {
      String customers =
          IntStream.range(start, Math.min(start + 100, from + count))
              .mapToObj(n -> "{\"email\": \"" + prefix + n + "@example.com\"}")
              .collect(Collectors.joining(","));
      JsonObject data =
          api.post("/v1/customers/batch", "{\"customers\": [" + customers + "]}")
              .expect(200)
              .data();
      assertEquals(0, data.getInt("failed"), data.toString());
    }
  }

  /** A cursor that leads nowhere new would walk forever: fail instead. */
  private static boolean stillWalking(int pages) {
    assertTrue(pages < 1000, "a walk of a thousand pages: the cursor does not move on");
    return true;
  }

  private static long id(JsonObject row) {
    return row.getJsonNumber("id").longValue();
  }
}
