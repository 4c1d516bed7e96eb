package corpussearch.api.app;

import corpussearch.api.config.ApiConfig;
import corpussearch.api.index.IndexUnavailableException;
import corpussearch.indexer.LuceneLogging;
import corpussearch.indexer.opensearch.AnalysisForm;
import corpussearch.indexer.opensearch.OpenSearchTarget;
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

  @Option(names = "--backend", defaultValue = "${env:CORPUS_BACKEND:-lucene}",
      description = "What holds the index: lucene (the --index folder) or opensearch (the --opensearch-* cluster). Default: ${DEFAULT-VALUE} (env CORPUS_BACKEND).")
  String backend;

  @Option(names = "--opensearch-url", paramLabel = "URL[,URL...]", defaultValue = "${env:CORPUS_OPENSEARCH_URL}",
      description = "HTTP addresses of one or more OpenSearch nodes, comma-separated (env CORPUS_OPENSEARCH_URL).")
  String opensearchUrl;

  @Option(names = "--opensearch-index", defaultValue = "${env:CORPUS_OPENSEARCH_INDEX:-" + ApiConfig.OpenSearch.DEFAULT_INDEX + "}",
      description = "The alias index-builder --target opensearch writes. Default: ${DEFAULT-VALUE} (env CORPUS_OPENSEARCH_INDEX).")
  String opensearchIndex;

  @Option(names = "--opensearch-user", defaultValue = "${env:CORPUS_OPENSEARCH_USER}",
      description = "User of a cluster with the security plugin (env CORPUS_OPENSEARCH_USER).")
  String opensearchUser;

  @Option(names = "--opensearch-password-file", defaultValue = "${env:CORPUS_OPENSEARCH_PASSWORD_FILE}",
      description = "File whose first line is that user's password (env CORPUS_OPENSEARCH_PASSWORD_FILE).")
  Path opensearchPasswordFile;

  @Option(names = "--opensearch-ca-file", defaultValue = "${env:CORPUS_OPENSEARCH_CA_FILE}",
      description = "PEM file of the certificate authorities to trust for https nodes (env CORPUS_OPENSEARCH_CA_FILE).")
  Path opensearchCaFile;

  @Option(names = "--opensearch-exact-articles", paramLabel = "N",
      defaultValue = "${env:CORPUS_OPENSEARCH_EXACT_ARTICLES:-" + ApiConfig.OpenSearch.MOST_EXACT_ARTICLES + "}",
      description = "Up to how many distinct articles a search counts them exactly (1 to " + ApiConfig.OpenSearch.MOST_EXACT_ARTICLES
          + "; above, totalArticles is OpenSearch's estimate and totalArticlesRelation approx). Default: ${DEFAULT-VALUE}"
          + " (env CORPUS_OPENSEARCH_EXACT_ARTICLES).")
  int opensearchExactArticles;

  @Option(names = "--opensearch-node-wait-ms", paramLabel = "MS", defaultValue = "${env:CORPUS_OPENSEARCH_NODE_WAIT_MS}",
      description = "How long a node may be silent before it is taken for hung and a search goes to another node, in ms."
          + " Default: three times --search-timeout-ms, at least 5000 (env CORPUS_OPENSEARCH_NODE_WAIT_MS).")
  Long opensearchNodeWaitMs;

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
    ApiConfig config = config();
    ApiServer server;
    try {
      server = ApiServer.create(config);
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
    ApiConfig config = new ApiConfig(index, host, port, Duration.ofMillis(searchTimeoutMs), Duration.ofMillis(refreshMs), origins, synonyms,
        logQueries, benchRoutes, resultCacheMb, metrics);
    return switch (backend.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "lucene" -> config;
      case "opensearch" -> config.withOpenSearch(openSearch());
      default -> throw badArgument("--backend is lucene or opensearch, not '" + backend + "'");
    };
  }

  private ApiConfig.OpenSearch openSearch() {
    if (opensearchUrl == null || opensearchUrl.isBlank()) {
      throw badArgument("--backend opensearch needs --opensearch-url (env CORPUS_OPENSEARCH_URL)");
    }
    if ((opensearchUser == null) != (opensearchPasswordFile == null)) {
      throw badArgument("--opensearch-user and --opensearch-password-file go together");
    }
    try {
      List<java.net.URI> nodes = OpenSearchTarget.parseNodes(opensearchUrl);
      // the builder's checks of addresses and alias names, without its build settings
      new OpenSearchTarget(nodes, opensearchIndex, 1, 0, AnalysisForm.BUILT_IN);
      return new ApiConfig.OpenSearch(nodes, opensearchIndex, opensearchUser, opensearchPasswordFile, opensearchCaFile, opensearchExactArticles,
          opensearchNodeWaitMs == null ? null : Duration.ofMillis(opensearchNodeWaitMs));
    } catch (IllegalArgumentException e) {
      throw badArgument(e.getMessage());
    }
  }

  private CommandLine.ParameterException badArgument(String message) {
    return new CommandLine.ParameterException(new CommandLine(this), message);
  }
}
