package corpussearch.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corpussearch.api.TestCorpora;
import corpussearch.api.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Markup in the corpus never comes back as markup: {@code highlight} (search and article view) is
 * escaped HTML whose only tags are {@code <mark>}/{@code </mark>}, and {@code text} is the plain
 * text as indexed. Every response, including Jetty's own errors, carries the security headers, and
 * JSON is always labelled as JSON. (The browser-level test belongs to the web page's tests.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssAndHeadersTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static final List<String> HOSTILE_PARAGRAPHS = List.of(
      "Officials said <script>alert('xss')</script> was found in the dam report.",
      "The page had <img src=x onerror=alert(1)> and a <a href=\"javascript:alert(2)\">dam link</a> for readers.",
      "Quotes \"double\" & 'single' and a fake <mark>dam</mark> tag, plus </mark><b onmouseover=alert(3)>bold</b> text.",
      "An attribute breakout \"><svg/onload=alert(4)> near the dam &lt;already escaped&gt; &#60;script&#62; entity.",
      "A javascript:alert(5) link and <iframe src=\"javascript:alert(6)\"></iframe> in the dam minutes.");

  private TestServer service;

  @BeforeAll
  void start(@TempDir Path temp) throws Exception {
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    StringBuilder paragraphs = new StringBuilder();
    for (String p : HOSTILE_PARAGRAPHS) {
      paragraphs.append(paragraphs.isEmpty() ? "" : ",").append(JSON.writeValueAsString(p));
    }
    Files.writeString(corpus.resolve("xss.jsonl"), "{\"id\":\"x1\",\"title\":\"<script>alert('title')</script> Dam news\","
        + "\"author\":\"<b>Mallory</b>\",\"outlet\":\"Evil <i>Outlet</i>\",\"date\":\"2021-05-05\",\"paragraphs\":[" + paragraphs + "]}\n");
    Files.writeString(corpus.resolve("fixture.jsonl"), TestCorpora.FIXTURE_JSONL);
    service = TestServer.over(TestCorpora.index(corpus, temp.resolve("index")));
  }

  @AfterAll
  void stop() throws Exception {
    service.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dam", "script", "alert", "onerror", "javascript", "mark", "svg onload", "iframe src", "<script>", "\"><svg", "amp lt"})
  void searchHighlightsAreEscapedAndTextIsPlain(String q) throws Exception {
    RawHttp.Reply reply = service.http().get("/api/search?size=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("application/json");
    for (JsonNode hit : JSON.readTree(reply.body()).get("hits")) {
      assertOnlyMarkTags(hit.get("highlight").asText());
      if (hit.get("articleId").asText().equals("x1")) {
        assertThat(HOSTILE_PARAGRAPHS).contains(hit.get("text").asText());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "dam", "script alert", "javascript", "mark"})
  void articleHighlightsAreEscapedAndTextIsPlain(String q) throws Exception {
    RawHttp.Reply reply = service.http().get("/api/articles/x1?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    assertThat(reply.status()).isEqualTo(200);
    JsonNode article = JSON.readTree(reply.body());
    List<String> texts = new ArrayList<>();
    for (JsonNode paragraph : article.get("paragraphs")) {
      assertOnlyMarkTags(paragraph.get("highlight").asText());
      texts.add(paragraph.get("text").asText());
    }
    assertThat(texts).containsExactlyElementsOf(HOSTILE_PARAGRAPHS);
    assertThat(article.get("title").asText()).isEqualTo("<script>alert('title')</script> Dam news");
  }

  @Test
  void aHighlightMarksTheMatchAndEscapesTheRest() throws Exception {
    JsonNode hits = JSON.readTree(service.http().get("/api/search?q=onerror").body()).get("hits");
    assertThat(hits).isNotEmpty();
    String highlight = hits.get(0).get("highlight").asText();
    assertThat(highlight).contains("&lt;img src=x <mark>onerror</mark>=alert(1)&gt;");
  }

  static void assertOnlyMarkTags(String html) {
    String withoutMarks = html.replace("<mark>", "").replace("</mark>", "");
    assertThat(withoutMarks).as("highlight %s", html).doesNotContain("<").doesNotContain(">");
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("<svg");
  }

  /** Every kind of response: each route, success and error, and errors Jetty answers itself. */
  @Test
  void everyResponseCarriesTheSecurityHeadersAndTheRightType() {
    List<Object[]> requests = List.of(
        new Object[] {"GET", "/api/search?q=dam"}, new Object[] {"GET", "/api/search?size=0"}, new Object[] {"GET", "/api/search?q=%"},
        new Object[] {"GET", "/api/articles/x1?q=dam"}, new Object[] {"GET", "/api/articles/nope"},
        new Object[] {"GET", "/api/suggest?q=da"}, new Object[] {"GET", "/api/suggest?size=99"}, new Object[] {"GET", "/api/facets"},
        new Object[] {"GET", "/health"}, new Object[] {"GET", "/openapi.json"}, new Object[] {"GET", "/"}, new Object[] {"GET", "/?q=dam"},
        new Object[] {"GET", "/articles/x1"}, new Object[] {"GET", "/nope"}, new Object[] {"GET", "/api/nope"},
        new Object[] {"POST", "/api/search"}, new Object[] {"DELETE", "/api/articles/x1"}, new Object[] {"PUT", "/"},
        new Object[] {"GET", "/api/search?q=" + "u".repeat(40_000)}, new Object[] {"GET", "/api/search?q=%00%FF"});
    for (Object[] request : requests) {
      String path = (String) request[1];
      RawHttp.Reply reply = service.http().send((String) request[0], path.getBytes(StandardCharsets.UTF_8));
      check(request[0] + " " + RawHttp.abbreviate(path), path, reply);
    }
    RawHttp.Reply bigHeaders = service.http().get("/health", "X-Padding", "p".repeat(40_000));
    assertThat(bigHeaders.status()).isEqualTo(431);
    check("GET /health with 40 KB of headers", "/health", bigHeaders);
    RawHttp.Reply badRequestLine = service.http().send("GET", "/health HTTP/1.1 extra".getBytes(StandardCharsets.US_ASCII));
    check("a malformed request line", "/health", badRequestLine);
  }

  private static void check(String what, String path, RawHttp.Reply reply) {
    assertThat(reply.header("X-Content-Type-Options")).as("nosniff on %s (%d)", what, reply.status()).isEqualTo("nosniff");
    assertThat(reply.header("Referrer-Policy")).as("Referrer-Policy on %s (%d)", what, reply.status()).isEqualTo("no-referrer");
    boolean json = path.startsWith("/api") || path.startsWith("/health") || path.startsWith("/openapi.json");
    if (json && reply.status() == 200) {
      assertThat(reply.contentType()).as(what).startsWith("application/json");
    } else if (json) {
      assertThat(reply.contentType()).as(what).startsWith("application/problem+json");
    }
  }
}
