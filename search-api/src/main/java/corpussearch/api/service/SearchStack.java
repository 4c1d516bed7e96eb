package corpussearch.api.service;

import corpussearch.api.highlight.ParagraphHighlighter;
import corpussearch.api.index.IndexViews;
import corpussearch.api.search.QueryPlanner;
import corpussearch.api.search.StemmedTypos;
import corpussearch.api.suggest.SpellingHints;
import corpussearch.analysis.CorpusAnalyzer;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The search layer wired together over one index folder: what the HTTP service serves, and what
 * tools such as the relevance evaluation call directly, so both rank exactly alike.
 *
 * @param views the served index versions
 * @param search paragraph search
 * @param articles the article view
 */
public record SearchStack(IndexViews views, SearchService search, ArticleService articles) implements Closeable {

  /**
   * Opens the index in {@code index} and wires the search layer.
   *
   * @param synonyms the query-time alias list
   * @param refreshInterval how often to look for a new index version
   * @param timeout the longest one request may run (none when null)
   * @param resultCacheBytes about how much memory remembered results may take per index version
   */
  public static SearchStack open(Path index, SynonymMap synonyms, Duration refreshInterval, Duration timeout, long resultCacheBytes) {
    CorpusAnalyzer indexAnalyzer = CorpusAnalyzer.forIndexing();
    IndexViews views = IndexViews.open(index, refreshInterval);
    // The highlighter re-analyses stored text, which was indexed without query-time synonyms.
    ParagraphHighlighter highlighter = new ParagraphHighlighter(indexAnalyzer);
    QueryPlanner planner = new QueryPlanner(CorpusAnalyzer.forQueries(synonyms), CorpusAnalyzer.forQueryWords());
    SearchService search = new SearchService(views, planner, highlighter, new SpellingHints(StemmedTypos.shared()), timeout, resultCacheBytes);
    return new SearchStack(views, search, new ArticleService(views, search, highlighter, timeout));
  }

  @Override
  public void close() throws IOException {
    views.close();
  }
}
