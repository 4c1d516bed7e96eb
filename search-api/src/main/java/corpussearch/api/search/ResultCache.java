package corpussearch.api.search;

import corpussearch.api.facets.FacetValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whole search results of one index version, by request, as Solr's {@code queryResultCache}
 * keeps them: people repeat searches (paging back, toggling a filter off again, the same search
 * from several analysts, a dashboard polling), and an index version never changes, so a repeated
 * request is answered without searching. Bounded by an estimate of the memory the results hold
 * (least recently used first out), and dropped with its version, so a rebuilt index is never
 * answered from old results.
 */
public final class ResultCache {

  /** What the cache of one version has done so far. */
  public record Stats(long entries, long hits, long misses) {}

  private static final int BYTES_PER_CHAR = 2;
  private static final int OVERHEAD_PER_OBJECT = 64;

  private final long maxBytes;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();
  private long bytes;
  private final LinkedHashMap<SearchRequest, Entry> results = new LinkedHashMap<>(64, 0.75f, true);

  private record Entry(SearchResult result, long bytes) {}

  /** @param maxBytes the most memory the kept results may take, about; 0 keeps none */
  ResultCache(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The result remembered for {@code request}, or null (counted as a miss). */
  SearchResult get(SearchRequest request) {
    Entry entry;
    synchronized (results) {
      entry = results.get(request);
    }
    (entry == null ? misses : hits).incrementAndGet();
    return entry == null ? null : entry.result();
  }

  /** Remembers {@code result} for {@code request}, unless it alone would exceed the bound. */
  void put(SearchRequest request, SearchResult result) {
    long size = sizeOf(result);
    if (size > maxBytes) {
      return;
    }
    synchronized (results) {
      Entry previous = results.put(request, new Entry(result, size));
      bytes += size - (previous == null ? 0 : previous.bytes());
      var eldest = results.entrySet().iterator();
      while (bytes > maxBytes && eldest.hasNext()) {
        bytes -= eldest.next().getValue().bytes();
        eldest.remove();
      }
    }
  }

  Stats stats() {
    synchronized (results) {
      return new Stats(results.size(), hits.get(), misses.get());
    }
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
