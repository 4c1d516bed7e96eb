package corpussearch.api.relevance;

import corpussearch.api.config.ApiConfig;
import corpussearch.api.highlight.ParagraphHighlighter;
import corpussearch.api.search.Hit;
import corpussearch.api.search.IndexViews;
import corpussearch.api.search.NoiseWords;
import corpussearch.api.search.QueryFactory;
import corpussearch.api.search.SearchParams;
import corpussearch.api.search.SearchResult;
import corpussearch.api.search.SearchService;
import corpussearch.api.suggest.SpellingHints;
import corpussearch.indexer.analysis.CorpusAnalyzer;
import corpussearch.indexer.analysis.Synonyms;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * corpus-search as {@code /api/search} runs it: the {@link SearchService} wired exactly as {@code
 * ApiServer.create} wires it (bundled synonyms, the shared analyzer for queries, noise words
 * analysed with the indexing chain, the default time limit), queried through {@link
 * SearchParams#parse} with {@code q} and {@code size} only.
 *
 * <p>The wiring is copied from {@code ApiServer.create} because no public factory exposes the
 * service on its own; if that wiring changes, change {@link #open} with it (or replace it with
 * such a factory once one exists).
 */
public final class CorpusSearchRanker implements Ranker {

  private final IndexViews views;
  private final SearchService search;

  private CorpusSearchRanker(IndexViews views, SearchService search) {
    this.views = views;
    this.search = search;
  }

  /** Opens the index in {@code indexDir} with the service's default configuration. */
  public static CorpusSearchRanker open(Path indexDir) {
    ApiConfig config = ApiConfig.defaults(indexDir);
    CorpusAnalyzer queryAnalyzer = CorpusAnalyzer.forQueries(Synonyms.bundled());
    IndexViews views = IndexViews.open(config.index(), config.refreshInterval());
    ParagraphHighlighter highlighter = new ParagraphHighlighter(queryAnalyzer);
    QueryFactory queries = new QueryFactory(queryAnalyzer, NoiseWords.analyzedWith(CorpusAnalyzer.forIndexing()));
    SearchService search = new SearchService(views, queries, highlighter, new SpellingHints(), config.searchTimeout());
    return new CorpusSearchRanker(views, search);
  }

  @Override
  public String name() {
    return "corpus-search";
  }

  @Override
  public List<String> top(String query, int k) throws IOException {
    SearchResult result = search.search(SearchParams.parse(Map.of("q", List.of(query), "size", List.of(Integer.toString(k)))));
    return result.hits().stream().map(Hit::text).toList();
  }

  @Override
  public void close() throws IOException {
    views.close();
  }
}
