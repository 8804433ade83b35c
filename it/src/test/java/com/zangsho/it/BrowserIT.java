package com.zangsho.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Swagger UI in Debian's headless Chromium, as a user would: open /docs, authorize with a token,
 * "Try it out" on the seed's customers batch, and see its 200 with {@code "created": 2}. Runs in
 * the {@code browser} profile (on wherever /usr/bin/chromedriver exists; .ci/run installs it).
 */
class BrowserIT extends DeployedEarTest {
  private ChromeDriver browser;

  @BeforeEach
  void startChromium() {
    browser = Chromium.start("zh-TW,zh", 1400, 2200);
  }

  @AfterEach
  void stopChromium() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void tryingTheSeedsBatchInSwaggerUiCreatesBothCustomers() throws Exception {
    String token =
        Api.as(base, Api.ADMIN_TOKEN)
            .post("/admin/tenants", "{\"name\": \"browser-" + UUID.randomUUID() + "\"}")
            .expect(201)
            .data()
            .getString("token");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get(base + "docs");

    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.authorize"))).click();
    WebElement tokenField =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-ux input")));
    tokenField.sendKeys(token);
    browser.findElement(By.cssSelector(".modal-ux .auth-btn-wrapper button.authorize")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".modal-ux button.btn-done")))
        .click();

    WebElement operation =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath(
                    "//div[contains(@class,'opblock-post')]"
                        + "[.//*[contains(@class,'opblock-summary-path') and @data-path='/v1/customers/batch']]")));
    scrollTo(operation);
    operation.findElement(By.cssSelector(".opblock-summary")).click();
    // Looked for inside the wait: the operation renders its body a moment after the click.
    WebElement tryItOut = wait.until(d -> shown(operation, ".try-out__btn"));
    scrollTo(tryItOut);
    tryItOut.click();
    WebElement body = wait.until(d -> shown(operation, "textarea.body-param__text"));
    assertTrue(
        body.getAttribute("value").contains("wang.xiaoming@example.com"),
        "the seed's example is the body");
    WebElement execute = operation.findElement(By.cssSelector("button.execute"));
    scrollTo(execute);
    execute.click();

    WebElement status =
        wait.until(
            ExpectedConditions.presenceOfNestedElementLocatedBy(
                operation, By.cssSelector(".live-responses-table .response .response-col_status")));
    wait.until(ExpectedConditions.textToBePresentInElement(status, "200"));
    WebElement response =
        operation.findElement(
            By.cssSelector(".live-responses-table .response .response-col_description pre"));
    scrollTo(response);
    String text = response.getText();
    Chromium.screenshot(browser, Path.of("target", "swagger-ui-customers-batch.png"));
    assertTrue(text.replaceAll("\\s", "").contains("\"created\":2"), text);
  }

  /** The element under {@code parent}, once it is there and shown; null until then. */
  private static WebElement shown(WebElement parent, String css) {
    List<WebElement> found = parent.findElements(By.cssSelector(css));
    return !found.isEmpty() && found.get(0).isDisplayed() && found.get(0).isEnabled()
        ? found.get(0)
        : null;
  }

  private void scrollTo(WebElement element) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }
}
