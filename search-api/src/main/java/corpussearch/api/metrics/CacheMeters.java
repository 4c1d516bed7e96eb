package corpussearch.api.metrics;

import corpussearch.api.cache.Caches;
import corpussearch.api.service.SearchBackend;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The caches' figures under the names Micrometer's {@code CaffeineCacheMetrics} uses
 * ({@code cache_gets_total{result="hit"|"miss"}}, {@code cache_evictions_total},
 * {@code cache_size}), read at each scrape from the caches {@code /health} reports. The result,
 * query and typo caches belong to one index version, so their counters start again from zero when
 * a new version is served: a counter reset, which Prometheus' {@code rate} expects.
 */
final class CacheMeters {

  private final SearchBackend backend;

  private CacheMeters(SearchBackend backend) {
    this.backend = backend;
  }

  /** Registers the meters of every cache {@code backend} reports in {@code registry}. */
  static void bind(MeterRegistry registry, SearchBackend backend) {
    CacheMeters meters = new CacheMeters(backend);
    for (String cache : meters.figures().keySet()) {
      Tags tags = Tags.of("cache", cache);
      counter(registry, "cache.gets", tags.and("result", "hit"), "Lookups answered from the cache", meters, cache,
          Caches.Figures::hits);
      counter(registry, "cache.gets", tags.and("result", "miss"), "Lookups the cache had to compute", meters, cache,
          Caches.Figures::misses);
      counter(registry, "cache.evictions", tags, "Entries evicted to stay within the cache's bound", meters, cache,
          Caches.Figures::evictions);
      Gauge.builder("cache.size", meters, m -> m.figure(cache, Caches.Figures::size)).tags(tags)
          .description("Entries in the cache").strongReference(true).register(registry);
    }
  }

  private static void counter(MeterRegistry registry, String name, Tags tags, String description, CacheMeters meters,
      String cache, ToLongFunction<Caches.Figures> figure) {
    // the function holds the meters: a FunctionCounter keeps only a weak reference to its object
    FunctionCounter.builder(name, cache, ignored -> meters.figure(cache, figure)).tags(tags).description(description)
        .register(registry);
  }

  private double figure(String cache, ToLongFunction<Caches.Figures> figure) {
    Caches.Figures figures = figures().get(cache);
    return figures == null ? Double.NaN : figure.applyAsLong(figures);
  }

  private Map<String, Caches.Figures> figures() {
    return backend.cacheFigures();
  }
}
