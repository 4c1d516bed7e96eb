package corpussearch.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corpussearch.api.OpenApiSchemas;
import corpussearch.api.TestCorpora;
import corpussearch.api.TestServer;
import corpussearch.api.config.ApiConfig;
import corpussearch.indexer.opensearch.AnalysisForm;
import corpussearch.indexer.opensearch.OpenSearchTarget;
import corpussearch.indexer.opensearch.ParagraphMapping;
import corpussearch.indexer.pipeline.BuildOptions;
import corpussearch.indexer.pipeline.IndexBuild;
import java.io.IOException;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server with {@code --backend opensearch} over the seeds built by index-builder {@code
 * --target opensearch}, against the real server over the embedded index of the same seeds: the
 * API's answers, the page, health, metrics and a rebuild that moves the alias while searches run.
 * Skipped without {@code -Dcorpussearch.opensearch.url} (see OpenSearchParityTest).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchBackendTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> QUERIES = List.of("", "oil", "oil prices", "\"oil prices\"", "russia", "ukraine OR gaza",
      "presdent", "elec*", "title:war", "sanctions -russia", "author:smith", "water shortage", "climate change",
      "qwxzv");
  private static final List<String> VARIANTS = List.of("", "&sort=date", "&sort=date_asc", "&group=article", "&page=2&size=5",
      "&from=2020-01-01", "&outlet=" + URLEncoder.encode("the guardian", StandardCharsets.UTF_8));

  private Path temp;
  private URI url;
  private String alias;
  private TestServer embedded;
  private TestServer cluster;
  private OpenApiSchemas schemas;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  void servers(@TempDir Path dir) throws Exception {
    temp = dir;
    String property = System.getProperty("corpussearch.opensearch.url", "");
    assumeTrue(!property.isBlank(), "no OpenSearch: pass -Dcorpussearch.opensearch.url=http://127.0.0.1:9261");
    url = URI.create(property);
    alias = "corpus-backend-" + UUID.randomUUID().toString().substring(0, 8);
    build(TestCorpora.SEEDS);
    embedded = TestServer.seeds(temp);
    cluster = new TestServer(TestServer.config(temp.resolve("unused"))
        .withOpenSearch(new ApiConfig.OpenSearch(List.of(url), alias, null, null, null)));
    schemas = new OpenApiSchemas(get(cluster, "/openapi.json", 200));
  }

  @AfterAll
  void stop() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
    if (embedded != null) {
      embedded.close();
    }
    if (url != null) {
      client.send(HttpRequest.newBuilder(url.resolve("/" + alias + "-v*")).DELETE().build(), HttpResponse.BodyHandlers.discarding());
    }
  }

  /** Every query and variant answers alike: totals, articles and facets equal, the same top hits. */
  @Test
  void searchesAnswerAsTheEmbeddedIndex() throws Exception {
    int requests = 0;
    double overlap = 0;
    for (String q : QUERIES) {
      for (String variant : VARIANTS) {
        String path = "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + variant + "&facets=true";
        JsonNode ours = get(embedded, path, 200);
        JsonNode theirs = get(cluster, path, 200);
        assertThat(schemas.validate("/api/search", 200, theirs)).as(path).isEmpty();
        assertThat(theirs.path("total")).as(path).isEqualTo(ours.path("total"));
        assertThat(theirs.path("totalArticles")).as(path).isEqualTo(ours.path("totalArticles"));
        assertThat(theirs.path("facets")).as(path).isEqualTo(ours.path("facets"));
        assertThat(theirs.path("suggestion")).as(path).isEqualTo(ours.path("suggestion"));
        assertThat(theirs.path("filterHints")).as(path).isEqualTo(ours.path("filterHints"));
        assertThat(fieldNames(theirs)).as(path).isEqualTo(fieldNames(ours));
        overlap += overlap(ids(ours), ids(theirs));
        requests++;
      }
    }
    System.out.printf(Locale.ROOT, "OpenSearch backend over the seeds: %d requests, mean top-10 overlap %.3f%n", requests, overlap / requests);
    assertThat(overlap / requests).isGreaterThanOrEqualTo(0.9);
  }

  /**
   * The distinct article count is exact below the threshold of exact counts, on both backends, and
   * marked an estimate from it up: the seeds' 5 articles are far below the default 40,000, and a
   * server with the threshold lowered to 3 through its configuration marks the queries matching 3
   * articles or more {@code approx} (the page says "about"), and no other.
   */
  @Test
  void theArticleCountSaysWhenItIsAnEstimate() throws Exception {
    int threshold = 3;
    Set<String> relations = new HashSet<>();
    try (TestServer lowered = new TestServer(TestServer.config(temp.resolve("unused"))
        .withOpenSearch(new ApiConfig.OpenSearch(List.of(url), alias, null, null, null).withExactArticles(threshold)))) {
      for (String q : QUERIES) {
        String encoded = URLEncoder.encode(q, StandardCharsets.UTF_8);
        String path = "/api/search?q=" + encoded;
        JsonNode ours = get(embedded, path, 200);
        assertThat(ours.path("totalArticlesRelation").asText()).as(path).isEqualTo("eq");
        assertThat(get(cluster, path, 200).path("totalArticlesRelation").asText()).as(path).isEqualTo("eq");
        JsonNode estimated = get(lowered, path, 200);
        assertThat(schemas.validate("/api/search", 200, estimated)).as(path).isEmpty();
        String relation = ours.path("totalArticles").asLong() < threshold ? "eq" : "approx";
        assertThat(estimated.path("totalArticlesRelation").asText()).as(path).isEqualTo(relation);
        if (relation.equals("eq")) {
          assertThat(estimated.path("totalArticles")).as(path).isEqualTo(ours.path("totalArticles"));
        }
        if (!q.isEmpty() && ours.path("total").asLong() > 0) {
          assertThat(text(lowered, "/?q=" + encoded, 200).contains("in about ")).as("the page of " + q).isEqualTo(relation.equals("approx"));
        }
        relations.add(relation);
      }
    }
    assertThat(relations).as("queries below and above the threshold").containsExactlyInAnyOrder("eq", "approx");
  }

  /** The article view lists every paragraph in order and flags the same matches; the page renders it. */
  @Test
  void articleViewAndPageAnswerAlike() throws Exception {
    String path = "/api/articles/" + TestCorpora.SEED_ARTICLE + "?q=taliban";
    JsonNode ours = get(embedded, path, 200);
    JsonNode theirs = get(cluster, path, 200);
    assertThat(schemas.validate("/api/articles/{articleId}", 200, theirs)).isEmpty();
    assertThat(theirs.path("paragraphs").size()).isEqualTo(ours.path("paragraphs").size());
    assertThat(theirs.path("matchedParagraphs")).isEqualTo(ours.path("matchedParagraphs"));
    for (int i = 0; i < ours.path("paragraphs").size(); i++) {
      assertThat(theirs.path("paragraphs").get(i).path("text")).isEqualTo(ours.path("paragraphs").get(i).path("text"));
    }
    get(cluster, "/api/articles/no-such-article", 404);
    assertThat(text(cluster, "/?q=taliban", 200)).contains("<mark>");
    assertThat(text(cluster, "/articles/" + TestCorpora.SEED_ARTICLE + "?q=taliban", 200)).contains("<mark>");
  }

  /** Completions of prefixes are those of the embedded index; bad parameters are the same 400 problems. */
  @Test
  void suggestionsAndErrorsAnswerAlike() throws Exception {
    for (String prefix : List.of("oi", "rus", "pre", "zak", "the")) {
      String path = "/api/suggest?q=" + prefix;
      assertThat(get(cluster, path, 200)).as(path).isEqualTo(get(embedded, path, 200));
    }
    for (String bad : List.of("/api/search?q=oil&page=0", "/api/search?q=oil&size=abc", "/api/search?from=2020-13-01", "/api/suggest?q=a&size=99")) {
      assertThat(get(cluster, bad, 400)).as(bad).isEqualTo(get(embedded, bad, 400));
    }
    assertThat(get(cluster, "/api/facets", 200)).isEqualTo(get(embedded, "/api/facets", 200));
  }

  /** Health names the cluster's status and the concrete index; metrics the backend's health and version. */
  @Test
  void healthAndMetricsShowTheCluster() throws Exception {
    JsonNode health = get(cluster, "/health", 200);
    assertThat(schemas.validate("/health", 200, health)).as(health.toString()).isEmpty();
    assertThat(health.path("backend").asText()).isEqualTo("opensearch");
    assertThat(health.path("cluster").path("status").asText()).isIn("green", "yellow");
    assertThat(health.path("index").path("name").asText()).startsWith(alias + "-v");
    assertThat(health.path("paragraphs")).isEqualTo(get(embedded, "/health", 200).path("paragraphs"));
    String metrics = text(cluster, "/metrics", 200);
    assertThat(metrics).contains("corpus_backend_up 1.0").containsPattern("corpus_index_version [1-9]");
  }

  /** A rebuild with a changed article moves the alias while searches run: the next searches see it, none fails. */
  @Test
  void aMovedAliasIsServedWithoutARestart() throws Exception {
    String word = "zyxquorbalite";
    assertThat(get(cluster, "/api/search?q=" + word, 200).path("total").asLong()).isZero();
    Path corpus = Files.createDirectories(temp.resolve("changed"));
    try (Stream<Path> files = Files.list(TestCorpora.SEEDS)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, corpus.resolve(file.getFileName()));
      }
    }
    Path article;
    try (Stream<Path> files = Files.list(corpus)) {
      article = files.sorted().filter(file -> file.toString().endsWith(".txt")).findFirst().orElseThrow();
    }
    String text = Files.readString(article);
    int sentence = text.indexOf(". ", text.length() / 2) + 2;
    Files.writeString(article, text.substring(0, sentence) + "Surveyors also found " + word + " there. " + text.substring(sentence));
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger answered = new AtomicInteger();
    Thread load = Thread.ofVirtual().start(() -> {
      while (running.get()) {
        try {
          get(cluster, "/api/search?q=oil&page=" + (1 + answered.get() % 3), 200);
          answered.incrementAndGet();
        } catch (Exception | AssertionError e) {
          failed.incrementAndGet();
        }
      }
    });
    build(corpus);
    long deadline = System.nanoTime() + 5_000_000_000L;
    long found = 0;
    while (found == 0 && System.nanoTime() < deadline) {
      found = get(cluster, "/api/search?q=" + word, 200).path("total").asLong();
    }
    running.set(false);
    load.join();
    assertThat(found).isEqualTo(1);
    assertThat(get(cluster, "/health", 200).path("index").path("name").asText()).isEqualTo(alias + "-v2");
    assertThat(failed.get()).isZero();
    assertThat(answered.get()).isPositive();
  }

  /** An index gone from under the running server: every route answers a 503 problem, the page a 503 page, never a 500. */
  @Test
  void aClusterThatCannotAnswerIs503() throws Exception {
    String gone = alias + "-gone";
    send("PUT", "/" + gone, ParagraphMapping.createIndex(1, 0, AnalysisForm.BUILT_IN).toString());
    try (TestServer server = new TestServer(TestServer.config(temp.resolve("unused"))
        .withOpenSearch(new ApiConfig.OpenSearch(List.of(url), gone, null, null, null)))) {
      assertThat(get(server, "/api/search?q=taliban", 200).path("total").asLong()).isZero();
      send("DELETE", "/" + gone, null);
      Thread.sleep(600);
      for (String[] route : new String[][] {{"/api/search?q=kabul", "/api/search"}, {"/api/articles/a1", "/api/articles/{articleId}"},
          {"/api/suggest?q=ka", "/api/suggest"}, {"/api/facets", "/api/facets"}, {"/health", "/health"}}) {
        JsonNode problem = get(server, route[0], 503);
        assertThat(schemas.validate(route[1], 503, problem)).as(route[0]).isEmpty();
        assertThat(problem.path("detail").asText()).doesNotContain("Exception");
      }
      assertThat(text(server, "/?q=kabul", 503)).contains("try again");
    } finally {
      send("DELETE", "/" + gone, null);
    }
  }

  private void send(String method, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(url.resolve(path));
    request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
        : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    client.send(request.build(), HttpResponse.BodyHandlers.discarding());
  }

  private void build(Path corpus) throws IOException {
    OpenSearchTarget target = new OpenSearchTarget(List.of(url), alias, 1, 0, AnalysisForm.BUILT_IN);
    new IndexBuild(new BuildOptions(corpus, temp.resolve("unused-" + UUID.randomUUID()), false, 32_000_000, 1, false, false, target),
        new PrintStream(OutputStream.nullOutputStream())).run();
  }

  private JsonNode get(TestServer server, String path, int status) throws Exception {
    return JSON.readTree(text(server, path, status));
  }

  private String text(TestServer server, String path, int status) throws Exception {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
    return response.body();
  }

  /** The ids of a search answer's hits, in order. */
  static List<String> ids(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.path("hits").forEach(hit -> ids.add(hit.path("id").asText()));
    return ids;
  }

  private static double overlap(List<String> ours, List<String> theirs) {
    if (ours.isEmpty()) {
      return theirs.isEmpty() ? 1 : 0;
    }
    Set<String> shared = new HashSet<>(ours);
    shared.retainAll(theirs);
    return (double) shared.size() / ours.size();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
