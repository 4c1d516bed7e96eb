package corpussearch.api.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The service's whole configuration, read once at start-up (flags, then environment variables,
 * then defaults; see {@code SearchApiMain}) and passed to whatever needs it.
 *
 * @param index the index folder written by index-builder
 * @param host the address to bind (127.0.0.1 unless told otherwise)
 * @param port the port to listen on (0 picks a free one)
 * @param searchTimeout the longest one search may run
 * @param refreshInterval how often to look for a newly committed index version
 * @param corsOrigins origins allowed to call the API from a browser ({@code *} for any); empty
 *     turns CORS off
 * @param synonyms an alias file replacing the bundled one, or null
 * @param logQueries whether query text may appear in the request log
 * @param benchRoutes whether to serve {@code GET /bench/constant}, a constant JSON answer used by
 *     bench/run.sh to measure the HTTP stack's own ceiling (off by default)
 * @param resultCacheMb about how many megabytes of whole search results each index version may
 *     remember for repeated requests (0 turns the result cache off)
 * @param metrics whether to serve {@code GET /metrics} (Prometheus text format) and count requests
 *     for it
 * @param backend the engine holding the index: the embedded Lucene folder {@code index}, or the
 *     OpenSearch cluster {@code opensearch}
 * @param opensearch where the OpenSearch backend finds its cluster; null with the Lucene backend
 */
public record ApiConfig(
    Path index,
    String host,
    int port,
    Duration searchTimeout,
    Duration refreshInterval,
    List<String> corsOrigins,
    Path synonyms,
    boolean logQueries,
    boolean benchRoutes,
    int resultCacheMb,
    boolean metrics,
    Backend backend,
    OpenSearch opensearch) {

  /** The engines the service can search. */
  public enum Backend {
    /** The Lucene index folder written by index-builder, searched in this process. */
    LUCENE,
    /** The alias written by index-builder {@code --target opensearch} on an OpenSearch cluster. */
    OPENSEARCH
  }

  /**
   * Where the OpenSearch backend finds its index.
   *
   * @param nodes the HTTP addresses of one or more nodes
   * @param index the alias (or index) searched
   * @param user the user of a cluster with the security plugin, or null
   * @param passwordFile a file holding that user's password (its first line), or null
   * @param caFile a PEM file of the certificate authorities to trust for https nodes, or null
   * @param exactArticles up to how many distinct articles a search counts them exactly (the
   *     {@code precision_threshold} of OpenSearch's {@code cardinality} aggregation, from 1 to
   *     {@value #MOST_EXACT_ARTICLES}); above, {@code totalArticles} is an estimate. A lower one
   *     takes less of the cluster's memory per search.
   * @param nodeWait how long a node may be silent before it is taken for hung and the request goes
   *     to another node; null for three search time limits, at least 5 s
   */
  public record OpenSearch(List<URI> nodes, String index, String user, Path passwordFile, Path caFile, int exactArticles,
      Duration nodeWait) {

    /** The alias index-builder writes unless told otherwise. */
    public static final String DEFAULT_INDEX = "corpus";
    /** OpenSearch's highest precision threshold, and the default. */
    public static final int MOST_EXACT_ARTICLES = 40_000;

    public OpenSearch {
      nodes = List.copyOf(nodes);
      if (exactArticles < 1 || exactArticles > MOST_EXACT_ARTICLES) {
        throw new IllegalArgumentException("the exact article count's threshold is from 1 to " + MOST_EXACT_ARTICLES + ", not " + exactArticles);
      }
      if (nodeWait != null && (nodeWait.isNegative() || nodeWait.isZero())) {
        throw new IllegalArgumentException("the wait for a node must be positive");
      }
    }

    /** Where the index is, its article counts exact up to {@link #MOST_EXACT_ARTICLES}. */
    public OpenSearch(List<URI> nodes, String index, String user, Path passwordFile, Path caFile) {
      this(nodes, index, user, passwordFile, caFile, MOST_EXACT_ARTICLES, null);
    }

    /** A copy counting articles exactly up to {@code exactArticles}. */
    public OpenSearch withExactArticles(int exactArticles) {
      return new OpenSearch(nodes, index, user, passwordFile, caFile, exactArticles, nodeWait);
    }

    /** A copy waiting {@code nodeWait} for a node before it goes to another. */
    public OpenSearch withNodeWait(Duration nodeWait) {
      return new OpenSearch(nodes, index, user, passwordFile, caFile, exactArticles, nodeWait);
    }
  }

  public ApiConfig {
    corsOrigins = List.copyOf(corsOrigins);
    if (backend == Backend.OPENSEARCH && opensearch == null) {
      throw new IllegalArgumentException("the OpenSearch backend needs the cluster's address");
    }
  }

  /** A configuration of the Lucene backend over {@code index}. */
  public ApiConfig(Path index, String host, int port, Duration searchTimeout, Duration refreshInterval, List<String> corsOrigins,
      Path synonyms, boolean logQueries, boolean benchRoutes, int resultCacheMb, boolean metrics) {
    this(index, host, port, searchTimeout, refreshInterval, corsOrigins, synonyms, logQueries, benchRoutes, resultCacheMb, metrics,
        Backend.LUCENE, null);
  }

  /** {@link #resultCacheMb} in bytes. */
  public long resultCacheBytes() {
    return resultCacheMb * 1024L * 1024L;
  }

  /** Megabytes of results remembered per index version unless told otherwise. */
  public static final int DEFAULT_RESULT_CACHE_MB = 64;

  /** Defaults for an index folder: loopback, port 7070, 1 s time limit, any CORS origin, metrics on. */
  public static ApiConfig defaults(Path index) {
    return new ApiConfig(index, "127.0.0.1", 7070, Duration.ofSeconds(1), Duration.ofMillis(500), List.of("*"), null, true, false, DEFAULT_RESULT_CACHE_MB, true);
  }

  /** A copy listening on {@code port}. */
  public ApiConfig withPort(int port) {
    return new ApiConfig(index, host, port, searchTimeout, refreshInterval, corsOrigins, synonyms, logQueries, benchRoutes, resultCacheMb, metrics,
        backend, opensearch);
  }

  /** A copy serving the OpenSearch index {@code opensearch} names. */
  public ApiConfig withOpenSearch(OpenSearch opensearch) {
    return new ApiConfig(index, host, port, searchTimeout, refreshInterval, corsOrigins, synonyms, logQueries, benchRoutes, resultCacheMb, metrics,
        Backend.OPENSEARCH, opensearch);
  }
}
