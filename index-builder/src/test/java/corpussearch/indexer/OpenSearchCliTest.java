package corpussearch.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The command line's {@code --target opensearch}: its flags, and what a user sees when the cluster fails. */
class OpenSearchCliTest {

  static final String SEEDS = Path.of("..", "seeds").toString();

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = IndexBuilderCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void anUnreachableClusterExitsOneWithOneLine() throws IOException {
    String url = "http://127.0.0.1:" + freePort();
    Run run = run("--corpus", SEEDS, "--target", "opensearch", "--opensearch-url", url);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("index-builder: OpenSearch is unreachable: " + url + " (connection refused)" + System.lineSeparator());
    assertThat(run.out()).isEmpty();
  }

  /** A cluster that answers but refuses (here as a cluster with security would, without credentials). */
  @Test
  void aRefusingClusterExitsOneWithItsReason() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = "{\"error\": \"missing authentication credentials\"}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(401, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort();
      Run run = run("--corpus", SEEDS, "--target", "opensearch", "--opensearch-url", url);
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).startsWith("index-builder: OpenSearch (" + url + ") refused GET /: HTTP 401")
          .contains("missing authentication credentials").doesNotContain("Exception").doesNotContain("\tat ");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void flagsOfTheWrongTargetOrBadValuesExitTwo() {
    List<List<String>> bad = List.of(
        List.of("--shards", "2"),
        List.of("--opensearch-url", "http://127.0.0.1:9200"),
        List.of("--target", "opensearch"),
        List.of("--target", "opensearch", "--opensearch-url", "http://127.0.0.1:9200", "--index", "data/index"),
        List.of("--target", "opensearch", "--opensearch-url", "ftp://127.0.0.1:9200"),
        List.of("--target", "opensearch", "--opensearch-url", "http://127.0.0.1:9200/some/path"),
        List.of("--target", "opensearch", "--opensearch-url", "http://127.0.0.1:9200", "--opensearch-analysis", "custom"),
        List.of("--target", "opensearch", "--opensearch-url", "http://127.0.0.1:9200", "--opensearch-index", "Corpus"),
        List.of("--target", "opensearch", "--opensearch-url", "http://127.0.0.1:9200", "--shards", "0"),
        List.of("--target", "opensearch", "--opensearch-url", "http://127.0.0.1:9200", "--replicas", "-1"),
        List.of("--target", "solr"));
    for (List<String> flags : bad) {
      String[] args = Stream.concat(Stream.of("--corpus", SEEDS), flags.stream()).toArray(String[]::new);
      Run run = run(args);
      assertThat(run.exitCode()).as("%s: %s", flags, run.err()).isEqualTo(2);
      assertThat(run.err()).as("%s", flags).contains("Usage: index-builder");
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
