package corpussearch.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corpussearch.api.HangGuard;
import corpussearch.api.TestCorpora;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person reads on the search page, in a real Chromium against a real service over the
 * shipped seeds: labelled result fields, a phone layout that does not jump, filters typed into the
 * query, hints for unknown filter values, and a rejected search that keeps what was typed.
 */
class ResultPageBrowserTest extends BrowserTestSite {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(HangGuard.TIMEOUT).build();

  @Override
  Path index(Path temp) throws IOException {
    return TestCorpora.index(TestCorpora.SEEDS, temp.resolve("index"));
  }

  @Test
  void resultsLabelEachFieldAndSayWhichAreNotStated() throws Exception {
    browser.get(base + "/?q=taliban&size=50");
    List<WebElement> metas = browser.findElements(By.cssSelector("ol.results .meta"));
    JsonNode hits = api("/api/search?q=taliban&size=50&highlight=false").get("hits");
    assertThat(metas).hasSize(hits.size()).isNotEmpty();
    for (int i = 0; i < hits.size(); i++) {
      String meta = metas.get(i).getText();
      assertThat(meta).doesNotContainIgnoringCase("unknown");
      JsonNode hit = hits.get(i);
      expectField(meta, "Outlet: ", hit.get("outlet"), "outlet");
      expectField(meta, "Author: ", hit.get("author"), "author");
      if (hit.get("date").isNull()) {
        assertThat(meta).doesNotContain("Date: ").containsPattern("(?i)date not stated");
      } else {
        assertThat(metas.get(i).findElement(By.cssSelector(".meta-date")).getText()).startsWith("Date: ");
        assertThat(metas.get(i).findElement(By.cssSelector(".meta-date time")).getAttribute("datetime")).isEqualTo(hit.get("date").asText());
      }
    }
    shot("results-labelled-desktop.png");
  }

  private static void expectField(String meta, String label, JsonNode value, String name) {
    if (value.isNull()) {
      assertThat(meta).doesNotContain(label).containsPattern("(?i)" + name + "(, [a-z]+)*( and [a-z]+)? not stated");
    } else {
      assertThat(meta).contains(label + value.asText());
    }
  }

  /** Cumulative layout shift of the page as loaded at a phone's size (a layout metric, not a time). */
  @ParameterizedTest
  @ValueSource(strings = {"/", "/?q=taliban", "/?q=taliban&outlet=Saudi+Press"})
  void aPhonePageDoesNotShiftAfterItLoads(String path) throws IOException {
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(base + path);
    Object shift = ((JavascriptExecutor) browser).executeAsyncScript("""
        var done = arguments[arguments.length - 1];
        var total = 0;
        new PerformanceObserver(function (list) {
          list.getEntries().forEach(function (e) { if (!e.hadRecentInput) { total += e.value; } });
        }).observe({type: 'layout-shift', buffered: true});
        // two frames after load: every shift caused by loading has been reported
        requestAnimationFrame(function () { requestAnimationFrame(function () {
          setTimeout(function () { done(total); }, 0);
        }); });
        """);
    assertThat(((Number) shift).doubleValue()).as("CLS of %s at 390×844", path).isLessThan(0.1);
    if (path.equals("/")) {
      shot("home-phone.png");
    }
    boolean filtered = path.contains("outlet=");
    WebElement filters = browser.findElement(By.id("filters-body"));
    assertThat(filters.isDisplayed()).as("filters unfolded when active").isEqualTo(filtered);
    browser.findElement(By.cssSelector("label[for=filters-toggle]")).click();
    assertThat(filters.isDisplayed()).as("the Filters heading folds and unfolds them").isEqualTo(!filtered);
  }

  @Test
  void aFilterTypedIntoTheQueryFiltersTheResultsAndShowsInTheFilterBox() throws Exception {
    String q = "taliban outlet:\"express tribune\"";
    browser.get(base + "/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo(q);
    List<WebElement> outlets = browser.findElements(By.cssSelector("ol.results .meta-outlet"));
    assertThat(outlets).isNotEmpty().allSatisfy(outlet -> assertThat(outlet.getText()).isEqualTo("Outlet: The Express Tribune"));
    long total = api("/api/search?q=taliban&outlet=The+Express+Tribune").get("total").asLong();
    assertThat(browser.findElement(By.id("summary")).getText()).startsWith(total + " paragraph");
    assertThat(browser.findElement(By.cssSelector("#filters .typed-filters")).getText()).contains("outlet “express tribune”");
  }

  @Test
  void anUnknownFilterValueOffersTheNearestKnownOne() {
    browser.get(base + "/?q=taliban&outlet=Saudi+Pres");
    WebElement hint = browser.findElement(By.cssSelector(".filter-hint"));
    assertThat(hint.getText()).contains("No outlet is called “Saudi Pres”").contains("Saudi Press");
    hint.findElement(By.linkText("Saudi Press")).click();
    new WebDriverWait(browser, HangGuard.TIMEOUT).until(ExpectedConditions.urlContains("outlet=Saudi+Press"));
    assertThat(browser.getCurrentUrl()).doesNotContain("Saudi+Pres&").doesNotEndWith("Saudi+Pres");
    assertThat(browser.findElements(By.cssSelector("ol.results .meta-outlet")))
        .isNotEmpty().allSatisfy(outlet -> assertThat(outlet.getText()).isEqualTo("Outlet: Saudi Press"));
  }

  @Test
  void aRejectedSearchKeepsTheQueryFiltersOrderAndGrouping() {
    browser.get(base + "/?q=taliban&outlet=Saudi+Press&sort=date&group=article&from=2021-13");
    assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("from must be a real date");
    assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("taliban");
    assertThat(browser.findElement(By.cssSelector("input[name=outlet][value='Saudi Press']")).isSelected()).isTrue();
    WebElement from = browser.findElement(By.id("from"));
    from.clear();
    from.sendKeys("2021");
    browser.findElement(By.cssSelector("#search button[type=submit]")).click();
    new WebDriverWait(browser, HangGuard.TIMEOUT).until(ExpectedConditions.urlContains("from=2021&"));
    assertThat(browser.getCurrentUrl()).contains("q=taliban", "outlet=Saudi+Press", "sort=date", "group=article");
    assertThat(browser.findElements(By.cssSelector("[role=alert]"))).isEmpty();
  }

  private JsonNode api(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(1)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

}
