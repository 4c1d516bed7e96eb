package corpussearch.api.relevance;

import corpussearch.api.config.ApiConfig;
import corpussearch.api.service.Hit;
import corpussearch.api.request.SearchParams;
import corpussearch.api.service.LuceneBackend;
import corpussearch.api.service.SearchBackend;
import corpussearch.api.service.SearchResult;
import corpussearch.api.service.SearchStack;
import corpussearch.analysis.Synonyms;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * corpus-search as {@code /api/search} runs it: a {@link SearchBackend} as the service wires it,
 * with the bundled synonyms, queried through {@link SearchParams#parse} with {@code q} and {@code
 * size} only. The embedded backend's time limit is {@link #TIME_LIMIT} rather than the service's
 * default: the figures measure ranking, and a busy machine cutting a search short must not change
 * them.
 */
public final class CorpusSearchRanker implements Ranker {

  /** A search's time limit here: a hang guard only. */
  static final Duration TIME_LIMIT = Duration.ofMinutes(1);

  private final String name;
  private final SearchBackend backend;

  private CorpusSearchRanker(String name, SearchBackend backend) {
    this.name = name;
    this.backend = backend;
  }

  /** Opens the index in {@code indexDir} with the service's default configuration. */
  public static CorpusSearchRanker open(Path indexDir) {
    ApiConfig config = ApiConfig.defaults(indexDir);
    SearchStack stack = SearchStack.open(config.index(), Synonyms.bundled(), config.refreshInterval(), TIME_LIMIT, config.resultCacheBytes());
    return new CorpusSearchRanker("corpus-search", new LuceneBackend(indexDir, stack, TIME_LIMIT));
  }

  /** corpus-search over another backend (an OpenSearch cluster's), named {@code name} in tables; closing the ranker closes it. */
  public static CorpusSearchRanker over(String name, SearchBackend backend) {
    return new CorpusSearchRanker(name, backend);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> top(String query, int k) throws IOException {
    SearchResult result = backend.search(SearchParams.parse(Map.of("q", List.of(query), "size", List.of(Integer.toString(k)))));
    return result.hits().stream().map(Hit::text).toList();
  }

  @Override
  public void close() throws IOException {
    backend.close();
  }
}
