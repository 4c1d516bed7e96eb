package corpussearch.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import corpussearch.api.TestServer;
import corpussearch.api.request.SearchParams;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The web page and the API read a query string the same way: for generated raw query strings
 * (valid and malformed percent escapes, bytes that are not UTF-8, raw bytes, over-long {@code q},
 * repeated parameters) {@code /} and {@code /api/search} both answer 200 or both 400, the page's
 * 400 an HTML page saying what the API's problem document says.
 *
 * <p>Why: Javalin's own parameters drop what cannot be decoded, so a page reading them would
 * answer {@code /?q=kabul%} by browsing everything (200, an empty box) where the API answers 400.
 */
class PageAndApiAgreeTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Stands for the single byte 0xE9 sent raw (é in Latin-1: not UTF-8). */
  private static final String RAW_LATIN1_E_ACUTE = "\u0000E9";
  private static TestServer service;

  @BeforeContainer
  static void start() throws IOException {
    service = TestServer.seedsInOwnTemp();
  }

  @AfterContainer
  static void stop() throws IOException {
    service.close();
  }

  /** A rejected value with a run of spaces, which the page shows as one. */
  @Example
  void aRejectedValueWithSpacesReadsAlike() throws Exception {
    pageAndApiAcceptAndRejectAlike("size=kabul++kabul".getBytes(StandardCharsets.ISO_8859_1));
  }

  @Property(tries = 150)
  void pageAndApiAcceptAndRejectAlike(@ForAll("queryStrings") byte[] queryString) throws Exception {
    String shown = new String(queryString, StandardCharsets.ISO_8859_1);
    RawHttp.Reply api = service.http().send("GET", target("/api/search?", queryString));
    RawHttp.Reply page = service.http().send("GET", target("/?", queryString));
    assertThat(api.status()).as("API on %s: %s", shown, api.body()).isIn(200, 400);
    Statistics.collect(api.status());
    assertThat(page.status()).as("page on %s (the API said %s)", shown, api.body()).isEqualTo(api.status());
    if (api.status() == 400) {
      assertThat(api.contentType()).startsWith("application/problem+json");
      assertThat(page.contentType()).startsWith("text/html");
      String detail = JSON.readTree(api.body()).get("detail").asText();
      // A page shows runs of white space as one space, as jsoup's text() reads it.
      assertThat(Jsoup.parse(page.body()).select("#error-message").text()).as(shown)
          .isEqualTo((detail + ".").replaceAll("\\s+", " ").strip());
    }
  }

  @Example
  void aRejectedPageKeepsWhatDecodedInTheBox() {
    RawHttp.Reply page = service.http().get("/?q=kabul%20airport%&outlet=%C3%A9tudes");
    assertThat(page.status()).isEqualTo(400);
    Document html = Jsoup.parse(page.body());
    assertThat(html.select("#error-message").text()).contains("percent-encoded UTF-8");
    assertThat(html.select("input[name=q]").val()).isEqualTo("kabul airport%");
    assertThat(html.select("input[name=outlet][checked]").eachAttr("value")).containsExactly("\u00e9tudes");
  }

  @Example
  void theArticlePageRejectsWhatTheApiRejects() {
    for (String query : new String[] {"q=kabul%", "q=%FF", "q=" + "w".repeat(SearchParams.MAX_QUERY_LENGTH + 1)}) {
      RawHttp.Reply api = service.http().get("/api/articles/any?" + query);
      RawHttp.Reply page = service.http().get("/articles/any?" + query);
      assertThat(api.status()).as(query).isEqualTo(400);
      assertThat(page.status()).as(query).isEqualTo(400);
      assertThat(page.contentType()).startsWith("text/html");
    }
  }

  private static byte[] target(String path, byte[] queryString) {
    ByteArrayOutputStream target = new ByteArrayOutputStream();
    target.writeBytes(path.getBytes(StandardCharsets.US_ASCII));
    target.writeBytes(queryString);
    return target.toByteArray();
  }

  @Provide
  Arbitrary<byte[]> queryStrings() {
    Arbitrary<String> names = Arbitraries.of("q", "q", "q", "%71", "size", "page", "sort", "outlet", "from", "other");
    Arbitrary<String> pair = Combinators.combine(names, Arbitraries.of("=", "=", "=", ""), value())
        .as((name, eq, value) -> name + eq + (eq.isEmpty() ? "" : value));
    return pair.list().ofMinSize(1).ofMaxSize(4).map(pairs -> String.join("&", pairs))
        .map(PageAndApiAgreeTest::rawBytes);
  }

  /** A value of one to four pieces, each plain, escaped, malformed, not UTF-8 or over-long. */
  private static Arbitrary<String> value() {
    Arbitrary<String> words = Arbitraries.of("kabul", "taliban", "airport", "1", "10", "0", "date", "2001", "");
    Arbitrary<String> letters = Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(6);
    Arbitrary<String> valid = Arbitraries.of("+", "%20", "%C3%A9", "%D8%AF%D8%A7", "%25", "%EF%BF%BD", "\u00e9", "%2B");
    Arbitrary<String> malformed = Arbitraries.of("%", "%z", "%2", "%G1", "%%41");
    Arbitrary<String> notUtf8 = Arbitraries.of("%FF", "%C3", "%ED%A0%80", "%C0%AF", "%E9", RAW_LATIN1_E_ACUTE);
    Arbitrary<String> longRun = Arbitraries.integers()
        .between(SearchParams.MAX_QUERY_LENGTH - 3, SearchParams.MAX_QUERY_LENGTH + 3).map("w"::repeat);
    Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(4, words), Tuple.of(3, letters), Tuple.of(3, valid),
        Tuple.of(1, malformed), Tuple.of(1, notUtf8), Tuple.of(1, longRun));
    return piece.list().ofMinSize(1).ofMaxSize(4).map(pieces -> String.join("", pieces));
  }

  /** The query string's bytes: UTF-8, except the raw Latin-1 stand-in, sent as its one byte. */
  private static byte[] rawBytes(String queryString) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String[] parts = queryString.split(RAW_LATIN1_E_ACUTE, -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        bytes.write(0xE9);
      }
      bytes.writeBytes(parts[i].getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
