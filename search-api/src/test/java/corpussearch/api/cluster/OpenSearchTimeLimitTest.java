package corpussearch.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corpussearch.api.HangGuard;
import corpussearch.api.OpenApiSchemas;
import corpussearch.api.TestServer;
import corpussearch.api.config.ApiConfig;
import corpussearch.indexer.opensearch.AnalysisForm;
import corpussearch.indexer.opensearch.OpenSearchTarget;
import corpussearch.indexer.pipeline.BuildOptions;
import corpussearch.indexer.pipeline.IndexBuild;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search time limit on OpenSearch: the service sends what is left of {@code
 * --search-timeout-ms} as the search's {@code timeout}, and a cluster that answers {@code
 * timed_out} (some shard stopped at the limit) makes the answer {@code timedOut}, as the embedded
 * search flags its partial results. A generated corpus of 12,000 paragraphs on one shard, and
 * queries that match nearly all of them with facets, give the shard more than a millisecond of
 * work; a server with a 1 ms limit must flag them, one with the hang guard as its limit must not.
 * The cluster must read its clock at each check ({@code thread_pool.estimated_time_interval: 0},
 * as scripts/opensearch-cluster.sh starts it): with OpenSearch's default clock, updated every 200
 * ms, a search shorter than that is rarely stopped. Skipped without {@code
 * -Dcorpussearch.opensearch.url}.
 */
class OpenSearchTimeLimitTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ARTICLES = 1_500;
  private static final int PARAGRAPHS = 8;
  private static final int WORDS = 12;
  /**
   * Queries matching nearly every paragraph, so that each shard has thousands of matches to count
   * into the facets: browsing, two words every paragraph holds, and alternatives of two-letter
   * prefixes (the shortest a prefix may be), each standing for dozens of made-up words.
   */
  /**
   * Searches whose shard work stays above a millisecond on a quiet machine. Not prefix queries: a
   * shard answered "co* OR re* OR ab* OR st*" (constant scores) within the millisecond now and then.
   */
  private static final List<String> WIDE = List.of("", "council report");

  @TempDir Path temp;
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void aSearchThatReachesItsLimitOnTheClusterSaysItTimedOut() throws Exception {
    String property = System.getProperty("corpussearch.opensearch.url", "");
    assumeTrue(!property.isBlank(), "no OpenSearch: pass -Dcorpussearch.opensearch.url=http://127.0.0.1:9261");
    URI url = URI.create(property);
    String alias = "corpus-time-" + UUID.randomUUID().toString().substring(0, 8);
    try {
      OpenSearchTarget target = new OpenSearchTarget(List.of(url), alias, 1, 0, AnalysisForm.BUILT_IN);
      new IndexBuild(new BuildOptions(corpus(), temp.resolve("unused-index"), false, 32_000_000, 1, false, false, target),
          new PrintStream(OutputStream.nullOutputStream())).run();
      ApiConfig.OpenSearch where = new ApiConfig.OpenSearch(List.of(url), alias, null, null, null);
      try (TestServer hurried = new TestServer(TestServer.config(temp.resolve("unused-index"), Duration.ofMillis(1)).withOpenSearch(where));
          TestServer patient = new TestServer(TestServer.config(temp.resolve("unused-index")).withOpenSearch(where))) {
        OpenApiSchemas schemas = new OpenApiSchemas(get(patient, "/openapi.json"));
        for (String q : WIDE) {
          String path = "/api/search?facets=true&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
          JsonNode cut = get(hurried, path);
          JsonNode whole = get(patient, path);
          assertThat(schemas.validate("/api/search", 200, cut)).as(path).isEmpty();
          assertThat(cut.path("timedOut").asBoolean()).as(path + " with a 1 ms limit: " + cut.path("total")).isTrue();
          assertThat(whole.path("timedOut").asBoolean()).as(path + " with a minute").isFalse();
          assertThat(whole.path("total").asLong()).as(path).isPositive().isGreaterThanOrEqualTo(cut.path("total").asLong());
          if (!q.isEmpty()) {
            assertThat(text(hurried, "/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).as("the page of " + q).contains("results are incomplete");
          }
        }
        assertThat(text(hurried, "/metrics")).containsPattern("(?m)^search_timeouts_total [1-9]");
        assertThat(text(patient, "/metrics")).containsPattern("(?m)^search_timeouts_total 0");
      }
    } finally {
      client.send(HttpRequest.newBuilder(url.resolve("/" + alias + "-v*")).DELETE().build(), HttpResponse.BodyHandlers.discarding());
    }
  }

  /**
   * {@value #ARTICLES} articles of {@value #PARAGRAPHS} paragraphs, each of {@value #WORDS} words
   * drawn from ten thousand made-up ones, "council" and "report".
   */
  private Path corpus() throws Exception {
    Random random = new Random(19);
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      StringBuilder word = new StringBuilder();
      for (int n = 4 + random.nextInt(6); n > 0; n--) {
        word.append((char) ('a' + random.nextInt(26)));
      }
      vocabulary.add(word.toString());
    }
    StringBuilder jsonl = new StringBuilder();
    for (int a = 0; a < ARTICLES; a++) {
      List<String> paragraphs = new ArrayList<>();
      for (int p = 0; p < PARAGRAPHS; p++) {
        StringBuilder text = new StringBuilder("The council report");
        for (int w = 0; w < WORDS; w++) {
          text.append(' ').append(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        paragraphs.add(text.append('.').toString());
      }
      jsonl.append(JSON.writeValueAsString(JSON.createObjectNode().put("id", "gen" + a).put("title", "Article " + a)
          .put("outlet", "Outlet " + a % 7).put("date", "2020-01-" + String.format("%02d", 1 + a % 28))
          .set("paragraphs", JSON.valueToTree(paragraphs)))).append('\n');
    }
    Path dir = Files.createDirectories(temp.resolve("corpus"));
    Files.writeString(dir.resolve("generated.jsonl"), jsonl, StandardCharsets.UTF_8);
    return dir;
  }

  private JsonNode get(TestServer server, String path) throws Exception {
    return JSON.readTree(text(server, path));
  }

  private String text(TestServer server, String path) throws Exception {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .timeout(HangGuard.TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return response.body();
  }
}
