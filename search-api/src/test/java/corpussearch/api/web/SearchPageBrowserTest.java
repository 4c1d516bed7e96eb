package corpussearch.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import corpussearch.api.HangGuard;
import corpussearch.api.TestCorpora;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page and article view in a real (headless) Chromium against a real service over the
 * shipped seeds plus one article full of markup. One service and one browser for the class.
 */
class SearchPageBrowserTest extends BrowserTestSite {

  /** An article whose text is markup that must never run. */
  static final String MARKUP_JSONL = "{\"id\":\"markup1\",\"title\":\"Markup mischief <b>in</b> the newsroom\","
      + "\"author\":\"Jane Tester\",\"outlet\":\"Test Gazette\",\"date\":\"2022-03-02\",\"paragraphs\":["
      + "\"Reviewers quote <script>alert(1)</script> and <img src=x onerror=alert(2)> verbatim in this mischief paragraph.\","
      + "\"A second paragraph on the newsroom mischief policy.\"]}\n";

  private Path temp;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(HangGuard.TIMEOUT).build();

  @Override
  Path index(Path temp) throws IOException {
    this.temp = temp;
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
      for (Path seed : seeds.toList()) {
        Files.copy(seed, corpus.resolve(seed.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.writeString(corpus.resolve("markup.jsonl"), MARKUP_JSONL, StandardCharsets.UTF_8);
    return TestCorpora.index(corpus, temp.resolve("index"));
  }

  @Test
  void typingAQueryAndSubmittingShowsHighlightedResults() {
    browser.get(base + "/");
    WebElement box = browser.findElement(By.id("q"));
    assertEquals(box, browser.switchTo().activeElement(), "the search box is autofocused");
    box.sendKeys("taliban", Keys.ENTER);
    waitFor(ExpectedConditions.urlContains("q=taliban"));
    assertEquals(10, results().size());
    assertFalse(browser.findElements(By.cssSelector(".results .passage mark")).isEmpty(), "matches are marked");
    String summary = browser.findElement(By.id("summary")).getText();
    assertTrue(summary.matches("\\d+ paragraphs in \\d+ articles match · [\\d.,]+ ms"), summary);
    WebElement first = results().get(0);
    assertTrue(first.findElement(By.cssSelector(".result-title a")).getAttribute("href").matches(".*/articles/[^?#]+\\?q=taliban#p\\d+"));
    String meta = first.findElement(By.className("meta")).getText();
    assertTrue(meta.matches("(Outlet: .+)?(Author: .+)?(Date: .+)?([A-Z][a-z, ]+ not stated)?"), "labelled fields: " + meta);
  }

  @Test
  void tickingAnOutletNarrowsTheListAndKeepsTheOtherOutlets() {
    browser.get(base + "/?q=taliban");
    List<String> outletsBefore = facetLabels("outlet");
    assertTrue(outletsBefore.contains("Saudi Press") && outletsBefore.contains("unknown"), outletsBefore.toString());
    WebElement saudi = checkbox("outlet", "Saudi Press");
    saudi.click();
    waitFor(ExpectedConditions.urlContains("outlet=Saudi+Press"));
    assertTrue(checkbox("outlet", "Saudi Press").isSelected(), "checked state follows the URL");
    for (WebElement result : results()) {
      String meta = result.findElement(By.className("meta")).getText();
      assertTrue(meta.startsWith("Outlet: Saudi Press"), meta);
    }
    assertEquals(outletsBefore, facetLabels("outlet"), "multi-select: the other outlets stay offered");
    for (WebElement count : browser.findElements(By.cssSelector("fieldset.facet .facet-option .count"))) {
      assertTrue(count.getText().matches("[\\d,]+"), count.getText());
    }
    assertTrue(browser.findElement(By.id("summary")).getText().startsWith("22 paragraphs in 1 article"));
  }

  @Test
  void dateRangeExcludesOtherYears() {
    browser.get(base + "/?q=taliban&sort=date");
    assertTrue(dates().stream().anyMatch(d -> d.startsWith("2024")), "without a range 2024 articles match");
    browser.findElement(By.id("from")).sendKeys("2021");
    browser.findElement(By.id("to")).sendKeys("2021");
    browser.findElement(By.cssSelector("button.apply")).click();
    waitFor(ExpectedConditions.urlContains("from=2021"));
    assertTrue(browser.getCurrentUrl().contains("to=2021"));
    List<String> dates = dates();
    assertFalse(dates.isEmpty());
    assertTrue(dates.stream().allMatch(d -> d.startsWith("2021")), dates.toString());
    assertEquals("2021", browser.findElement(By.id("from")).getAttribute("value"));
  }

  @Test
  void sortingNewestFirstOrdersByDateDescending() {
    browser.get(base + "/?q=afghanistan&group=article");
    new Select(browser.findElement(By.id("sort"))).selectByValue("date");
    waitFor(ExpectedConditions.urlContains("sort=date"));
    List<String> dates = dates();
    assertTrue(dates.size() >= 3, dates.toString());
    List<String> sorted = new ArrayList<>(dates);
    sorted.sort(java.util.Comparator.reverseOrder());
    assertEquals(sorted, dates);
    assertEquals("date", new Select(browser.findElement(By.id("sort"))).getFirstSelectedOption().getAttribute("value"));
  }

  @Test
  void nextPageKeepsTheOtherParameters() {
    browser.get(base + "/?q=taliban&outlet=&outlet=Saudi+Press");
    List<String> firstPage = resultLinks();
    browser.findElement(By.cssSelector(".pagination a[rel=next]")).click();
    waitFor(ExpectedConditions.urlContains("page=2"));
    String url = browser.getCurrentUrl();
    assertTrue(url.contains("q=taliban") && url.contains("outlet=Saudi+Press") && url.contains("outlet=&"), url);
    assertEquals("11", browser.findElement(By.cssSelector("ol.results")).getAttribute("start"));
    assertNotEquals(firstPage, resultLinks());
    assertEquals("true", browser.findElement(By.cssSelector(".pagination a[aria-current=page]")).getText().equals("2") ? "true" : "false");
  }

  @Test
  void groupingShowsOneResultPerArticle() {
    browser.get(base + "/?q=taliban");
    browser.findElement(By.id("group")).click();
    waitFor(ExpectedConditions.urlContains("group=article"));
    List<String> articles = resultLinks().stream().map(href -> href.replaceAll("\\?.*", "")).toList();
    assertEquals(5, articles.size());
    assertEquals(articles.size(), new HashSet<>(articles).size(), "one result per article");
    List<WebElement> more = browser.findElements(By.cssSelector(".result .more"));
    assertFalse(more.isEmpty());
    assertTrue(more.get(0).getText().matches("\\d+ more matching paragraphs? in this article"), more.get(0).getText());
    assertTrue(browser.findElement(By.id("summary")).getText().contains("in 5 articles"));
  }

  @Test
  void openingAResultShowsTheParagraphOutlinedAndBackRestoresTheResults() {
    browser.get(base + "/?q=taliban&outlet=Saudi+Press");
    List<String> before = resultLinks();
    WebElement link = browser.findElement(By.cssSelector(".result-title a"));
    String href = link.getAttribute("href");
    link.click();
    waitFor(ExpectedConditions.urlContains("/articles/"));
    String url = browser.getCurrentUrl();
    assertTrue(url.matches(".*/articles/[^?#]+\\?q=taliban#p\\d+"), url);
    assertEquals(href, url);
    String id = url.substring(url.indexOf('#') + 1);
    WebElement target = browser.findElement(By.cssSelector(":target"));
    assertEquals(id, target.getAttribute("id"));
    assertEquals("solid", target.getCssValue("outline-style"));
    assertNotEquals("0px", target.getCssValue("outline-width"));
    assertFalse(target.findElements(By.tagName("mark")).isEmpty(), "the target paragraph has its matches marked");
    assertFalse(browser.findElements(By.cssSelector("article h1")).isEmpty());
    assertTrue(browser.findElement(By.cssSelector(".breadcrumbs a")).getAttribute("href").endsWith("/?q=taliban"));
    browser.navigate().back();
    waitFor(ExpectedConditions.urlContains("outlet=Saudi+Press"));
    assertEquals(before, resultLinks());
    assertTrue(checkbox("outlet", "Saudi Press").isSelected());
  }

  @Test
  void theSameSearchWorksWithJavaScriptDisabled() throws IOException {
    ChromeDriver noJs = Browser.start(false, temp);
    try {
      noJs.get(base + "/");
      assertTrue(noJs.findElement(By.cssSelector(".no-js-only, #q")).isDisplayed());
      noJs.findElement(By.id("q")).sendKeys("taliban");
      noJs.findElement(By.cssSelector(".search-form button")).click();
      new WebDriverWait(noJs, HangGuard.TIMEOUT).until(ExpectedConditions.urlContains("q=taliban"));
      assertEquals(10, noJs.findElements(By.cssSelector("ol.results > li")).size());
      assertFalse(noJs.findElements(By.cssSelector(".results mark")).isEmpty());
      assertTrue(noJs.findElement(By.cssSelector("button.no-js-only")).isDisplayed(), "scripts really are off");
      noJs.findElement(By.cssSelector("input[name=outlet][value='Saudi Press']")).click();
      noJs.findElement(By.cssSelector("button.apply")).click();
      new WebDriverWait(noJs, HangGuard.TIMEOUT).until(ExpectedConditions.urlContains("outlet=Saudi+Press"));
      assertTrue(noJs.findElement(By.id("summary")).getText().startsWith("22 paragraphs"));
    } finally {
      noJs.quit();
    }
  }

  @Test
  void markupInTheCorpusAndTheQueryIsShownAsText() {
    browser.get(base + "/?q=mischief");
    WebElement passage = browser.findElement(By.xpath("//p[contains(@class,'passage')][contains(.,'alert(1)')]"));
    assertTrue(passage.getText().contains("<script>alert(1)</script>"), passage.getText());
    assertTrue(passage.getText().contains("<img src=x onerror=alert(2)>"), passage.getText());
    assertTrue(browser.getPageSource().contains("Markup mischief &lt;b&gt;in&lt;/b&gt;"));
    assertNoInjection();
    browser.findElement(By.partialLinkText("Markup mischief")).click();
    waitFor(ExpectedConditions.urlContains("/articles/markup1"));
    assertTrue(browser.findElement(By.tagName("h1")).getText().contains("<b>in</b>"));
    assertNoInjection();
    String query = "<img src=x onerror=alert(3)>";
    browser.get(base + "/?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertEquals(query + " · corpus-search", browser.getTitle());
    assertEquals(query, browser.findElement(By.id("q")).getAttribute("value"));
    assertNoInjection();
    browser.get(base + "/?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8) + "&outlet=zzqx");
    assertTrue(browser.findElement(By.cssSelector(".notice h2")).getText().contains("No results for “" + query + "”"));
    assertNoInjection();
  }

  @Test
  void noResultsOffersToDropFiltersAndACorrection() {
    browser.get(base + "/?q=islamik+stait&outlet=Saudi+Press&from=2024");
    String notice = browser.findElement(By.cssSelector(".notice")).getText();
    assertTrue(notice.contains("No results for “islamik stait”"), notice);
    assertTrue(notice.contains("Did you mean islamist state?"), notice);
    String corrected = browser.findElement(By.cssSelector(".did-you-mean a")).getAttribute("href");
    assertTrue(corrected.endsWith("/?q=islamist+state&outlet=Saudi+Press&from=2024"), corrected);
    List<String> drops = browser.findElements(By.cssSelector(".drop-links a")).stream().map(WebElement::getText).toList();
    assertEquals(List.of("Remove outlet: Saudi Press", "Remove date range", "Remove all filters"), drops);
    browser.findElement(By.cssSelector(".drop-links a")).click();
    waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("outlet=")));
    assertTrue(browser.getCurrentUrl().endsWith("/?q=islamik+stait&from=2024"), browser.getCurrentUrl());
  }

  @Test
  void badParametersGetAFriendlyPage() throws Exception {
    HttpResponse<String> response = get("/?q=taliban&from=2021-13");
    assertEquals(400, response.statusCode());
    assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("text/html"));
    assertTrue(response.body().contains("That search could not be run"));
    assertFalse(response.body().contains("Exception") || response.body().contains("\"status\""));
    assertEquals(400, get("/?q=taliban&page=5000").statusCode());
    assertEquals(400, get("/?q=taliban&size=0").statusCode());
    assertEquals(400, get("/?q=taliban&facets=maybe").statusCode());
    String lean = get("/?q=taliban&facets=false&highlight=false").body();
    assertTrue(lean.contains("class=\"facet\"") && lean.contains("<mark>"), "the page always counts and highlights");
    browser.get(base + "/?q=taliban&from=2021-13");
    assertTrue(browser.findElement(By.cssSelector("[role=alert]")).getText().contains("from must be a real date"));
    assertEquals("true", browser.findElement(By.id("from")).getAttribute("aria-invalid"));
    assertEquals("taliban", browser.findElement(By.id("q")).getAttribute("value"));

    HttpResponse<String> missing = get("/articles/no-such-article?q=x");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.headers().firstValue("content-type").orElse("").startsWith("text/html"));
    assertTrue(missing.body().contains("Article not found"));
  }

  @Test
  void htmlPagesCarryTheContentSecurityPolicyAndNoInlineCode() throws Exception {
    for (String path : List.of("/", "/?q=taliban&group=article", "/articles/markup1?q=mischief", "/articles/nope", "/?page=0")) {
      HttpResponse<String> response = get(path);
      assertEquals(WebPages.CONTENT_SECURITY_POLICY, response.headers().firstValue("content-security-policy").orElse(null), path);
      String html = response.body();
      assertFalse(html.contains("style=") || html.contains("onclick") || html.matches("(?s).*<script>.*") || html.contains("<style"), path);
    }
  }

  @Test
  void keyboardOnlyReachesSearchBoxThenFacetsThenResults() {
    browser.get(base + "/?q=taliban");
    WebElement q = browser.switchTo().activeElement();
    assertEquals("q", q.getAttribute("id"), "the search box has the focus on arrival");
    // back to the top of the page: the skip link comes first
    q.sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
    browser.switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
    WebElement skip = browser.switchTo().activeElement();
    assertEquals("Skip to main content", skip.getText());
    assertTrue(skip.isDisplayed(), "the skip link shows when focused");
    List<String> focused = new ArrayList<>();
    focused.add(describe(skip));
    for (int i = 0; i < 24; i++) {
      browser.switchTo().activeElement().sendKeys(Keys.TAB);
      focused.add(describe(browser.switchTo().activeElement()));
    }
    int box = focused.indexOf("input#q");
    int outlet = indexOfPrefix(focused, "input#outlet-");
    int author = indexOfPrefix(focused, "input#author-");
    int from = focused.indexOf("input#from");
    int sort = focused.indexOf("select#sort");
    int result = indexOfPrefix(focused, "a.result");
    assertEquals(2, box, "skip link, home link, search box: " + focused);
    assertTrue(box < outlet && outlet < author && author < from && from < sort && sort < result, focused.toString());
    // the skip link jumps over header and filters
    browser.get(base + "/?q=taliban");
    browser.switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
    browser.switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    browser.switchTo().activeElement().sendKeys(Keys.TAB);
    assertEquals("select#sort", describe(browser.switchTo().activeElement()));
  }

  @Test
  void screenshotsAtDesktopAndPhoneWidth() throws IOException {
    browser.get(base + "/?q=taliban&outlet=Saudi+Press&outlet=American+Kahani");
    shot("search-desktop.png");
    browser.get(base + "/");
    shot("home-desktop.png");
    browser.get(base + "/articles/003_ba03e6fc634dcc76?q=taliban#p9");
    shot("article-desktop.png");
    browser.get(base + "/?q=talibam&outlet=Saudi+Press");
    shot("no-results-desktop.png");
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(base + "/?q=taliban");
    long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertEquals(0, overflow, "no horizontal scrolling at phone width");
    assertFalse(browser.findElement(By.id("filters-body")).isDisplayed(), "filters fold away on a phone");
    shot("search-phone.png");
    browser.get(base + "/articles/003_ba03e6fc634dcc76?q=taliban#p9");
    shot("article-phone.png");
  }


  private void assertNoInjection() {
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    assertTrue(browser.findElements(By.cssSelector("main script, main img, main b, title ~ script:not([src])")).isEmpty(),
        "no injected element");
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(HangGuard.TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
  }

  private void waitFor(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
    new WebDriverWait(browser, HangGuard.TIMEOUT).until(condition);
  }

  private List<WebElement> results() {
    return browser.findElements(By.cssSelector("ol.results > li.result"));
  }

  private List<String> resultLinks() {
    return browser.findElements(By.cssSelector(".result-title a")).stream().map(a -> a.getAttribute("href")).toList();
  }

  private List<String> dates() {
    return browser.findElements(By.cssSelector(".result .meta time")).stream().map(t -> t.getAttribute("datetime")).toList();
  }

  private List<String> facetLabels(String name) {
    return browser.findElements(By.cssSelector("input[name=" + name + "] + label .facet-value")).stream()
        .map(e -> e.getAttribute("textContent").strip()).toList();
  }

  private WebElement checkbox(String name, String value) {
    return browser.findElement(By.cssSelector("input[name=" + name + "][value='" + value + "']"));
  }

  private static String describe(WebElement element) {
    String tag = element.getTagName();
    String id = element.getAttribute("id");
    if (id != null && !id.isEmpty()) {
      return tag + "#" + id;
    }
    String inResult = Boolean.TRUE.equals(element.getAttribute("href") != null
        && !element.findElements(By.xpath("ancestor::li[contains(@class,'result')]")).isEmpty()) ? ".result" : "";
    return tag + inResult + (element.getAttribute("class") == null || element.getAttribute("class").isEmpty() ? "" : "." + element.getAttribute("class").split(" ")[0]);
  }

  private static int indexOfPrefix(List<String> values, String prefix) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }

  @SuppressWarnings("unused")
  private static Set<String> set(List<String> values) {
    return new HashSet<>(values);
  }

  @SuppressWarnings("unused")
  private static void unused(WebDriver driver) {}
}
