package corpussearch.api.cluster;

import com.github.benmanes.caffeine.cache.Cache;
import corpussearch.api.cache.Caches;
import corpussearch.api.facets.FilterValues;
import corpussearch.api.opensearch.Vocabulary;
import corpussearch.api.query.QueryPlan;
import corpussearch.api.service.ResultCache;
import corpussearch.api.suggest.Completions;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One concrete index behind the alias, with everything remembered about it: whole results, query
 * plans, the word counts the renderer asked for, completions and filter values. Dropped with the index when
 * the alias moves, so nothing remembered of one version answers for another.
 */
final class IndexVersion {

  private static final int MAX_PROBES = 65_536;
  private static final int MAX_QUERIES = 1_024;

  private final String name;
  private final long number;
  private final ResultCache results;
  private final Instant openedAt = Instant.now();
  private final Cache<Vocabulary.Probe, Long> probes = Caches.ofSize(MAX_PROBES);
  private final Cache<String, QueryPlan> plans = Caches.ofSize(MAX_QUERIES);
  private final Cache<QueryPlan, Map<Vocabulary.Probe, Long>> planCounts = Caches.ofSize(MAX_QUERIES);
  private final AtomicReference<Completions> completions = new AtomicReference<>();
  private final AtomicReference<FilterValues> filterValues = new AtomicReference<>();

  /**
   * @param name the concrete index
   * @param number its version ({@code alias-vN}), or 0 when it is none
   * @param resultCacheBytes about how much memory its remembered results may take
   */
  IndexVersion(String name, long number, long resultCacheBytes) {
    this.name = name;
    this.number = number;
    this.results = new ResultCache(resultCacheBytes);
  }

  String name() {
    return name;
  }

  long number() {
    return number;
  }

  /** When the service first served it. */
  Instant openedAt() {
    return openedAt;
  }

  ResultCache results() {
    return results;
  }

  /** Plans of queries by their text, as the embedded search keeps its rewritten queries per version. */
  Cache<String, QueryPlan> plans() {
    return plans;
  }

  Cache<Vocabulary.Probe, Long> probes() {
    return probes;
  }

  /** Every word count a plan needs, once all of them are known. */
  Cache<QueryPlan, Map<Vocabulary.Probe, Long>> planCounts() {
    return planCounts;
  }

  /** Its completions, read once on first use. */
  Completions completions(Reader<Completions> read) throws IOException {
    return once(completions, read);
  }

  /** Its outlet and author values, read once on first use. */
  FilterValues filterValues(Reader<FilterValues> read) throws IOException {
    return once(filterValues, read);
  }

  private <T> T once(AtomicReference<T> value, Reader<T> read) throws IOException {
    T known = value.get();
    if (known == null) {
      synchronized (value) {
        if (value.get() == null) {
          value.set(read.read(name));
        }
        known = value.get();
      }
    }
    return known;
  }

  /** What its caches have done so far. */
  Map<String, Caches.Figures> cacheFigures() {
    Map<String, Caches.Figures> figures = new LinkedHashMap<>();
    figures.put("result", results.figures());
    figures.put("query", Caches.Figures.of(plans));
    // the counts of the words a plan expands to (typos, cuts, joined words): the embedded search's typo expansions
    figures.put("typo", Caches.Figures.of(probes));
    return figures;
  }

  /** Reads something of an index from the cluster. */
  @FunctionalInterface
  interface Reader<T> {
    T read(String index) throws IOException;
  }
}
