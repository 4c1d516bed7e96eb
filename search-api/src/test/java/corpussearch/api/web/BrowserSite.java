package corpussearch.api.web;

import corpussearch.api.config.ApiConfig;
import corpussearch.api.http.ApiServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/** A real service on a free 127.0.0.1 port over an index, and a headless Chromium to look at it. */
final class BrowserSite implements AutoCloseable {

  /** Where the browser tests leave their screenshots. */
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver browser;
  /** The service's address, {@code http://127.0.0.1:port}. */
  final String base;
  private final ApiServer server;

  private BrowserSite(ApiServer server, ChromeDriver browser, String base) {
    this.server = server;
    this.browser = browser;
    this.base = base;
  }

  /** Serves {@code index} and starts a browser with its profile under {@code temp}. */
  static BrowserSite open(Path index, Path temp) throws IOException {
    Browser.requireChromium();
    ApiServer server = ApiServer.create(ApiConfig.defaults(index).withPort(0));
    String base = "http://127.0.0.1:" + server.start();
    try {
      ChromeDriver browser = Browser.start(true, temp);
      Files.createDirectories(SCREENSHOTS);
      return new BrowserSite(server, browser, base);
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /** The desktop window size every test starts from. */
  void desktopSize() {
    browser.manage().window().setSize(new Dimension(1280, 900));
  }

  @Override
  public void close() throws IOException {
    browser.quit();
    server.close();
  }
}
