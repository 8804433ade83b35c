package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console (/console/) in Debian's headless Chromium, as a merchant's finance person and an
 * operator use it, with every host name but the server's unresolvable: the tiles and bars are the
 * metrics API's figures, a bar lists the movements that sum to it, a movement opens its customer, a
 * file runs to completion with its progress seen moving, a hostile name is shown as typed, a
 * keyboard reaches every control and axe-core finds no serious violation. Saves a screenshot of
 * each page (zh-TW) under docs/console. Runs in the {@code browser} profile, beside BrowserIT.
 */
class ConsoleBrowserIT extends DeployedEarTest {
  private static final Path SCREENSHOTS = Path.of(System.getProperty("console.screenshots"));
  private static final String YEAR = "start=2025-01-01&end=2025-12-31&interval=month";
  private static final Set<String> MOVEMENTS =
      Set.of("new_business", "expansion", "reactivation", "contraction", "churn");

  private ChromeDriver browser;
  private WebDriverWait wait;
  private Api tenant;

  @BeforeEach
  void start() {
    tenant = Api.newTenant(base, "console-" + UUID.randomUUID(), 100_000);
    browser = Chromium.start("zh-TW,zh", 1400, 1800);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theTilesAndBarsAreTheApisFiguresAndABarListsTheMovementsThatSumToIt() {
    seedRevenue();
    signIn(tenant.token());
    open("#/revenue?" + YEAR);
    screenshot("revenue");

    JsonObject summary = tenant.get("/v1/metrics/summary?date=2025-12-31").expect(200).data();
    Map<String, String> tiles = new HashMap<>();
    for (WebElement tile : browser.findElements(By.cssSelector("button.tile"))) {
      tiles.put(
          tile.getAttribute("data-metric"), tile.findElement(By.cssSelector(".value")).getText());
    }
    assertEquals(7, tiles.size(), tiles.toString());
    for (String money : List.of("mrr", "arr", "arpa")) {
      assertEquals(summary.getString(money), tiles.get(money).replace(",", ""), money);
    }
    assertEquals(String.valueOf(summary.getInt("customers")), tiles.get("customers"));
    for (String rate :
        List.of("customer_churn_rate", "gross_mrr_churn_rate", "net_mrr_retention")) {
      assertEquals(percent(summary.getString(rate)), tiles.get(rate), rate);
    }

    JsonArray entries =
        tenant
            .get("/v1/metrics/mrr?start_date=2025-01-01&end_date=2025-12-31&interval=month")
            .expect(200)
            .data()
            .getJsonArray("entries");
    Map<String, List<Object>> bars = series("movements-chart");
    assertEquals(MOVEMENTS, bars.keySet());
    for (String type : MOVEMENTS) {
      for (int i = 0; i < entries.size(); i++) {
        assertAmount(
            entries.getJsonObject(i).getString(type), bars.get(type).get(i), type + " " + i);
      }
    }
    List<Object> line = series("mrr-chart").get("ending_mrr");
    for (int i = 0; i < entries.size(); i++) {
      assertAmount(entries.getJsonObject(i).getString("ending_mrr"), line.get(i), "ending " + i);
    }

    // May 2025: one customer contracts and another churns; the click lands in churn's own bar.
    int may = 4;
    String churn = entries.getJsonObject(may).getString("churn");
    assertTrue(new BigDecimal(churn).signum() < 0, churn);
    clickBar("churn", may);
    WebElement sum = wait.until(d -> shown(By.cssSelector("#movements-sum[data-amount]")));
    assertEquals(
        0, new BigDecimal(sum.getAttribute("data-amount")).compareTo(new BigDecimal(churn)));
    BigDecimal listed = BigDecimal.ZERO;
    List<WebElement> amounts =
        browser.findElements(By.cssSelector("#movements tbody td[data-amount]"));
    assertFalse(amounts.isEmpty());
    for (WebElement amount : amounts) {
      listed = listed.add(new BigDecimal(amount.getAttribute("data-amount")));
    }
    assertEquals(0, listed.compareTo(new BigDecimal(churn)), "the listed movements' amounts");
    screenshot("movements");

    // And the same list from the tile: the month's churn, as the summary counts it.
    browser.findElement(By.cssSelector("button.tile[data-metric=gross_mrr_churn_rate]")).click();
    wait.until(d -> textOf(By.id("movements-title")).contains("2025-12-01"));

    clickBar("churn", may);
    wait.until(d -> textOf(By.id("movements-title")).contains("2025-05-01"));
    wait.until(d -> shown(By.cssSelector("#movements tbody button.link"))).click();
    WebElement title = wait.until(d -> shown(By.id("customer-title")));
    assertTrue(title.getText().contains("客戶 churned"), title.getText());
    String page = browser.findElement(By.tagName("main")).getText();
    assertTrue(page.contains("churned@example.com"), page);
    assertTrue(page.contains("cancel"), "the customer's events: " + page);
    screenshot("customer");
    // Nothing the charts drew on hover or click broke the page's Content-Security-Policy.
    assertEquals(List.of(), consoleProblems(), "the browser's console");
  }

  @Test
  void aFileRunsToCompletionWithItsProgressSeenMoving() throws IOException {
    Path file = Files.createTempFile("console-customers", ".csv");
    Files.writeString(file, FileImportIT.customers("console", 40_000, 10_000));
    signIn(tenant.token());
    open("#/imports");
    browser.findElement(By.id("file")).sendKeys(file.toString());
    wait.until(d -> shown(By.id("start")));
    String preview = browser.findElement(By.cssSelector("table.preview")).getText();
    assertTrue(preview.contains("console1@example.com"), preview);
    assertEquals(
        "customers",
        new Select(browser.findElement(By.id("resource"))).getFirstSelectedOption().getText());
    browser.findElement(By.id("start")).click();

    List<Long> seen = new ArrayList<>();
    Instant until = Instant.now().plusSeconds(180);
    String state = null;
    boolean shot = false;
    while (Instant.now().isBefore(until)) {
      WebElement progress = shown(By.id("import-progress"));
      if (progress != null) {
        state = progress.getAttribute("data-state");
        long value = Math.round(Double.parseDouble(progress.getAttribute("value")));
        if (seen.isEmpty() || seen.get(seen.size() - 1) != value) {
          seen.add(value);
        }
        if (!shot && value > 0 && value < 40_000) {
          screenshot("import-running");
          shot = true;
        }
        if (!"queued".equals(state) && !"running".equals(state) && state != null) {
          break;
        }
      }
      EightClientRaceIT.pause(100);
    }
    assertEquals("completed", state, "seen: " + seen);
    assertTrue(
        seen.stream().anyMatch(value -> value > 0 && value < 40_000),
        "the bar stood between empty and full at least once: " + seen);
    for (int i = 1; i < seen.size(); i++) {
      assertTrue(seen.get(i) >= seen.get(i - 1), "the bar never goes back: " + seen);
    }
    assertEquals(40_000L, seen.get(seen.size() - 1));
    String counts = browser.findElement(By.id("import-counts")).getText();
    assertTrue(counts.contains("新增 39,996") && counts.contains("失敗 4"), counts);
    wait.until(d -> shown(By.cssSelector("#current button.failed-rows")));
    wait.until(d -> shown(By.cssSelector("#past table.imports")));
    JsonObject finished =
        tenant
            .get("/v1/imports?per_page=1")
            .expect(200)
            .json()
            .getJsonArray("data")
            .getJsonObject(0);
    assertEquals(39_996, finished.getInt("created"));
    screenshot("imports");
  }

  @Test
  void aHostileNameIsShownAsTypedAndTimesAreInTheChosenZone() {
    String hostile = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>";
    long id =
        tenant
            .post(
                "/v1/customers",
                "{\"email\": \"hostile@example.com\", \"name\": "
                    + jakarta.json.Json.createValue(hostile)
                    + ", \"metadata\": {\"note\": \"<b onmouseover=alert(1)>\"}}")
            .expect(201)
            .data()
            .getJsonNumber("id")
            .longValue();
    tenant
        .post("/v1/customers", "{\"email\": \"plain@example.com\", \"name\": \"王小明\"}")
        .expect(201);
    signIn(tenant.token());
    open("#/customers?search=example.com");
    String list = browser.findElement(By.cssSelector("table.customers")).getText();
    assertTrue(list.contains(hostile), list);
    assertTrue(list.contains("王小明"), list);
    screenshot("customers");

    open("#/customers/" + id);
    assertTrue(browser.findElement(By.id("customer-title")).getText().contains(hostile));
    assertEquals(
        0L, script("return document.querySelectorAll('main img, main script, main b').length;"));
    assertEquals(null, script("return window.__pwned === undefined ? null : window.__pwned;"));

    String created = tenant.get("/v1/customers/" + id).expect(200).data().getString("created_at");
    DateTimeFormatter shown = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    String taipei = shown.format(Instant.parse(created).atZone(ZoneId.of("Asia/Taipei")));
    assertTrue(browser.findElement(By.cssSelector("dl.facts")).getText().contains(taipei), taipei);
    new Select(browser.findElement(By.id("zone"))).selectByValue("UTC");
    String utc = shown.format(Instant.parse(created).atZone(ZoneId.of("UTC")));
    wait.until(d -> textOf(By.cssSelector("dl.facts")).contains(utc));

    open("#/orders");
    screenshot("orders");
  }

  @Test
  void withEveryOutsideAddressUnreachableThePageLoadsWholeFromItsServer() {
    Api.Response page = Api.as(base, null).get("/console/").expect(200);
    String policy = page.header("Content-Security-Policy");
    assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe"), policy);
    Api anyone = Api.as(base, null);
    anyone.get("/console/nope.js").expect(404);
    anyone.get("/console/..%2Fdocs").expect(404);
    String index = anyone.get("/console/index.html").expect(301).header("Location");
    assertTrue(index.endsWith("/console/"), index);
    // Only the files the console is made of: not a webjar's own pages.
    anyone.get("/docs/index.html").expect(404);
    seedRevenue();
    signIn(tenant.token());
    open("#/revenue?start=2023-01-01&end=2025-12-31&interval=month");
    browser.navigate().refresh();
    WebElement main = wait.until(d -> shown(By.cssSelector("main[data-since-load-ms]")));
    assertEquals("object", script("return typeof echarts;"));
    String origin = base.getProtocol() + "://" + base.getAuthority() + "/";
    @SuppressWarnings("unchecked")
    List<String> loaded =
        (List<String>) script("return performance.getEntriesByType('resource').map(e => e.name);");
    assertFalse(loaded.isEmpty());
    for (String address : loaded) {
      assertTrue(address.startsWith(origin), address);
    }
    assertEquals(List.of(), consoleProblems(), "the browser's console");
    assertFalse(browser.getCurrentUrl().contains(tenant.token()), "the token is never in a URL");
    // Speed, reported, not asserted (docs/performance.md has the figure at a million events).
    System.out.println(
        "ConsoleBrowserIT: the revenue page, 36 months, drawn "
            + main.getAttribute("data-since-load-ms")
            + " ms after the page began to load");
  }

  @Test
  void aKeyboardReachesEveryControlAndAxeFindsNothingSerious() throws IOException {
    seedRevenue();
    browser.get(base + "console/");
    wait.until(d -> shown(By.id("token")));
    checkPage("sign-in");
    screenshot("sign-in");
    signIn(tenant.token());
    for (String view : List.of("#/revenue?" + YEAR, "#/customers", "#/orders", "#/imports")) {
      open(view);
      checkPage(view);
    }
    Path file = Files.createTempFile("console-keyboard", ".csv");
    Files.writeString(file, FileImportIT.customers("keyboard", 5, 0));
    browser.findElement(By.id("file")).sendKeys(file.toString());
    wait.until(d -> shown(By.id("start")));
    checkPage("#/imports with a file");

    // The figures table is the keyboard's way to what a click on a bar lists.
    open("#/revenue?" + YEAR);
    WebElement figure =
        browser.findElement(By.cssSelector("table.figures button[data-type=churn]"));
    script("arguments[0].focus();", figure);
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    wait.until(d -> shown(By.cssSelector("#movements-sum[data-amount]")));
    assertEquals("movements-title", script("return document.activeElement.id;"));
    assertEquals(List.of(), consoleProblems(), "the browser's console on every page");
  }

  @Test
  void whatTheTokenMayNotDoIsNotShown() throws IOException {
    String reader =
        tenant
            .post("/v1/tokens", "{\"name\": \"讀客戶\", \"abilities\": [\"customers:read\"]}")
            .expect(201)
            .data()
            .getString("token");
    long id =
        tenant
            .post("/v1/customers", "{\"email\": \"only@example.com\"}")
            .expect(201)
            .data()
            .getJsonNumber("id")
            .longValue();
    signIn(reader);
    List<String> menu =
        browser.findElements(By.cssSelector("#nav a")).stream()
            .map(a -> a.getAttribute("href"))
            .toList();
    assertEquals(1, menu.size(), menu.toString());
    assertTrue(menu.get(0).endsWith("#/customers"), menu.toString());
    browser.get(base + "console/#/revenue");
    wait.until(d -> d.getCurrentUrl().endsWith("#/customers"));
    open("#/customers/" + id);
    List<String> sections =
        browser.findElements(By.cssSelector("main h2")).stream().map(WebElement::getText).toList();
    assertEquals(
        List.of("資料"), sections, "no orders, subscription or events without their abilities");

    // A token that may import customers only is offered only what feeds customers.
    String importer =
        tenant
            .post(
                "/v1/tokens",
                "{\"name\": \"匯入客戶\", \"abilities\": [\"imports:manage\", \"customers:write\"]}")
            .expect(201)
            .data()
            .getString("token");
    browser.findElement(By.id("sign-out")).click();
    signIn(importer);
    assertEquals(
        List.of("匯入"),
        browser.findElements(By.cssSelector("#nav a")).stream().map(WebElement::getText).toList());
    Path file = Files.createTempFile("console-abilities", ".csv");
    Files.writeString(file, FileImportIT.customers("abilities", 3, 0));
    browser.findElement(By.id("file")).sendKeys(file.toString());
    wait.until(d -> shown(By.id("start")));
    assertEquals(List.of("customers"), optionValues("resource"));
    assertEquals(
        List.of("shopify-customers", "stripe-customers", "chartmogul-customers"),
        optionValues("profile"));
  }

  private List<String> optionValues(String select) {
    return new Select(browser.findElement(By.id(select)))
        .getOptions().stream().map(option -> option.getAttribute("value")).toList();
  }

  @Test
  void englishByAcceptLanguageAndChineseBySwitch() {
    browser.quit();
    browser = Chromium.start("en-US,en", 1400, 1000);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get(base + "console/");
    wait.until(d -> !textOf(By.tagName("h1")).isEmpty());
    assertEquals("Sign in with an API token", textOf(By.tagName("h1")));
    new Select(browser.findElement(By.id("language"))).selectByValue("zh-Hant-TW");
    wait.until(d -> textOf(By.tagName("h1")).equals("以 API Token 登入"));
    assertEquals("zh-Hant-TW", browser.findElement(By.tagName("html")).getAttribute("lang"));
  }

  /** Customers whose events in 2025 make every kind of movement, and an order. */
  private void seedRevenue() {
    String[][] people = {
      {"grows", "2025-01-10", "1000"}, {"returns", "2025-01-20", "500"},
      {"shrinks", "2025-02-03", "800"}, {"churned", "2025-02-14", "2000"},
      {"steady", "2025-03-09", "300"}, {"late", "2025-06-01", "1200"}
    };
    StringBuilder customers = new StringBuilder();
    StringBuilder events = new StringBuilder();
    for (String[] person : people) {
      customers
          .append(customers.isEmpty() ? "" : ",")
          .append("{\"email\": \"")
          .append(person[0])
          .append("@example.com\", \"name\": \"客戶 ")
          .append(person[0])
          .append("\"}");
      events
          .append(events.isEmpty() ? "" : ",")
          .append(MetricsIT.event(person[0], "created", null, person[2], person[1] + "T03:00:00Z"));
    }
    // Who, what, old amount, new amount, day.
    String[][] changes = {
      {"grows", "upgrade", "1000", "1500", "2025-03-05"},
      {"returns", "cancel", "500", null, "2025-04-10"},
      {"returns", "reactivated", null, "600", "2025-07-01"},
      {"shrinks", "downgrade", "800", "300", "2025-05-15"},
      {"churned", "cancel", "2000", null, "2025-05-20"},
      {"late", "downgrade", "1200", "800", "2025-08-08"},
      {"late", "cancel", "800", null, "2025-12-11"}
    };
    for (String[] change : changes) {
      events
          .append(",")
          .append(
              MetricsIT.event(
                  change[0], change[1], change[2], change[3], change[4] + "T03:00:00Z"));
    }
    tenant.post("/v1/customers/batch", "{\"customers\": [" + customers + "]}").expect(200);
    JsonObject written =
        tenant
            .post("/v1/subscriptions/events/batch", "{\"events\": [" + events + "]}")
            .expect(200)
            .data();
    assertEquals(0, written.getInt("failed"), written.toString());
    tenant
        .post(
            "/v1/orders",
            "{\"order_no\": \"C-1\", \"customer_email\": \"grows@example.com\", \"amount\": 1500,"
                + " \"status\": \"paid\", \"paid_at\": \"2025-03-05T02:00:00Z\"}")
        .expect(201);
  }

  private void signIn(String token) {
    browser.get(base + "console/");
    WebElement field = wait.until(d -> shown(By.id("token")));
    field.sendKeys(token);
    browser.findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
    wait.until(d -> shown(By.cssSelector("#nav a")));
    wait.until(d -> shown(By.cssSelector("main[data-rendered-ms]")));
  }

  /** Goes to a view of the console and waits until it is drawn. */
  private void open(String fragment) {
    script("document.getElementById('main').removeAttribute('data-rendered-ms');");
    browser.get(base + "console/" + fragment);
    wait.until(d -> shown(By.cssSelector("main[data-rendered-ms]")));
  }

  /** The chart's series as it was given them: id → values, in period order. */
  @SuppressWarnings("unchecked")
  private Map<String, List<Object>> series(String chart) {
    return (Map<String, List<Object>>)
        script(
            "const option = echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption();"
                + "return Object.fromEntries(option.series.map(s => [s.id, s.data]));",
            chart);
  }

  /** Clicks the middle of a bar, as a person would: where ECharts drew it. */
  private void clickBar(String type, int period) {
    WebElement chart = browser.findElement(By.id("movements-chart"));
    @SuppressWarnings("unchecked")
    List<Number> point =
        (List<Number>)
            script(
                "const chart = echarts.getInstanceByDom(document.getElementById('movements-chart'));"
                    + "const bar = chart.getModel().getSeries().find(s => s.id === arguments[0]);"
                    + "const box = bar.getData().getItemLayout(arguments[1]);"
                    + "return [box.x + box.width / 2, box.y + box.height / 2];",
                type,
                period);
    int x = (int) Math.round(point.get(0).doubleValue() - chart.getSize().getWidth() / 2.0);
    int y = (int) Math.round(point.get(1).doubleValue() - chart.getSize().getHeight() / 2.0);
    script("arguments[0].scrollIntoView({block: 'center'});", chart);
    new Actions(browser).moveToElement(chart, x, y).click().perform();
  }

  /**
   * axe-core finds no serious or critical violation on the page, and Tab alone reaches every
   * control on it (of a group of radio buttons, the chosen one: the arrows move within a group).
   */
  private void checkPage(String page) {
    script(axe());
    String violations =
        (String)
            browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document).then(result => done(result.violations"
                    + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + ".map(v => v.id + ' ' + v.nodes.map(n => n.target.join(' ')).join(', ')).join('; ')))"
                    + ".catch(error => done('axe failed: ' + error));");
    assertEquals("", violations, page + ": axe-core's serious violations");

    long controls =
        (Long)
            script(
                "let n = 0;"
                    + "for (const e of document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')) {"
                    + "  const box = e.getBoundingClientRect();"
                    + "  const hidden = e.closest('[hidden]') || e.disabled || e.tabIndex < 0"
                    + "    || (e.type === 'radio' && !e.checked) || (box.width === 0 && box.height === 0 && e.className !== 'skip');"
                    + "  if (!hidden) { e.dataset.keyboard = String(n++); }"
                    + "}"
                    + "document.getElementById('skip').focus(); return n;");
    // Tab from the first control, the skip link, on.
    Set<String> reached = new LinkedHashSet<>(List.of("0"));
    for (long i = 0; i < controls + 5 && reached.size() < controls; i++) {
      new Actions(browser).sendKeys(Keys.TAB).perform();
      Object at = script("return document.activeElement.dataset.keyboard || null;");
      if (at != null) {
        reached.add((String) at);
      }
    }
    List<String> missed = new ArrayList<>();
    for (long i = 0; i < controls; i++) {
      if (!reached.contains(String.valueOf(i))) {
        missed.add(
            (String)
                script(
                    "const e = document.querySelector('[data-keyboard=\""
                        + i
                        + "\"]');"
                        + "return e.outerHTML.slice(0, 120);"));
      }
    }
    assertEquals(List.of(), missed, page + ": controls Tab never reached");
  }

  /**
   * The page's errors since the last call: a refused load or a Content-Security-Policy violation.
   * (Warnings are left out: axe-core's contrast check reading the canvas earns one from Chromium.)
   */
  private List<String> consoleProblems() {
    List<String> problems = new ArrayList<>();
    for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        problems.add(entry.getMessage());
      }
    }
    return problems;
  }

  private static String axe() {
    try (InputStream in =
        ConsoleBrowserIT.class
            .getClassLoader()
            .getResourceAsStream(System.getProperty("axe.script"))) {
      assertNotNull(in, "axe-core's webjar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Object script(String source, Object... args) {
    return browser.executeScript(source, args);
  }

  /** The element, once it is there and shown; null until then (also while the view redraws). */
  private WebElement shown(By locator) {
    try {
      List<WebElement> found = browser.findElements(locator);
      return !found.isEmpty() && found.get(0).isDisplayed() ? found.get(0) : null;
    } catch (StaleElementReferenceException redrawn) {
      return null;
    }
  }

  /** The shown element's text, or "" while there is none. */
  private String textOf(By locator) {
    WebElement element = shown(locator);
    try {
      return element == null ? "" : element.getText();
    } catch (StaleElementReferenceException redrawn) {
      return "";
    }
  }

  private void screenshot(String name) {
    Chromium.screenshot(browser, SCREENSHOTS.resolve(name + ".png"));
  }

  private static String percent(String rate) {
    return new BigDecimal(rate).movePointRight(2).setScale(2, RoundingMode.HALF_UP) + "%";
  }

  private static void assertAmount(String expected, Object drawn, String what) {
    assertEquals(
        0,
        new BigDecimal(expected).compareTo(new BigDecimal(String.valueOf(drawn))),
        what + ": " + expected + " vs " + drawn);
  }
}
