package corpussearch.api.search;

import com.github.benmanes.caffeine.cache.Cache;
import corpussearch.api.cache.Caches;
import corpussearch.api.index.IndexView;
import corpussearch.api.query.QueryPlan;
import java.io.IOException;

/**
 * The plans and rewritten queries of one index version, by query text. Planning a query
 * runs the analysis chain over it and rewriting expands typos and prefixes against the index,
 * which costs more than searching a small corpus; people repeat queries (paging, filters, the same
 * search from several users), so the result is remembered. Bounded, and dropped with its version,
 * since a rewritten query holds that version's terms.
 */
public final class QueryCache {

  static final int MAX_QUERIES = 1024;

  /** A query's plan, its queries rewritten, and whether a deadline cut their expansion short. */
  public record Rewritten(QueryPlan plan, SearchQuery query, boolean cutShort) {}

  private final Cache<String, Rewritten> queries = Caches.ofSize(MAX_QUERIES);

  /** The cache of {@code view}, created on first use. */
  public static QueryCache of(IndexView view) {
    return view.attachment(QueryCache.class, ignored -> new QueryCache());
  }

  /**
   * The plan and queries of {@code q}: the remembered ones, or else {@code rewrite}'s,
   * remembered unless cut short. Concurrent requests for the same missing query rewrite it once.
   */
  public Rewritten get(String q, Caches.Loader<Rewritten> rewrite) throws IOException {
    return Caches.get(queries, q, rewrite, rewritten -> !rewritten.cutShort()).value();
  }

  /** What this cache has done so far. */
  public Caches.Figures figures() {
    return Caches.Figures.of(queries);
  }
}
