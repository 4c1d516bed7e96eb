package corpussearch.api.service;

import corpussearch.api.cache.Caches;
import corpussearch.api.facets.FacetValue;
import corpussearch.api.request.SearchRequest;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the server needs of the index it serves, whichever engine holds it: the embedded Lucene
 * index ({@link LuceneBackend}) or an OpenSearch cluster. The JSON API, the web page and the
 * metrics use only this, so both backends answer through the same handlers and pages.
 */
public interface SearchBackend extends Closeable {

  /** One page of results for {@code request}. */
  SearchResult search(SearchRequest request) throws IOException;

  /** The article with all its paragraphs in order, marked for {@code q}; empty when no article has that id. */
  Optional<ArticleResult> article(String articleId, String q) throws IOException;

  /** Up to {@code size} completions of {@code prefix}, most frequent first. */
  List<String> suggest(String prefix, int size) throws IOException;

  /** The facet values of the whole index with their paragraph counts. */
  Map<String, List<FacetValue>> facets() throws IOException;

  /** The body of {@code /health}: the status, the index version served and its figures. */
  Map<String, Object> health() throws IOException;

  /** The figures {@code /metrics} reads at each scrape; never fails (an unreadable index is {@link IndexFigures#DOWN}). */
  IndexFigures figures();

  /** What each cache has done so far, by cache name; empty when the index cannot be read. */
  Map<String, Caches.Figures> cacheFigures();

  /** How many searches so far hit their time limit and answered with partial results. */
  long timedOutSearches();

  /** What is served, in a few words, for the start-up log line. */
  String description() throws IOException;

  /**
   * The index served, as numbers.
   *
   * @param version the index version (NaN when unreadable)
   * @param paragraphs paragraphs in it
   * @param articles articles in it
   * @param stale whether a newer version exists that cannot be served
   * @param up whether the index answers
   */
  record IndexFigures(double version, double paragraphs, double articles, boolean stale, boolean up) {

    /** An index that cannot be read. */
    public static final IndexFigures DOWN = new IndexFigures(Double.NaN, Double.NaN, Double.NaN, false, false);
  }
}
