package corpussearch.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corpussearch.api.HangGuard;
import corpussearch.api.TestCorpora;
import corpussearch.api.TestServer;
import corpussearch.api.config.ApiConfig;
import corpussearch.api.relevance.JudgedQuery;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #19's fault test: the real server with {@code --backend opensearch} over the seeds built
 * with one replica on a 3-node cluster serves a fixed query load from a few clients (judged
 * queries with filters, grouping, sorting and article views; no result cache, so each reaches
 * the cluster); a third of the way in, the node at
 * the first address it was given is killed (SIGKILL). Every answer must be a 200 equal to the one
 * before the kill and no paragraph may be missing, with the node down and after it was started
 * again and the cluster is green. Skipped without {@code -Dcorpussearch.opensearch.cluster} (the
 * addresses of the 3 nodes of {@code scripts/opensearch-cluster.sh start --nodes 3}), which the
 * test kills and starts with that script ({@code -Dcorpussearch.opensearch.script} names another).
 */
class OpenSearchFaultTest {

  static final String CLUSTER_PROPERTY = "corpussearch.opensearch.cluster";
  static final String SCRIPT_PROPERTY = "corpussearch.opensearch.script";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CLIENTS = 3;
  private static final int REQUESTS = 600;
  private static final List<String> VARIANTS = List.of("", "&group=article", "&facets=true&sort=date", "&facets=true&from=2021-01-01",
      "&page=2&size=5", "&facets=true&outlet=" + URLEncoder.encode("the guardian", StandardCharsets.UTF_8));

  @TempDir Path temp;
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void aKilledNodeLosesNoRequestAndNoParagraph() throws Exception {
    List<URI> urls = Arrays.stream(System.getProperty(CLUSTER_PROPERTY, "").split(",")).filter(url -> !url.isBlank())
        .map(url -> URI.create(url.strip())).toList();
    assumeTrue(urls.size() == 3, "no 3-node cluster: pass -D" + CLUSTER_PROPERTY + "=http://127.0.0.1:9261,http://127.0.0.1:9262,…");
    Path script = Path.of(System.getProperty(SCRIPT_PROPERTY, "../scripts/opensearch-cluster.sh"));
    assertThat(Files.isExecutable(script)).as(script + " kills and starts the nodes").isTrue();
    LocalClusterNodes nodes = new LocalClusterNodes(script, urls);
    String alias = "corpus-fault-" + UUID.randomUUID().toString().substring(0, 8);
    long built = build(urls, alias);
    assertThat(nodes.green(alias).path("status").asText()).isEqualTo("green");
    int victim = nodes.number(urls.get(0));
    boolean down = false;
    try (TestServer server = new TestServer(uncached().withOpenSearch(new ApiConfig.OpenSearch(urls, alias, null, null, null)))) {
      Map<String, JsonNode> expected = expected(server);
      assertNoParagraphLost(server, nodes, alias, built);
      Load load = new Load(server, expected);
      down = true;
      long start = System.nanoTime();
      boolean manager = nodes.managerAt(urls.get(0));
      load.run(() -> nodes.kill(victim));
      System.out.printf(Locale.ROOT, "fault test: %d requests from %d clients in %.1f s, node-%d (%s) killed after request %d;"
          + " %d answered after the kill; %d failed%n", REQUESTS, CLIENTS, seconds(start), victim, manager ? "the cluster manager"
          : "not the cluster manager", REQUESTS / 3, load.afterKill.get(), load.failures.size());
      assertThat(load.failures).as("failed or changed answers").isEmpty();
      assertThat(load.afterKill.get()).as("requests answered with the node down").isPositive();
      assertNoParagraphLost(server, nodes, alias, built);
      start = System.nanoTime();
      nodes.start(victim);
      down = false;
      System.out.printf(Locale.ROOT, "fault test: node-%d started again, cluster green in %.1f s%n", victim, seconds(start));
      for (Map.Entry<String, JsonNode> answer : expected.entrySet()) {
        assertThat(signature(get(server, answer.getKey()))).as(answer.getKey()).isEqualTo(answer.getValue());
      }
      assertNoParagraphLost(server, nodes, alias, built);
    } finally {
      if (down) {
        nodes.start(victim);
      }
      nodes.delete(alias + "-v*");
    }
  }

  /** Each request of the load and its answer's signature, asked while every node is up. */
  private Map<String, JsonNode> expected(TestServer server) throws Exception {
    Map<String, JsonNode> expected = new LinkedHashMap<>();
    List<String> queries = new ArrayList<>();
    for (String set : List.of("shipped-queries.tsv", "own-queries.tsv")) {
      JudgedQuery.load(Path.of(getClass().getResource("/relevance/" + set).toURI())).forEach(judged -> queries.add(judged.query()));
    }
    for (int i = 0; i < queries.size(); i++) {
      String q = URLEncoder.encode(queries.get(i), StandardCharsets.UTF_8);
      String path = "/api/search?q=" + q + VARIANTS.get(i % VARIANTS.size());
      JsonNode answer = get(server, path);
      expected.put(path, signature(answer));
      if (i % 3 == 0 && !answer.path("hits").isEmpty()) {
        String article = "/api/articles/" + answer.path("hits").get(0).path("articleId").asText() + "?q=" + q;
        expected.put(article, signature(get(server, article)));
      }
    }
    return expected;
  }

  /** What must not change when a node is lost: totals and facets of a search, the paragraphs and matches of an article. */
  private static JsonNode signature(JsonNode answer) {
    ObjectNode signature = JSON.createObjectNode();
    for (String field : List.of("total", "totalArticles", "facets", "matchedParagraphs")) {
      if (answer.has(field)) {
        signature.set(field, answer.get(field));
      }
    }
    signature.put("paragraphs", answer.path("paragraphs").size());
    return signature;
  }

  private void assertNoParagraphLost(TestServer server, LocalClusterNodes nodes, String alias, long built) throws Exception {
    assertThat(nodes.count(alias)).as("_count").isEqualTo(built);
    assertThat(get(server, "/health").path("paragraphs").asLong()).as("/health paragraphs").isEqualTo(built);
    assertThat(get(server, "/api/search?q=").path("total").asLong()).as("the empty query's total").isEqualTo(built);
  }

  /** The test server's configuration without the result cache: every request of the load must reach the cluster. */
  private ApiConfig uncached() {
    ApiConfig d = TestServer.config(temp.resolve("unused-index"));
    return new ApiConfig(d.index(), d.host(), d.port(), d.searchTimeout(), d.refreshInterval(), d.corsOrigins(), d.synonyms(), d.logQueries(),
        d.benchRoutes(), 0, d.metrics());
  }

  private long build(List<URI> urls, String alias) throws Exception {
    OpenSearchTarget target = new OpenSearchTarget(urls, alias, 3, 1, AnalysisForm.BUILT_IN);
    return new IndexBuild(new BuildOptions(TestCorpora.SEEDS, temp.resolve("unused-index"), false, 32_000_000, 1, false, false, target),
        new PrintStream(OutputStream.nullOutputStream())).run().totals().paragraphs();
  }

  private JsonNode get(TestServer server, String path) throws Exception {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .timeout(HangGuard.TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  /** Something done once during the load. */
  @FunctionalInterface
  private interface Fault {
    void happen() throws Exception;
  }

  /** {@link #REQUESTS} requests from {@link #CLIENTS} threads; the client that takes request {@code REQUESTS / 3} makes the fault happen. */
  private final class Load {
    private final TestServer server;
    private final List<Map.Entry<String, JsonNode>> requests;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger afterKill = new AtomicInteger();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private volatile boolean happened;

    Load(TestServer server, Map<String, JsonNode> expected) {
      this.server = server;
      this.requests = List.copyOf(expected.entrySet());
    }

    void run(Fault fault) throws Exception {
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      try {
        for (int c = 0; c < CLIENTS; c++) {
          clients.submit(() -> client(fault));
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(REQUESTS * HangGuard.TIMEOUT.toSeconds() / CLIENTS, TimeUnit.SECONDS)).isTrue();
      } finally {
        clients.shutdownNow();
      }
      assertThat(happened).as("the fault happened").isTrue();
    }

    private void client(Fault fault) {
      for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
        if (i == REQUESTS / 3) {
          try {
            fault.happen();
            happened = true;
          } catch (Exception | AssertionError e) {
            failures.add("the fault: " + e);
          }
        }
        Map.Entry<String, JsonNode> request = requests.get(i % requests.size());
        try {
          JsonNode signature = signature(get(server, request.getKey()));
          if (!signature.equals(request.getValue())) {
            failures.add(request.getKey() + ": " + signature + " instead of " + request.getValue());
          }
        } catch (Exception | AssertionError e) {
          failures.add(request.getKey() + ": " + e.getMessage());
        }
        if (happened) {
          afterKill.incrementAndGet();
        }
      }
    }
  }
}
