package corpussearch.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import corpussearch.api.service.BackendUnavailableException;
import corpussearch.indexer.opensearch.Backoff;
import corpussearch.indexer.opensearch.ClusterAccess;
import corpussearch.indexer.opensearch.ClusterHttp;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The alias watch against a real HTTP server on this machine that answers the look-up as a
 * cluster would: with the index, with a failure while a node is lost or a manager elected, or
 * with "no such alias". Waits count the server's requests; the minute is a hang guard only.
 */
class AliasWatchTest {

  private static final Backoff FAST = new Backoff(Duration.ofMillis(1), Duration.ofMillis(2), 3);
  private static final Duration INTERVAL = Duration.ofMillis(10);

  private final AtomicReference<Answer> answer = new AtomicReference<>(named("corpus-v1"));
  private final AtomicInteger looks = new AtomicInteger();
  private HttpServer server;
  private Cluster cluster;

  private record Answer(int status, String body) {}

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      looks.incrementAndGet();
      Answer now = answer.get();
      byte[] body = now.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(now.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    URI node = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    cluster = new Cluster(new ClusterHttp(ClusterAccess.of(List.of(node)), FAST));
  }

  @AfterEach
  void stop() {
    cluster.close();
    server.stop(0);
  }

  @Test
  void aLookTheClusterCannotAnswerKeepsTheIndexSearchable() throws Exception {
    try (AliasWatch watch = AliasWatch.of(cluster, "corpus", INTERVAL, 0)) {
      for (Answer failing : List.of(new Answer(503, "{\"error\":\"cluster_manager_not_discovered_exception\"}"),
          new Answer(500, "{\"error\":\"node_disconnected_exception\"}"), new Answer(429, "{\"error\":\"too many requests\"}"))) {
        answerFromTheNextLook(failing);
        assertThat(watch.current().name()).as("after a look answered %s", failing.status()).isEqualTo("corpus-v1");
      }
      answerFromTheNextLook(named("corpus-v2"));
      assertThat(watch.current().name()).isEqualTo("corpus-v2");
    }
  }

  @Test
  void anAliasTheClusterSaysIsGoneFailsEverySearchUntilItIsBack() throws Exception {
    try (AliasWatch watch = AliasWatch.of(cluster, "corpus", INTERVAL, 0)) {
      answerFromTheNextLook(new Answer(404, "{\"error\":\"index_not_found_exception\"}"));
      assertThatThrownBy(watch::current).isInstanceOf(BackendUnavailableException.class).hasMessageContaining("no index or alias 'corpus'");
      answerFromTheNextLook(new Answer(200, "{\"corpus-v1\":{},\"corpus-v2\":{}}"));
      assertThatThrownBy(watch::current).isInstanceOf(BackendUnavailableException.class).hasMessageContaining("names 2 indices");
      answerFromTheNextLook(named("corpus-v3"));
      assertThat(watch.current().name()).isEqualTo("corpus-v3");
    }
  }

  /**
   * Answers {@code next} from now on and returns once a whole look has been made with it: looks
   * run one after another, each of at most {@code FAST.tries()} requests, so once that many twice
   * over have been made, and one more, a look that began after the change has ended.
   */
  private void answerFromTheNextLook(Answer next) throws InterruptedException {
    int before = looks.get();
    answer.set(next);
    long guard = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (looks.get() <= before + 2 * FAST.tries() && System.nanoTime() < guard) {
      Thread.sleep(INTERVAL.toMillis());
    }
    assertThat(looks.get()).as("requests the watch made").isGreaterThan(before + 2 * FAST.tries());
  }

  private static Answer named(String index) {
    return new Answer(200, "{\"" + index + "\":{\"settings\":{\"index\":{\"uuid\":\"u\"}}}}");
  }
}
