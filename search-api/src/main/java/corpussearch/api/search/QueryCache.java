package corpussearch.api.search;

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

  /** The queries remembered for {@code q}, or null. */
  SearchQuery get(String q) {
    synchronized (queries) {
      return queries.get(q);
    }
  }

  /** Remembers the queries of {@code q}, which must be complete (not cut short by a time limit). */
  void put(String q, SearchQuery query) {
    synchronized (queries) {
      queries.put(q, query);
    }
  }
}
