package corpussearch.api.web;

import corpussearch.api.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A browser test class's site: a real service on a free 127.0.0.1 port over the index the class
 * builds, and one headless Chromium, started once for the class; each test starts at desktop size.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSite {

  /** Where the browser tests leave their screenshots. */
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private TestServer server;
  ChromeDriver browser;
  /** The service's address, {@code http://127.0.0.1:port}. */
  String base;

  /** Builds the index the site serves, under {@code temp}. */
  abstract Path index(Path temp) throws IOException;

  @BeforeAll
  void startSite(@TempDir Path temp) throws IOException {
    Browser.requireChromium();
    server = TestServer.over(index(temp));
    base = server.base();
    browser = Browser.start(true, temp);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  void stopSite() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void desktopSize() {
    browser.manage().window().setSize(new Dimension(1280, 900));
  }

  /** Saves what the browser shows as {@code name} under {@link #SCREENSHOTS}. */
  void shot(String name) throws IOException {
    Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
  }
}
