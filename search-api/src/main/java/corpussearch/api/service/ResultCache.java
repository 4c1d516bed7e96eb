package corpussearch.api.service;

import com.github.benmanes.caffeine.cache.Cache;
import corpussearch.api.cache.Caches;
import corpussearch.api.facets.FacetValue;
import corpussearch.api.request.SearchRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Whole search results of one index version, by request, as Solr's {@code queryResultCache}
 * keeps them: people repeat searches (paging back, toggling a filter off again, the same search
 * from several analysts, a dashboard polling), and an index version never changes, so a repeated
 * request is answered without searching. Bounded by an estimate of the memory the results hold
 * (a weight bound: rarely used results leave first), and dropped with its version, so a rebuilt
 * index is never answered from old results.
 */
public final class ResultCache {

  /** What the cache of one version has done so far. */
  public record Stats(long entries, long hits, long misses) {}

  private static final int BYTES_PER_CHAR = 2;
  private static final int OVERHEAD_PER_OBJECT = 64;

  private final Cache<SearchRequest, SearchResult> results;

  /** @param maxBytes the most memory the kept results may take, about; 0 keeps none */
  public ResultCache(long maxBytes) {
    this.results = Caches.ofWeight(maxBytes, result -> (int) Math.min(Integer.MAX_VALUE, sizeOf(result)));
  }

  /**
   * The result of {@code request}: the remembered one, or else {@code search}'s, which is
   * remembered unless it timed out. Concurrent requests for the same missing result search once.
   */
  public Caches.Loaded<SearchResult> get(SearchRequest request, Caches.Loader<SearchResult> search) throws IOException {
    return Caches.get(results, request, search, result -> !result.timedOut());
  }

  public Stats stats() {
    Caches.Figures figures = figures();
    return new Stats(figures.size(), figures.hits(), figures.misses());
  }

  public Caches.Figures figures() {
    return Caches.Figures.of(results);
  }

  /** About how much memory {@code result} holds: its strings, and a fixed cost per object. */
  static long sizeOf(SearchResult result) {
    long chars = length(result.query()) + length(result.suggestion());
    long objects = 4;
    for (Hit hit : result.hits()) {
      chars += length(hit.id()) + length(hit.articleId()) + length(hit.title()) + length(hit.author())
          + length(hit.outlet()) + length(hit.date()) + length(hit.section()) + length(hit.text())
          + length(hit.highlight());
      objects += 10;
    }
    Map<String, List<FacetValue>> facets = result.facets() == null ? Map.of() : result.facets();
    for (Map.Entry<String, List<FacetValue>> dimension : facets.entrySet()) {
      for (FacetValue value : dimension.getValue()) {
        chars += length(value.value());
        objects += 2;
      }
    }
    return chars * BYTES_PER_CHAR + objects * OVERHEAD_PER_OBJECT;
  }

  private static long length(String value) {
    return value == null ? 0 : value.length();
  }
}
