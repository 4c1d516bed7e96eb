package corpussearch.api.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.api.cache.Caches;
import corpussearch.api.config.ApiConfig;
import corpussearch.api.facets.FacetValue;
import corpussearch.api.request.SearchRequest;
import corpussearch.api.search.QueryPlanner;
import corpussearch.api.service.ArticleResult;
import corpussearch.api.service.BackendUnavailableException;
import corpussearch.api.service.SearchBackend;
import corpussearch.api.service.SearchResult;
import corpussearch.api.opensearch.SearchDsl;
import corpussearch.indexer.index.IndexSchema;
import corpussearch.indexer.opensearch.Backoff;
import corpussearch.indexer.opensearch.ClusterAccess;
import corpussearch.indexer.opensearch.ClusterHttp;
import corpussearch.indexer.opensearch.OpenSearchException;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The OpenSearch backend: searches, articles, completions, facets and health over the alias
 * index-builder {@code --target opensearch} writes, with the embedded search's parser, planner and
 * rules, rendered into OpenSearch's query DSL.
 */
public final class OpenSearchBackend implements SearchBackend {

  /** The first pause before a busy cluster, or one with shards failing, is asked again. */
  private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
  /** The longest pause between two tries: a promoted replica answers within about a second of its start. */
  private static final Duration LONGEST_PAUSE = Duration.ofSeconds(1);
  /**
   * How long a node may take to answer one request, in search time limits, unless configured: a
   * search carries its time limit to the cluster, so a node that is silent three times as long is
   * taken for hung and the request goes to another.
   */
  private static final int NODE_WAIT_LIMITS = 3;
  /** The shortest wait for a node's answer: below it, a busy but healthy node would be taken for hung. */
  private static final Duration LEAST_NODE_WAIT = Duration.ofSeconds(5);
  /** How long the figures /metrics reads are kept: a scrape reads five of them. */
  private static final long FIGURES_NANOS = Duration.ofSeconds(1).toNanos();

  private final Cluster cluster;
  private final AliasWatch alias;
  private final ClusterSearch search;
  private final ClusterArticles articles;
  private volatile Timed figures = new Timed(IndexFigures.DOWN, 0);

  private record Timed(IndexFigures figures, long at) {}

  private OpenSearchBackend(Cluster cluster, AliasWatch alias, ClusterSearch search) {
    this.cluster = cluster;
    this.alias = alias;
    this.search = search;
    this.articles = new ClusterArticles(alias, search);
  }

  /**
   * Connects to the cluster and finds the index behind the alias.
   *
   * @throws BackendUnavailableException when a file cannot be read, no node answers or the alias is missing
   */
  public static OpenSearchBackend open(ApiConfig.OpenSearch where, SynonymMap synonyms, Duration timeout, Duration refresh,
      long resultCacheBytes) throws BackendUnavailableException {
    Duration nodeWait = where.nodeWait() != null ? where.nodeWait() : timeout.multipliedBy(NODE_WAIT_LIMITS).compareTo(LEAST_NODE_WAIT) > 0
        ? timeout.multipliedBy(NODE_WAIT_LIMITS) : LEAST_NODE_WAIT;
    Cluster cluster;
    try {
      String password = where.passwordFile() == null ? null : ClusterAccess.readPassword(where.passwordFile());
      ClusterAccess access = new ClusterAccess(where.nodes(), where.user(), password, where.caFile(), nodeWait);
      // a lost node's shards fail until their replicas are promoted: ask again as long as one node may take to answer
      cluster = new Cluster(new ClusterHttp(access, Backoff.within(FIRST_PAUSE, LONGEST_PAUSE, nodeWait)));
    } catch (OpenSearchException | IllegalArgumentException e) {
      throw new BackendUnavailableException(e.getMessage(), e);
    }
    try {
      AliasWatch alias = AliasWatch.of(cluster, where.index(), refresh, resultCacheBytes);
      QueryPlanner planner = new QueryPlanner(CorpusAnalyzer.forQueries(synonyms), CorpusAnalyzer.forQueryWords());
      return new OpenSearchBackend(cluster, alias, new ClusterSearch(cluster, alias, planner, timeout, where.exactArticles()));
    } catch (BackendUnavailableException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    return search.search(request);
  }

  @Override
  public Optional<ArticleResult> article(String articleId, String q) throws IOException {
    return articles.article(articleId, q);
  }

  @Override
  public List<String> suggest(String prefix, int size) throws IOException {
    return alias.current().completions(index -> OpenSearchTerms.completions(cluster, index)).complete(prefix, size);
  }

  @Override
  public Map<String, List<FacetValue>> facets() throws IOException {
    SearchRequest all = new SearchRequest("", List.of(), List.of(), List.of(), null, null, SearchRequest.SortOrder.RELEVANCE, 1, 1,
        false, true, false);
    return search.search(all).facets();
  }

  @Override
  public Map<String, Object> health() throws IOException {
    JsonNode state = cluster.send("GET", "/_cluster/health", null);
    IndexVersion version = alias.current();
    IndexFigures counted = count(version);
    String status = state.path("status").asText("unknown");
    Map<String, Object> clusterPart = new LinkedHashMap<>();
    clusterPart.put("name", state.path("cluster_name").asText());
    clusterPart.put("status", status);
    clusterPart.put("nodes", state.path("number_of_nodes").asInt());
    clusterPart.put("activeShardsPercent", state.path("active_shards_percent_as_number").asDouble());
    Map<String, Object> index = new LinkedHashMap<>();
    index.put("alias", alias.alias());
    index.put("name", version.name());
    index.put("version", version.number());
    index.put("stale", false);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "red".equals(status) ? "degraded" : "ok");
    body.put("backend", "opensearch");
    body.put("cluster", clusterPart);
    body.put("index", index);
    body.put("articles", (long) counted.articles());
    body.put("paragraphs", (long) counted.paragraphs());
    body.put("indexVersion", version.number());
    body.put("committedAt", null);
    body.put("openedAt", version.openedAt().toString());
    body.put("resultCache", version.results().stats());
    body.put("caches", caches(version));
    return body;
  }

  /** Paragraphs and distinct articles of {@code version}. */
  private IndexFigures count(IndexVersion version) throws IOException {
    ObjectNode body = Cluster.JSON.createObjectNode().put("size", 0).put("track_total_hits", true);
    body.putObject("aggs").putObject("articles").putObject("cardinality").put("field", IndexSchema.ARTICLE_ID)
        .put("precision_threshold", SearchDsl.EXACT_ARTICLES);
    JsonNode answer = search.search(version, "", body);
    return new IndexFigures(version.number(), answer.path("hits").path("total").path("value").asDouble(),
        answer.path("aggregations").path("articles").path("value").asDouble(), false, true);
  }

  @Override
  public IndexFigures figures() {
    Timed known = figures;
    if (System.nanoTime() - known.at() < FIGURES_NANOS && known.at() != 0) {
      return known.figures();
    }
    IndexFigures read;
    try {
      read = count(alias.current());
    } catch (IOException e) {
      read = IndexFigures.DOWN;
    }
    figures = new Timed(read, System.nanoTime());
    return read;
  }

  @Override
  public Map<String, Caches.Figures> cacheFigures() {
    try {
      return caches(alias.current());
    } catch (IOException e) {
      return Map.of();
    }
  }

  private Map<String, Caches.Figures> caches(IndexVersion version) {
    Map<String, Caches.Figures> figures = new LinkedHashMap<>(version.cacheFigures());
    figures.put("spelling", search.spellingFigures());
    return figures;
  }

  @Override
  public long timedOutSearches() {
    return search.timedOutSearches();
  }

  @Override
  public String description() throws IOException {
    IndexVersion version = alias.current();
    return "OpenSearch " + cluster.nodes() + " alias '" + alias.alias() + "' -> " + version.name();
  }

  @Override
  public void close() {
    alias.close();
    cluster.close();
  }
}
