package corpussearch.api.relevance;

import corpussearch.api.config.ApiConfig;
import corpussearch.api.service.Hit;
import corpussearch.api.request.SearchParams;
import corpussearch.api.service.SearchResult;
import corpussearch.api.service.SearchStack;
import corpussearch.analysis.Synonyms;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * corpus-search as {@code /api/search} runs it: the {@link SearchStack} the service wires, with
 * the bundled synonyms, queried through {@link SearchParams#parse} with {@code q} and {@code size}
 * only. The time limit is {@link #TIME_LIMIT} rather than the service's default: the figures
 * measure ranking, and a busy machine cutting a search short must not change them.
 */
public final class CorpusSearchRanker implements Ranker {

  /** A search's time limit here: a hang guard only. */
  static final Duration TIME_LIMIT = Duration.ofMinutes(1);

  private final SearchStack stack;

  private CorpusSearchRanker(SearchStack stack) {
    this.stack = stack;
  }

  /** Opens the index in {@code indexDir} with the service's default configuration. */
  public static CorpusSearchRanker open(Path indexDir) {
    ApiConfig config = ApiConfig.defaults(indexDir);
    return new CorpusSearchRanker(SearchStack.open(config.index(), Synonyms.bundled(), config.refreshInterval(), TIME_LIMIT,
        config.resultCacheBytes()));
  }

  @Override
  public String name() {
    return "corpus-search";
  }

  @Override
  public List<String> top(String query, int k) throws IOException {
    SearchResult result = stack.search().search(SearchParams.parse(Map.of("q", List.of(query), "size", List.of(Integer.toString(k)))));
    return result.hits().stream().map(Hit::text).toList();
  }

  @Override
  public void close() throws IOException {
    stack.close();
  }
}
