package corpussearch.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corpussearch.api.HangGuard;
import corpussearch.api.TestCorpora;
import corpussearch.api.TestServer;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and odd input against every route and parameter of a real server over the seeds: each
 * row gets a sensible 200 or a 4xx (a problem document under /api), never a 5xx or a stack trace,
 * and every answer arrives (within the one-minute {@link HangGuard}: how fast is not this test's
 * business). Rows are sent on a raw socket, so bytes no HTTP client would send (invalid UTF-8,
 * NUL, spaces) are part of the table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARTICLE = TestCorpora.SEED_ARTICLE;

  enum Expect {
    /** 200. */
    OK,
    /** a 4xx. */
    CLIENT_ERROR,
    /** 200 or 4xx, either is sensible (web routes may also redirect). */
    NOT_5XX
  }

  /** One row: what to send and what is sensible. */
  record Row(String name, byte[] target, Expect expect) {
    @Override
    public String toString() {
      return name;
    }
  }

  private TestServer service;

  @BeforeAll
  void start(@TempDir Path temp) throws Exception {
    service = TestServer.seeds(temp);
  }

  @AfterAll
  void stop() throws Exception {
    service.close();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("rows")
  void answersSensibly(Row row) {
    RawHttp.Reply reply = service.http().send("GET", row.target(), "Accept", "*/*");
    String path = new String(row.target(), StandardCharsets.ISO_8859_1);
    String body = reply.body();
    assertThat(reply.status()).as("status for %s: %s", row, RawHttp.abbreviate(body)).isBetween(200, 499);
    assertThat(body).as("body for %s", row).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("java.");
    switch (row.expect()) {
      case OK -> assertThat(reply.status()).as("%s: %s", row, RawHttp.abbreviate(body)).isEqualTo(200);
      case CLIENT_ERROR -> assertThat(reply.status()).as("%s: %s", row, RawHttp.abbreviate(body)).isBetween(400, 499);
      case NOT_5XX -> { }
    }
    boolean api = path.startsWith("/api/") || path.startsWith("/health") || path.startsWith("/openapi.json");
    if (reply.status() >= 400 && (api || !reply.contentType().startsWith("text/html"))) {
      assertThat(reply.contentType()).as("error type for %s", row).startsWith("application/problem+json");
      JsonNode problem = parse(body);
      assertThat(problem.get("status").asInt()).isEqualTo(reply.status());
      assertThat(problem.get("title").asText()).isNotBlank();
    } else if (reply.status() == 200 && api) {
      assertThat(reply.contentType()).as("type for %s", row).startsWith("application/json");
      parse(body);
    } else if (reply.status() == 200) {
      assertThat(reply.contentType()).as("type for %s", row).startsWith("text/html");
    }
  }

  @Test
  void theTableIsLargeAndCoversEveryRoute() {
    List<Row> rows = rows().toList();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
    for (String route : List.of("/api/search", "/api/articles/", "/api/suggest", "/api/facets", "/health", "/openapi.json", "/?", "/articles/")) {
      assertThat(rows).as(route).anyMatch(row -> new String(row.target(), StandardCharsets.ISO_8859_1).startsWith(route));
    }
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + RawHttp.abbreviate(body), e);
    }
  }

  /** Query texts a person (or a script) might type into the box. */
  static final List<String> QUERIES = List.of(
      "", " ", " \t \n ", "\"", "\"kabul", "kabul\"", "\"\"\"", "((", "(kabul", "kabul)", ")(", "((((((((((kabul",
      "AND", "OR", "NOT", "-", "+", ":", "AND OR NOT", "- - -", "+kabul -", "kabul OR", "OR OR OR", "-\"\"",
      "title:", ":kabul", "title:\"\"", "author:*", "nosuchfield:value", "a:b:c:d", "outlet:\"saudi press",
      "*", "?", "*stan", "a*", "k*", "**", "?*?", "*:*", "t*r*", "/.*/", "/[a-z]+/", "kabul~5", "kabul~", "~", "~~~2",
      "kabul^100", "^", "\\", "\\\"", "&&", "||", "!", "{}", "[1 TO 5]", "{* TO *}", "\"kabul airport\"~10",
      "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "' OR 1=1 --", "${jndi:ldap://x/a}",
      "داعش خراسان", "د خراسان ولایت", "שלום", "中文 搜索", "💣🔥 ISIS", "👨‍👩‍👧‍👦", "Z̤̈a̍l̦g̊o", "e\u0301", "\u202Ekabul\u202C",
      "\u0000", "kabul\u0000airport", "\u0001\u0007\u001b[31m", "\r\n", "\uFEFF", "\u200B\u200D", "\uFFFD",
      "a".repeat(1000), "kabul ".repeat(166), "a* ".repeat(333), "talibn~2 ".repeat(111), "\"a b\" ".repeat(166),
      "(".repeat(1000), "-".repeat(1000), "OR ".repeat(333),
      // 88 misspelt long words, each a two-edit typo concept: the costliest expansion a query can
      // ask for, affordable only because the query is rewritten once per request, not per hit
      "afghanistn withdrawl talibanss pakistann xinjiangg terrorism americans khorasann ".repeat(11).strip());

  static Stream<Row> rows() {
    List<Row> rows = new ArrayList<>();
    // every query text on every route that takes q
    for (String q : QUERIES) {
      String encoded = enc(q);
      String label = label(q);
      rows.add(row("search q=" + label, "/api/search?q=" + encoded, Expect.OK));
      rows.add(row("suggest q=" + label, "/api/suggest?q=" + encoded, Expect.OK));
      rows.add(row("article q=" + label, "/api/articles/" + ARTICLE + "?q=" + encoded, Expect.OK));
      rows.add(row("web q=" + label, "/?q=" + encoded, Expect.NOT_5XX));
    }
    rows.add(row("search group=article q=<many prefixes>", "/api/search?group=article&q=" + enc("a* b* c* d* e* f* g* h* i* j* k* l* m*"), Expect.OK));
    rows.add(row("search sort=date q=<many fuzzy>", "/api/search?sort=date&q=" + enc("talibn~2 ".repeat(100)), Expect.OK));
    String tooLong = "x".repeat(10_000);
    rows.add(row("search q=10,000 chars", "/api/search?q=" + tooLong, Expect.CLIENT_ERROR));
    rows.add(row("search q=1,001 chars", "/api/search?q=" + "x".repeat(1001), Expect.CLIENT_ERROR));
    rows.add(row("suggest q=10,000 chars", "/api/suggest?q=" + tooLong, Expect.CLIENT_ERROR));
    rows.add(row("article q=10,000 chars", "/api/articles/" + ARTICLE + "?q=" + tooLong, Expect.CLIENT_ERROR));
    rows.add(row("web q=10,000 chars", "/?q=" + tooLong, Expect.NOT_5XX));

    // numbers
    for (String[] p : new String[][] {
        {"size", "-1", "4"}, {"size", "0", "4"}, {"size", "1e9", "4"}, {"size", "101", "4"}, {"size", "abc", "4"}, {"size", "1.5", "4"},
        {"size", "0x10", "4"}, {"size", "99999999999999999999", "4"}, {"size", "", "2"}, {"size", "100", "2"}, {"size", "%205", "2"},
        {"size", "%EF%BC%95", "2"}, {"page", "99999999999", "4"}, {"page", "0", "4"}, {"page", "-1", "4"}, {"page", "1.5", "4"},
        {"page", "9223372036854775808", "4"}, {"page", "1001", "4"}, {"page", "1000", "2"}, {"page", "NaN", "4"}, {"page", "%00", "4"}}) {
      rows.add(row("search " + p[0] + "=" + p[1], "/api/search?q=kabul&" + p[0] + "=" + p[1], p[2].equals("2") ? Expect.OK : Expect.CLIENT_ERROR));
    }
    rows.add(row("search page=100 size=100 (depth 10,000)", "/api/search?page=100&size=100", Expect.OK));
    rows.add(row("search page=101 size=100 (depth 10,100)", "/api/search?page=101&size=100", Expect.CLIENT_ERROR));
    rows.add(row("search page=2147483647 size=100", "/api/search?page=2147483647&size=100", Expect.CLIENT_ERROR));
    for (String size : List.of("0", "51", "-1", "1e9", "x", "99999999999")) {
      rows.add(row("suggest size=" + size, "/api/suggest?q=ka&size=" + size, Expect.CLIENT_ERROR));
    }
    rows.add(row("suggest size=50", "/api/suggest?q=ka&size=50", Expect.OK));
    rows.add(row("web page=99999999999", "/?q=kabul&page=99999999999", Expect.NOT_5XX));
    rows.add(row("web size=-1", "/?q=kabul&size=-1", Expect.NOT_5XX));

    // dates
    for (String bad : List.of("2021-02-30", "0000-00-00", "0000", "2021-13-01", "2021-1-1", "99999", "-2021", "2021-02-29", "2021-00",
        "2021-12-32", "20210101", "2021/01/01", "yesterday", "2021-01-01T00:00:00Z", "%00", "9" .repeat(40))) {
      rows.add(row("search from=" + label(bad), "/api/search?from=" + bad, Expect.CLIENT_ERROR));
      rows.add(row("search to=" + label(bad), "/api/search?to=" + bad, Expect.CLIENT_ERROR));
    }
    rows.add(row("search from after to", "/api/search?from=2022&to=2021", Expect.CLIENT_ERROR));
    for (String good : List.of("2020-02-29", "0001", "9999-12-31", "2021", "2021-02")) {
      rows.add(row("search from=" + good, "/api/search?from=" + good, Expect.OK));
    }
    rows.add(row("web from=2021-02-30", "/?from=2021-02-30", Expect.NOT_5XX));

    // enumerations and filters
    rows.add(row("search sort=foo", "/api/search?q=kabul&sort=foo", Expect.CLIENT_ERROR));
    rows.add(row("search sort=DATE", "/api/search?q=kabul&sort=DATE", Expect.CLIENT_ERROR));
    rows.add(row("search sort=date_asc", "/api/search?q=kabul&sort=date_asc", Expect.OK));
    rows.add(row("search group=foo", "/api/search?q=kabul&group=foo", Expect.CLIENT_ERROR));
    rows.add(row("search group=article page=1000", "/api/search?q=kabul&group=article&page=1000", Expect.OK));
    rows.add(row("search outlet= (unknown)", "/api/search?outlet=", Expect.OK));
    rows.add(row("search outlet=<script>", "/api/search?outlet=" + enc("<script>alert(1)</script>"), Expect.OK));
    rows.add(row("search author=emoji", "/api/search?author=" + enc("💣\u0000"), Expect.OK));
    rows.add(row("search unknown parameter", "/api/search?q=kabul&foo=bar&=x&&&=", Expect.OK));
    rows.add(row("search parameter without =", "/api/search?q&size&page", Expect.OK));
    rows.add(row("search q twice, different", "/api/search?q=a&q=b", Expect.CLIENT_ERROR));
    rows.add(row("search q repeated 1,000 times", "/api/search?" + repeat("q=kabul", 1000), Expect.OK));
    rows.add(row("search size repeated 1,000 times", "/api/search?" + repeat("size=5", 1000), Expect.OK));
    rows.add(row("search outlet repeated 1,000 times", "/api/search?" + repeat("outlet=x", 1000), Expect.CLIENT_ERROR));
    rows.add(row("search outlet 101 different values", "/api/search?" + numbered("outlet=x", 101), Expect.CLIENT_ERROR));
    rows.add(row("search author 1,000 different values", "/api/search?" + numbered("author=x", 1000), Expect.CLIENT_ERROR));
    rows.add(row("search unknown parameter 1,000 times", "/api/search?" + numbered("p=", 1000), Expect.OK));
    rows.add(row("suggest q repeated 1,000 times", "/api/suggest?" + repeat("q=ka", 1000), Expect.OK));
    rows.add(row("article q repeated 1,000 times", "/api/articles/" + ARTICLE + "?" + repeat("q=china", 1000), Expect.OK));
    rows.add(row("facets parameter repeated 1,000 times", "/api/facets?" + repeat("q=x", 1000), Expect.OK));
    rows.add(row("health with parameters", "/health?" + repeat("x=%00", 100), Expect.OK));
    rows.add(row("openapi with parameters", "/openapi.json?q=" + enc("<script>"), Expect.OK));

    // percent-encoding that does not decode to UTF-8
    for (String bad : List.of("%", "%2", "%zz", "%%", "%C3", "%FF%FE", "%ED%A0%80", "%C0%AF", "%E2%82", "%F8%88%80%80%80", "kabul%")) {
      rows.add(row("search q=" + bad, "/api/search?q=" + bad, Expect.CLIENT_ERROR));
      rows.add(row("suggest q=" + bad, "/api/suggest?q=" + bad, Expect.CLIENT_ERROR));
      rows.add(row("article q=" + bad, "/api/articles/" + ARTICLE + "?q=" + bad, Expect.CLIENT_ERROR));
    }
    rows.add(row("search parameter name %FF", "/api/search?%FF=1", Expect.CLIENT_ERROR));
    rows.add(row("web q=%FF%FE", "/?q=%FF%FE", Expect.NOT_5XX));

    // raw bytes no client would send
    rows.add(raw("search q=raw \\xFF\\xFE", "/api/search?q=", new byte[] {(byte) 0xFF, (byte) 0xFE}, Expect.CLIENT_ERROR));
    rows.add(raw("search q=raw \\xC3 (truncated)", "/api/search?q=", new byte[] {(byte) 0xC3}, Expect.CLIENT_ERROR));
    rows.add(raw("search q=raw latin-1 café", "/api/search?q=caf", new byte[] {(byte) 0xE9}, Expect.CLIENT_ERROR));
    rows.add(raw("search q=raw UTF-8 Arabic", "/api/search?q=", "داعش".getBytes(StandardCharsets.UTF_8), Expect.NOT_5XX));
    rows.add(raw("search q=raw NUL", "/api/search?q=a", new byte[] {0, 'b'}, Expect.CLIENT_ERROR));
    rows.add(raw("search q=raw control bytes", "/api/search?q=a", new byte[] {1, 7, 27}, Expect.CLIENT_ERROR));
    rows.add(raw("search q=raw < > \" { } | \\ ^ `", "/api/search?q=", "<>\"{}|\\^`".getBytes(StandardCharsets.US_ASCII), Expect.NOT_5XX));
    rows.add(raw("path raw \\xFF", "/api/articles/", new byte[] {(byte) 0xFF}, Expect.CLIENT_ERROR));
    rows.add(raw("path raw \\xC0\\xAE\\xC0\\xAE (overlong dots)", "/api/articles/", new byte[] {(byte) 0xC0, (byte) 0xAE, (byte) 0xC0, (byte) 0xAE}, Expect.CLIENT_ERROR));
    rows.add(raw("web path raw \\xFF", "/articles/", new byte[] {(byte) 0xFF}, Expect.NOT_5XX));
    rows.add(raw("web q=raw \\xFF", "/?q=", new byte[] {(byte) 0xFF}, Expect.NOT_5XX));

    // path tricks on the article routes
    for (String id : List.of("..%2F..%2Fetc%2Fpasswd", "../../etc/passwd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "%2F", "a%2Fb", "%00",
        "%252e%252e%252f", "..;/..;/etc/passwd", "%5c..%5c..%5cwindows", "*", "%2A", ARTICLE + "%00", ARTICLE + "/extra",
        ARTICLE.toUpperCase(), " " + ARTICLE, enc("<script>alert(1)</script>"), "%0d%0aSet-Cookie:%20x=1", "x".repeat(10_000),
        "%C0%AE%C0%AE", "%FF", "%", "?", "#frag", ".", "..", "%2e", "~root", enc("داعش"), enc("💣"))) {
      rows.add(row("article id=" + label(id), "/api/articles/" + id, Expect.CLIENT_ERROR));
      rows.add(row("web article id=" + label(id), "/articles/" + id, Expect.NOT_5XX));
    }
    rows.add(row("article id empty", "/api/articles/", Expect.CLIENT_ERROR));
    rows.add(row("article known id", "/api/articles/" + ARTICLE, Expect.OK));
    rows.add(row("web article known id", "/articles/" + ARTICLE, Expect.NOT_5XX));

    // other paths
    for (String path : List.of("/API/SEARCH", "/api/search/extra", "/api/facets/x", "/health/x", "//api/search", "/api//search",
        "/api/search;jsessionid=x", "/api/./search", "/api/../api/search", "/%2e/api/search", "/static/../../../etc/passwd",
        "/static/..%2f..%2fetc%2fpasswd", "/static/%2e%2e/%2e%2e/etc/passwd", "/static/", "/WEB-INF/web.xml", "/.git/config",
        "/api", "/api/", "/" + "y".repeat(10_000), "/index.html", "/robots.txt", "/favicon.ico", "/openapi.json/x", "/%00", "/%FF")) {
      rows.add(row("path " + label(path), path, path.equals("/api/search") ? Expect.OK : Expect.NOT_5XX));
    }

    // size limits of the request itself
    rows.add(row("URL of 100 KB", "/api/search?q=" + "u".repeat(100_000), Expect.CLIENT_ERROR));
    rows.add(row("web URL of 100 KB", "/?q=" + "u".repeat(100_000), Expect.CLIENT_ERROR));
    rows.add(row("URL of 20 KB (accepted, q too long)", "/api/search?q=" + "u".repeat(20_000), Expect.CLIENT_ERROR));
    return rows.stream();
  }

  private static Row row(String name, String target, Expect expect) {
    return new Row(name, target.getBytes(StandardCharsets.UTF_8), expect);
  }

  private static Row raw(String name, String prefix, byte[] bytes, Expect expect) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(prefix.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(bytes);
    return new Row(name, out.toByteArray(), expect);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String repeat(String pair, int times) {
    return String.join("&", java.util.Collections.nCopies(times, pair));
  }

  private static String numbered(String pair, int times) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < times; i++) {
      out.append(i == 0 ? "" : "&").append(pair).append(i);
    }
    return out.toString();
  }

  private static String label(String value) {
    StringBuilder out = new StringBuilder();
    value.codePoints().limit(30).forEach(cp -> {
      if (cp < 0x20 || cp == 0x7F || Character.getType(cp) == Character.FORMAT) {
        out.append(String.format("\\u%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return value.length() > 30 ? out + "…(" + value.length() + ")" : "\"" + out + "\"";
  }
}
