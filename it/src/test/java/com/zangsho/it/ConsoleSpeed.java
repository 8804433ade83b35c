package com.zangsho.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How long the console's revenue page takes to draw in headless Chromium, for bench/mrr-scale.sh (a
 * tenant of a million events): signs in, then loads the page afresh six times and prints the median
 * of the last five, from the page's start to its charts drawn (the page's own {@code
 * data-since-load-ms}). Usage: {@code ConsoleSpeed <base URL> <token> <start> <end>}.
 */
public final class ConsoleSpeed {
  private ConsoleSpeed() {}

  public static void main(String[] args) {
    String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
    ChromeDriver browser = Chromium.start("zh-TW,zh", 1400, 1800);
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
      browser.get(base + "console/");
      wait.until(d -> d.findElement(By.id("token"))).sendKeys(args[1]);
      browser.findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
      wait.until(d -> !d.findElements(By.cssSelector("main[data-rendered-ms]")).isEmpty());
      browser.get(
          base + "console/#/revenue?start=" + args[2] + "&end=" + args[3] + "&interval=month");
      List<Long> times = new ArrayList<>();
      for (int run = 0; run < 6; run++) {
        browser.navigate().refresh();
        WebElement main =
            wait.until(d -> d.findElement(By.cssSelector("main[data-since-load-ms]")));
        times.add(Long.parseLong(main.getAttribute("data-since-load-ms")));
      }
      List<Long> measured = new ArrayList<>(times.subList(1, times.size()));
      measured.sort(null);
      System.out.println(
          "the console's revenue page, "
              + args[2]
              + " to "
              + args[3]
              + " monthly, drawn in headless Chromium: "
              + measured.get(measured.size() / 2)
              + " ms after the page began to load (median of 5 after a first load; all: "
              + times
              + ")");
    } finally {
      browser.quit();
    }
  }
}
