package corpussearch.api.service;

import corpussearch.api.facets.FacetValue;
import corpussearch.api.facets.FilterHint;
import java.util.List;
import java.util.Map;

/**
 * One page of search results; the JSON field names of {@code /api/search} are these component
 * names.
 *
 * @param query the query as received
 * @param total paragraphs matched
 * @param totalRelation {@code eq}: {@code total} is exact
 * @param totalArticles articles with at least one matching paragraph
 * @param totalArticlesRelation {@code eq}: {@code totalArticles} is exact; {@code approx}: it is an
 *     estimate (OpenSearch counts distinct articles exactly only up to a threshold, 40,000 at most)
 * @param page 1-based page
 * @param size page size
 * @param tookMs time spent searching, in milliseconds
 * @param timedOut whether the search hit its time limit and the results are partial
 * @param hits the page's hits
 * @param facets multi-select counts by outlet, author and year; null when the request asked for none
 * @param suggestion a spelling suggestion when nothing matched, or null
 * @param filterHints outlet and author filter values that name no known value (they match
 *     nothing), each with the nearest known values; empty when every value is known
 */
public record SearchResult(
    String query,
    long total,
    String totalRelation,
    long totalArticles,
    String totalArticlesRelation,
    int page,
    int size,
    double tookMs,
    boolean timedOut,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    String suggestion,
    List<FilterHint> filterHints) {

  public SearchResult {
    filterHints = List.copyOf(filterHints);
  }

  /** The same result, reported as taking {@code millis}. */
  public SearchResult withTookMs(double millis) {
    return new SearchResult(query, total, totalRelation, totalArticles, totalArticlesRelation, page, size, millis, timedOut, hits, facets,
        suggestion, filterHints);
  }
}
