package corpussearch.api;

import corpussearch.api.config.ApiConfig;
import corpussearch.api.app.ApiServer;
import corpussearch.api.reliability.RawHttp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real service on a free 127.0.0.1 port, in this JVM, over an index a test built in its temp
 * folder: the harness of every in-process HTTP test.
 *
 * <p>Unless a test asks otherwise its search time limit is {@link HangGuard#TIMEOUT}, not the 1 s
 * default: a search that runs over its limit answers with partial results, so on a busy machine
 * totals and rankings would depend on the machine's speed.
 */
public final class TestServer implements AutoCloseable {

  private final ApiServer server;
  private final int port;
  private final RawHttp http;
  private final AutoCloseable afterwards;

  /** Starts a service with {@code config} (give it port 0). */
  public TestServer(ApiConfig config) {
    this(config, () -> { });
  }

  private TestServer(ApiConfig config, AutoCloseable afterwards) {
    this.server = ApiServer.create(config);
    this.port = server.start();
    this.http = new RawHttp(port);
    this.afterwards = afterwards;
  }

  /** Serves {@code index} with {@link #config(Path)}. */
  public static TestServer over(Path index) {
    return new TestServer(config(index));
  }

  /**
   * Serves the shipped seeds, indexed under {@code temp}: embedded, or on the OpenSearch cluster
   * the suites were asked to run on ({@link OpenSearchUnderTest}).
   */
  public static TestServer seeds(Path temp) throws IOException {
    return serving(TestCorpora.SEEDS, temp, () -> { });
  }

  private static TestServer serving(Path corpus, Path temp, AutoCloseable afterwards) throws IOException {
    var cluster = OpenSearchUnderTest.chosen();
    if (cluster.isEmpty()) {
      return new TestServer(config(TestCorpora.index(corpus, temp.resolve("index"))), afterwards);
    }
    OpenSearchUnderTest.Built built = OpenSearchUnderTest.build(cluster.get(), corpus, temp);
    return new TestServer(built.config(), () -> {
      try (AutoCloseable first = afterwards) {
        built.delete().close();
      }
    });
  }

  /**
   * Serves the shipped seeds, indexed in a temp folder of its own that {@link #close()} deletes:
   * for jqwik properties, which have no {@code @TempDir}.
   */
  public static TestServer seedsInOwnTemp() throws IOException {
    Path temp = Files.createTempDirectory("seeds-server");
    return serving(TestCorpora.SEEDS, temp, () -> TestCorpora.delete(temp));
  }

  /**
   * Serves {@code corpus}, indexed under {@code temp}: embedded, or on the OpenSearch cluster the
   * suites were asked to run on ({@link OpenSearchUnderTest}).
   */
  public static TestServer corpus(Path corpus, Path temp) throws IOException {
    return serving(corpus, temp, () -> { });
  }

  /** Serves the fixture corpus (see {@link TestCorpora#FIXTURE_JSONL}), built under {@code temp}. */
  public static TestServer fixture(Path temp) throws IOException {
    return serving(TestCorpora.writeFixture(temp.resolve("corpus")), temp, () -> { });
  }

  /** The defaults on a free port, with the hang guard as the search time limit. */
  public static ApiConfig config(Path index) {
    return config(index, HangGuard.TIMEOUT);
  }

  /** The defaults on a free port, with {@code searchTimeout} as the search time limit. */
  public static ApiConfig config(Path index, Duration searchTimeout) {
    ApiConfig d = ApiConfig.defaults(index);
    return new ApiConfig(index, d.host(), 0, searchTimeout, d.refreshInterval(), d.corsOrigins(), d.synonyms(), d.logQueries(),
        d.benchRoutes(), d.resultCacheMb(), d.metrics());
  }

  /** The server itself (its routes, for one). */
  public ApiServer server() {
    return server;
  }

  /** The port it listens on, on 127.0.0.1. */
  public int port() {
    return port;
  }

  /** {@code http://127.0.0.1:PORT}. */
  public String base() {
    return "http://127.0.0.1:" + port;
  }

  /** A raw-socket client of this service. */
  public RawHttp http() {
    return http;
  }

  @Override
  public void close() throws IOException {
    server.close();
    try {
      afterwards.close();
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e);
    }
  }
}
