package corpussearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import corpussearch.api.TestCorpora;
import corpussearch.api.app.ApiServer;
import corpussearch.api.config.ApiConfig;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A folder of saved web pages and a web archive, indexed and served for real: hits and articles
 * carry the address of the original, the site filter narrows to one site, and the page links to
 * the original only when it is an http(s) address.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebSourcesApiTest {

  private static final String WORDS = "The lighthouse keepers voted to keep the lamp burning through the winter storms, the union said.";

  private ApiServer server;
  private ServiceClient client;

  @BeforeAll
  void start(@TempDir Path temp) throws IOException {
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    Files.writeString(corpus.resolve("saved.html"), page(
        "<link rel=canonical href=\"https://www.harbourtimes.example/news/lighthouse\"><meta property=\"og:site_name\" content=\"Harbour Times\">"
            + "<meta property=\"og:title\" content=\"Lighthouse stays lit\">"));
    Files.writeString(corpus.resolve("unsafe.html"), page(
        "<link rel=canonical href=\"javascript:alert(1)\"><meta property=\"og:title\" content=\"Lighthouse keepers meet\">"));
    try (WarcWriter warc = new WarcWriter(FileChannel.open(corpus.resolve("crawl.warc.gz"),
        StandardOpenOption.CREATE, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      for (String path : List.of("a", "b")) {
        byte[] body = page("<title>Keepers " + path + " | Coast Post</title>").getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] http = new byte[head.length + body.length];
        System.arraycopy(head, 0, http, 0, head.length);
        System.arraycopy(body, 0, http, head.length, body.length);
        warc.write(new WarcResponse.Builder("https://coastpost.example/" + path).date(Instant.parse("2024-02-03T04:05:06Z"))
            .body(MediaType.HTTP_RESPONSE, http).build());
      }
    }
    Path index = TestCorpora.index(corpus, temp.resolve("index"));
    server = ApiServer.create(ApiConfig.defaults(index).withPort(0));
    client = new ServiceClient(server.start());
  }

  @AfterAll
  void stop() throws IOException {
    server.close();
  }

  private static String page(String head) {
    return "<html><head>" + head + "</head><body><nav><a href=/>Home</a></nav><article><p>" + WORDS + "</p></article></body></html>";
  }

  @Test
  void hitsCarryTheOriginalAddress() {
    JsonNode hits = client.search("q", "lighthouse keepers", "size", "10").json().get("hits");
    List<String> urls = new ArrayList<>();
    hits.forEach(hit -> urls.add(hit.get("url").isNull() ? null : hit.get("url").asText()));
    assertThat(urls).containsExactlyInAnyOrder("https://www.harbourtimes.example/news/lighthouse",
        "https://coastpost.example/a", "https://coastpost.example/b", null);
  }

  @Test
  void siteFilterNarrowsToOneSiteWhateverItsCaseOrWww() {
    for (String site : List.of("coastpost.example", "WWW.CoastPost.example")) {
      JsonNode reply = client.search("q", "lighthouse", "site", site).json();
      assertThat(reply.get("total").asInt()).isEqualTo(2);
      reply.get("hits").forEach(hit -> assertThat(hit.get("url").asText()).startsWith("https://coastpost.example/"));
      reply.get("hits").forEach(hit -> assertThat(hit.get("outlet").asText()).isEqualTo("Coast Post"));
    }
    JsonNode sites = client.search("q", "lighthouse").json().get("facets").get("site");
    assertThat(sites.toString()).contains("\"coastpost.example\"", "\"harbourtimes.example\"");
  }

  @Test
  void articleViewAndPageLinkToTheOriginalSafely() {
    JsonNode hit = client.search("q", "lighthouse", "site", "harbourtimes.example").json().get("hits").get(0);
    String articleId = hit.get("articleId").asText();
    assertThat(client.get("/api/articles/" + articleId).json().get("url").asText()).isEqualTo("https://www.harbourtimes.example/news/lighthouse");
    String article = client.get("/articles/" + articleId).body();
    assertThat(article).contains("href=\"https://www.harbourtimes.example/news/lighthouse\" rel=\"noopener noreferrer\"");
    String results = client.get("/?q=lighthouse").body();
    assertThat(results).contains("rel=\"noopener noreferrer\"").doesNotContain("javascript:");
  }

  @Test
  void pageOffersTheSiteFilterAndApplies() {
    assertThat(client.get("/?q=lighthouse").body()).contains("name=\"site\"", "coastpost.example", "harbourtimes.example");
    String filtered = client.get("/?q=lighthouse&site=harbourtimes.example").body();
    assertThat(filtered).contains("href=\"https://www.harbourtimes.example/news/lighthouse\"")
        .doesNotContain("href=\"https://coastpost.example/a\"", "href=\"https://coastpost.example/b\"");
  }
}
