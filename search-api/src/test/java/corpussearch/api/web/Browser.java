package corpussearch.api.web;

import static org.junit.jupiter.api.Assertions.fail;

import corpussearch.api.HangGuard;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests: the Debian packages' binary and driver, never anything
 * Selenium Manager would download.
 */
final class Browser {

  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  private Browser() {}

  /** Fails (not skips) when Chromium is missing: the web page must be tested in a browser. */
  static void requireChromium() {
    if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
      fail("The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER + " (Debian packages chromium and "
          + "chromium-driver). Run scripts/ensure-chromium.sh (test.sh does) or: apt-get install -y chromium chromium-driver");
    }
  }

  /** A fresh headless browser with its own profile; {@code javascript} false disables scripts. */
  static ChromeDriver start(boolean javascript, Path profiles) throws IOException {
    requireChromium();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.getPath());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
        "--hide-scrollbars", "--window-size=1280,900",
        "--user-data-dir=" + Files.createTempDirectory(profiles, "chromium-profile"));
    if (!javascript) {
      options.addArguments("--blink-settings=scriptEnabled=false");
      options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER)
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(HangGuard.TIMEOUT);
    return driver;
  }
}
