package corpussearch.api.app;

import corpussearch.api.config.ApiConfig;
import corpussearch.api.index.IndexUnavailableException;
import corpussearch.indexer.LuceneLogging;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code search-api} command: serves an index over HTTP until stopped. Every option can also
 * be set with the environment variable named in its help. Exit codes: 1 when the service cannot
 * start (with a message), 2 for bad arguments.
 */
@Command(name = "search-api", mixinStandardHelpOptions = true, version = "corpus-search search-api 0.1.0",
    description = "Serves the corpus-search JSON API and web page over an index built by index-builder.", sortOptions = false)
public final class SearchApiMain implements Callable<Integer> {

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "${env:CORPUS_INDEX:-data/index}",
      description = "Index folder. Default: ${DEFAULT-VALUE} (env CORPUS_INDEX).")
  Path index;

  @Option(names = "--host", defaultValue = "${env:CORPUS_HOST:-127.0.0.1}",
      description = "Address to bind. Default: ${DEFAULT-VALUE} (env CORPUS_HOST).")
  String host;

  @Option(names = "--port", defaultValue = "${env:CORPUS_PORT:-7070}",
      description = "Port (0 = any free port). Default: ${DEFAULT-VALUE} (env CORPUS_PORT).")
  int port;

  @Option(names = "--search-timeout-ms", defaultValue = "${env:CORPUS_SEARCH_TIMEOUT_MS:-1000}",
      description = "Longest one search may run, in ms. Default: ${DEFAULT-VALUE} (env CORPUS_SEARCH_TIMEOUT_MS).")
  long searchTimeoutMs;

  @Option(names = "--refresh-ms", defaultValue = "${env:CORPUS_REFRESH_MS:-500}",
      description = "How often to look for a new index version, in ms. Default: ${DEFAULT-VALUE} (env CORPUS_REFRESH_MS).")
  long refreshMs;

  @Option(names = "--cors-origins", defaultValue = "${env:CORPUS_CORS_ORIGINS:-*}",
      description = "Comma-separated origins allowed to call /api from browsers; * for any, 'none' for CORS off. Default: ${DEFAULT-VALUE} (env CORPUS_CORS_ORIGINS).")
  String corsOrigins;

  @Option(names = "--synonyms", defaultValue = "${env:CORPUS_SYNONYMS}",
      description = "Alias file (Solr synonym format) replacing the bundled one (env CORPUS_SYNONYMS).")
  Path synonyms;

  @Option(names = "--log-queries", defaultValue = "${env:CORPUS_LOG_QUERIES:-true}", arity = "1",
      description = "Whether query text appears in the request log; false for privacy. Default: ${DEFAULT-VALUE} (env CORPUS_LOG_QUERIES).")
  boolean logQueries;

  @Option(names = "--bench-routes", defaultValue = "${env:CORPUS_BENCH_ROUTES:-false}", arity = "0..1",
      description = "Serve GET /bench/constant (constant JSON, for benchmarks). Default: ${DEFAULT-VALUE} (env CORPUS_BENCH_ROUTES).")
  boolean benchRoutes;

  @Option(names = "--result-cache-mb", defaultValue = "${env:CORPUS_RESULT_CACHE_MB:-" + ApiConfig.DEFAULT_RESULT_CACHE_MB + "}",
      description = "Megabytes of whole results remembered per index version for repeated searches; 0 turns it off. Default: ${DEFAULT-VALUE} (env CORPUS_RESULT_CACHE_MB).")
  int resultCacheMb;

  @Option(names = "--metrics", negatable = true, defaultValue = "${env:CORPUS_METRICS:-true}", fallbackValue = "true",
      description = "Serve GET /metrics (Prometheus text format); --no-metrics turns it off. Default: ${DEFAULT-VALUE} (env CORPUS_METRICS).")
  boolean metrics;

  /** Starts the service and blocks until the JVM is stopped. */
  public static void main(String[] args) {
    LuceneLogging.quietVectorizationNotice();
    CommandLine commandLine = new CommandLine(new SearchApiMain());
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("search-api: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
      return 1;
    });
    int code = commandLine.execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    if (searchTimeoutMs <= 0 || refreshMs <= 0 || port < 0 || port > 65535 || resultCacheMb < 0 || resultCacheMb > 1 << 20) {
      throw new CommandLine.ParameterException(new CommandLine(this),
          "timeouts must be positive, the port between 0 and 65535 and the result cache between 0 and 1048576 MB");
    }
    ApiServer server;
    try {
      server = ApiServer.create(config());
    } catch (IndexUnavailableException e) {
      new PrintWriter(System.err, true).println("search-api: " + e.getMessage());
      return 1;
    }
    server.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (Exception ignored) {
        // shutting down anyway
      }
      stopped.countDown();
    }));
    stopped.await();
    return 0;
  }

  ApiConfig config() {
    List<String> origins = corsOrigins.isBlank() || corsOrigins.equalsIgnoreCase("none")
        ? List.of()
        : Arrays.stream(corsOrigins.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    return new ApiConfig(index, host, port, Duration.ofMillis(searchTimeoutMs), Duration.ofMillis(refreshMs), origins, synonyms, logQueries, benchRoutes, resultCacheMb,
        metrics);
  }
}
