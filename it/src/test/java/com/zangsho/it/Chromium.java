package com.zangsho.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium (with its chromedriver), as the browser tests drive it. */
final class Chromium {
  private Chromium() {}

  /**
   * A fresh browser with a profile of its own, asking for pages in {@code acceptLanguages}. Every
   * host name but localhost (and 127.0.0.1) resolves to nothing, so that a page can only load what
   * its own server gives it, and the browser's console log is kept for the test to read.
   */
  static ChromeDriver start(String acceptLanguages, int width, int height) {
    Path profile;
    try {
      profile = Files.createTempDirectory("chromium-profile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
        "--lang=" + acceptLanguages.split(",")[0],
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    return new ChromeDriver(service, options);
  }

  /** What the window shows now, saved as a PNG at {@code file}. */
  static void screenshot(ChromeDriver browser, Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.copy(
          browser.getScreenshotAs(OutputType.FILE).toPath(),
          file,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
