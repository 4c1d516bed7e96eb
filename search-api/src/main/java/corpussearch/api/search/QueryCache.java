package corpussearch.api.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parsed, analysed and rewritten queries of one index version, by query text. Analysing a
 * query runs the analysis chain per word and per field and expands typos against the index, which
 * costs more than searching a small corpus; people repeat queries (paging, filters, the same
 * search from several users), so the result is remembered. Bounded (least recently used first) and
 * dropped with its version, since a rewritten query holds that version's terms.
 */
final class QueryCache {

  /** Builds the queries of a text when they are not remembered. */
  @FunctionalInterface
  interface Builder {
    SearchQuery build() throws IOException;
  }

  static final int MAX_QUERIES = 1024;

  private final Map<String, SearchQuery> queries = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, SearchQuery> eldest) {
      return size() > MAX_QUERIES;
    }
  };

  /** The cache of {@code view}, created on first use. */
  static QueryCache of(IndexView view) {
    return view.attachment(QueryCache.class, ignored -> new QueryCache());
  }

  SearchQuery get(String q, Builder builder) throws IOException {
    synchronized (queries) {
      SearchQuery known = queries.get(q);
      if (known != null) {
        return known;
      }
    }
    SearchQuery built = builder.build();
    synchronized (queries) {
      queries.put(q, built);
    }
    return built;
  }
}
