package corpussearch.api.relevance;

import corpussearch.api.config.ApiConfig;
import corpussearch.api.search.Hit;
import corpussearch.api.search.SearchParams;
import corpussearch.api.search.SearchResult;
import corpussearch.api.search.SearchStack;
import corpussearch.indexer.analysis.Synonyms;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * corpus-search as {@code /api/search} runs it: the {@link SearchStack} the service wires, with
 * the bundled synonyms, queried through {@link SearchParams#parse} with {@code q} and {@code size}
 * only. Without a time limit: the figures measure the ranking, and a search cut short (the first
 * one of a cold JVM on a loaded machine, say) would measure the machine instead.
 */
public final class CorpusSearchRanker implements Ranker {

  private final SearchStack stack;

  private CorpusSearchRanker(SearchStack stack) {
    this.stack = stack;
  }

  /** Opens the index in {@code indexDir} with the service's default configuration. */
  public static CorpusSearchRanker open(Path indexDir) {
    ApiConfig config = ApiConfig.defaults(indexDir);
    return new CorpusSearchRanker(SearchStack.open(config.index(), Synonyms.bundled(), config.refreshInterval(), null,
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
