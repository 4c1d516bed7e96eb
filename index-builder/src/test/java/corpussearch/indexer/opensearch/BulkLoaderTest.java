package corpussearch.indexer.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import corpussearch.indexer.opensearch.BulkRequests.Action;
import corpussearch.indexer.opensearch.ParagraphSources.ParagraphSource;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bulk loading and the cluster's HTTP API against a real HTTP server on this machine that answers
 * as a busy, failing or partly reachable cluster would.
 */
class BulkLoaderTest {

  static final Backoff FAST = new Backoff(Duration.ofMillis(1), Duration.ofMillis(4), 5);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<HttpServer> servers = new ArrayList<>();
  /** The ids of every document each {@code _bulk} request carried, in order. */
  private final List<List<String>> bulks = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void stop() {
    servers.forEach(server -> server.stop(0));
  }

  @Test
  void asksABusyClusterAgainAndSendsOnlyTheRefusedParagraphs() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    URI node = server(ids -> switch (requests.incrementAndGet()) {
      case 1 -> new Answer(429, "{\"error\": \"too many requests\"}");
      case 2 -> new Answer(503, "{\"error\": \"no shard yet\"}");
      case 3 -> new Answer(200, items(ids, Set.of(ids.get(1)), 429));
      default -> new Answer(200, items(ids, Set.of(), 0));
    });
    try (ClusterHttp http = new ClusterHttp(List.of(node), FAST)) {
      BulkLoader loader = new BulkLoader(http, 1_000_000, FAST);
      loader.add(actions("a", 3));
      loader.flush();
      assertThat(loader.indexed()).isEqualTo(3);
    }
    assertThat(bulks).containsExactly(List.of("a:0", "a:1", "a:2"), List.of("a:0", "a:1", "a:2"), List.of("a:0", "a:1", "a:2"),
        List.of("a:1"));
  }

  @Test
  void sendsABatchOnceItIsFull() throws Exception {
    URI node = server(ids -> new Answer(200, items(ids, Set.of(), 0)));
    try (ClusterHttp http = new ClusterHttp(List.of(node), FAST)) {
      List<Action> first = actions("a", 2);
      BulkLoader loader = new BulkLoader(http, first.stream().mapToInt(Action::bytes).sum(), FAST);
      loader.add(first);
      assertThat(bulks).containsExactly(List.of("a:0", "a:1"));
      loader.add(actions("b", 1));
      loader.flush();
      assertThat(bulks).containsExactly(List.of("a:0", "a:1"), List.of("b:0"));
      assertThat(loader.indexed()).isEqualTo(3);
    }
  }

  @Test
  void failsOnAParagraphTheClusterRefuses() throws Exception {
    URI node = server(ids -> new Answer(200, items(ids, Set.of(ids.get(0)), 400)));
    try (ClusterHttp http = new ClusterHttp(List.of(node), FAST)) {
      BulkLoader loader = new BulkLoader(http, 1_000_000, FAST);
      loader.add(actions("a", 2));
      assertThatThrownBy(loader::flush).isInstanceOf(OpenSearchException.class)
          .hasMessage("OpenSearch refused paragraph a:0: refused_400: reason of a:0");
    }
  }

  @Test
  void givesUpOnAClusterThatStaysBusy() throws Exception {
    URI node = server(ids -> new Answer(429, "{}"));
    try (ClusterHttp http = new ClusterHttp(List.of(node), FAST)) {
      assertThatThrownBy(() -> http.json("GET", "/", null)).isInstanceOf(OpenSearchException.class)
          .hasMessageContaining("refused GET /: HTTP 429");
    }
  }

  @Test
  void asksAgainWhileShardsFailAndNeverServesAPartialAnswer() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    URI node = server(ids -> requests.incrementAndGet() < 3 ? partial(1) : partial(0));
    try (ClusterHttp http = new ClusterHttp(List.of(node), FAST)) {
      assertThat(http.json("POST", "/corpus/_search", "{}")).isEqualTo(partial(0).body());
      assertThat(requests).hasValue(3);
    }
    URI failing = server(ids -> partial(2));
    try (ClusterHttp http = new ClusterHttp(List.of(failing), FAST)) {
      assertThatThrownBy(() -> http.json("POST", "/corpus/_search", "{}")).isInstanceOf(OpenSearchException.class)
          .hasMessageContaining("HTTP 503 shards failed to answer");
    }
  }

  /**
   * A search whose query phase could not reach a node killed after its statistics phase fails
   * whole, HTTP 500 naming the lost node: a read is asked again, a write or another 500 is not.
   */
  @Test
  void asksAReadAgainWhenANodeLeftWhileItRan() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    Answer lost = new Answer(500, "{\"error\":{\"root_cause\":[],\"type\":\"search_phase_execution_exception\",\"phase\":"
        + "\"dfs_query\",\"caused_by\":{\"type\":\"node_not_connected_exception\",\"reason\":\"[node-1] Node not connected\"}},"
        + "\"status\":500}");
    URI node = server(ids -> requests.incrementAndGet() == 1 ? lost : partial(0));
    try (ClusterHttp http = new ClusterHttp(List.of(node), FAST)) {
      assertThat(http.json("POST", "/corpus/_search?search_type=dfs_query_then_fetch", "{}")).isEqualTo(partial(0).body());
      assertThat(requests).hasValue(2);
      requests.set(0);
      assertThat(http.call("PUT", "/corpus/_doc/a", "{}", "application/json").status()).isEqualTo(500);
      assertThat(requests).hasValue(1);
    }
    AtomicInteger otherRequests = new AtomicInteger();
    URI failing = server(ids -> {
      otherRequests.incrementAndGet();
      return new Answer(500, "{\"error\":{\"type\":\"search_phase_execution_exception\",\"caused_by\":{\"type\":"
          + "\"illegal_argument_exception\"}},\"status\":500}");
    });
    try (ClusterHttp http = new ClusterHttp(List.of(failing), FAST)) {
      assertThat(http.call("POST", "/corpus/_search", "{}", "application/json").status()).isEqualTo(500);
      assertThat(otherRequests).hasValue(1);
    }
  }

  @Test
  void skipsANodeThatCannotBeReached() throws Exception {
    URI down = URI.create("http://127.0.0.1:" + freePort());
    URI up = server(ids -> new Answer(200, "{\"cluster_name\": \"c\"}"));
    try (ClusterHttp http = new ClusterHttp(List.of(down, up), FAST)) {
      for (int i = 0; i < 3; i++) {
        assertThat(http.json("GET", "/", null)).contains("cluster_name");
      }
    }
    try (ClusterHttp http = new ClusterHttp(List.of(down), FAST)) {
      assertThatThrownBy(() -> http.json("GET", "/", null)).isInstanceOf(OpenSearchException.class)
          .hasMessage("OpenSearch is unreachable: " + down + " (connection refused)");
    }
  }

  @Test
  void aHungNodeCostsOneWaitThenRestsWhileReadsGoToTheOthers() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger hungRequests = new AtomicInteger();
    URI hung = hungServer(release, hungRequests);
    URI up = server(ids -> new Answer(200, "{\"hits\": {}}"));
    ClusterAccess access = new ClusterAccess(List.of(hung, up), null, null, null, Duration.ofMillis(300));
    try (ClusterHttp http = new ClusterHttp(access, FAST)) {
      for (int i = 0; i < 4; i++) {
        assertThat(http.json("POST", "/corpus/_search?search_type=dfs_query_then_fetch", "{}")).contains("hits");
      }
      assertThat(hungRequests).as("requests the hung node was sent: one, then it rests").hasValue(1);
    } finally {
      release.countDown();
    }
  }

  @Test
  void aWriteToAHungNodeIsNotSentAgain() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    URI hung = hungServer(release, new AtomicInteger());
    AtomicInteger upRequests = new AtomicInteger();
    URI up = server(ids -> {
      upRequests.incrementAndGet();
      return new Answer(200, "{\"acknowledged\": true}");
    });
    ClusterAccess access = new ClusterAccess(List.of(hung, up), null, null, null, Duration.ofMillis(300));
    try (ClusterHttp http = new ClusterHttp(access, FAST)) {
      assertThatThrownBy(() -> http.json("POST", "/_aliases", "{}")).isInstanceOf(OpenSearchException.class)
          .hasMessage("OpenSearch at " + hung + " did not answer POST /_aliases within 300 ms");
      assertThat(upRequests).as("the write was not sent to another node").hasValue(0);
      assertThat(http.json("POST", "/_aliases", "{}")).as("the hung node rests").contains("acknowledged");
    } finally {
      release.countDown();
    }
  }

  @Test
  void onlyReadsAreRepeatable() {
    assertThat(ClusterHttp.repeatable("GET", "/corpus/_mapping")).isTrue();
    assertThat(ClusterHttp.repeatable("POST", "/corpus-v2/_search?search_type=dfs_query_then_fetch")).isTrue();
    assertThat(ClusterHttp.repeatable("POST", "/corpus/_count")).isTrue();
    assertThat(ClusterHttp.repeatable("POST", "/_bulk")).isFalse();
    assertThat(ClusterHttp.repeatable("POST", "/_aliases")).isFalse();
    assertThat(ClusterHttp.repeatable("PUT", "/corpus-v3")).isFalse();
    assertThat(ClusterHttp.repeatable("DELETE", "/corpus-v1")).isFalse();
  }

  private record Answer(int status, String body) {}

  /**
   * A server that, as a hung node, takes requests (counting them) and answers none until {@code
   * release}: its one handler thread waits, so later requests wait behind it.
   */
  private URI hungServer(CountDownLatch release, AtomicInteger requests) throws IOException {
    return server(ids -> {
      requests.incrementAndGet();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new Answer(200, "{}");
    });
  }

  /** Starts a server that answers every request with {@code answer} of the bulk ids it carried (empty for other requests). */
  private URI server(Function<List<String>, Answer> answer) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> respond(exchange, answer));
    server.start();
    servers.add(server);
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void respond(HttpExchange exchange, Function<List<String>, Answer> answer) throws IOException {
    List<String> ids = new ArrayList<>();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String[] lines = body.split("\n");
    for (int i = 0; exchange.getRequestURI().getPath().equals("/_bulk") && i < lines.length; i += 2) {
      ids.add(JSON.readTree(lines[i]).path("index").path("_id").asText());
    }
    if (!ids.isEmpty()) {
      bulks.add(ids);
    }
    Answer reply = answer.apply(ids);
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(reply.status(), bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  /** A search answer of HTTP 200 in which {@code failed} of 3 shards did not answer. */
  private static Answer partial(int failed) {
    return new Answer(200, "{\"took\": 3, \"timed_out\": false, \"_shards\": {\"total\": 3, \"successful\": " + (3 - failed)
        + ", \"skipped\": 0, \"failed\": " + failed + "}, \"hits\": {\"total\": {\"value\": " + (10 - failed) + "}}}");
  }

  /** A bulk answer: every id created but those in {@code refused}, which get {@code status}. */
  private static String items(List<String> ids, Set<String> refused, int status) {
    ObjectNode answer = JSON.createObjectNode().put("errors", !refused.isEmpty());
    ArrayNode items = answer.putArray("items");
    for (String id : ids) {
      ObjectNode item = items.addObject().putObject("index").put("_id", id).put("status", refused.contains(id) ? status : 201);
      if (refused.contains(id)) {
        item.putObject("error").put("type", "refused_" + status).put("reason", "reason of " + id);
      }
    }
    return answer.toString();
  }

  private static List<Action> actions(String articleId, int paragraphs) {
    List<Action> actions = new ArrayList<>();
    for (int n = 0; n < paragraphs; n++) {
      JsonNode source = JSON.createObjectNode().put("id", articleId + ":" + n).put("text", "paragraph " + n);
      actions.add(BulkRequests.index("corpus-v1", new ParagraphSource(articleId + ":" + n, articleId, (ObjectNode) source)));
    }
    return actions;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
