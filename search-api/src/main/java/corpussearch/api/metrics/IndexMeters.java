package corpussearch.api.metrics;

import corpussearch.api.service.SearchBackend;
import corpussearch.api.service.SearchBackend.IndexFigures;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToDoubleFunction;

/**
 * Gauges of the index served, read from the backend at each scrape: its version, its size,
 * whether a newer version could not be served, and whether the backend answers at all.
 */
final class IndexMeters {

  private IndexMeters() {}

  /** Registers the index gauges of {@code backend} in {@code registry}. */
  static void bind(MeterRegistry registry, SearchBackend backend) {
    gauge(registry, "corpus.index.version", "Version of the index served (as in /health)", backend, IndexFigures::version);
    gauge(registry, "corpus.index.paragraphs", "Paragraphs in the index version served", backend, IndexFigures::paragraphs);
    gauge(registry, "corpus.index.articles", "Articles in the index version served", backend, IndexFigures::articles);
    gauge(registry, "corpus.index.stale", "1 when a newer version cannot be served and the previous one still is (see /health)",
        backend, figures -> figures.stale() ? 1 : 0);
    gauge(registry, "corpus.backend.up", "1 when the index answers, 0 when it cannot be read", backend,
        figures -> figures.up() ? 1 : 0);
  }

  private static void gauge(MeterRegistry registry, String name, String description, SearchBackend backend,
      ToDoubleFunction<IndexFigures> value) {
    Gauge.builder(name, backend, b -> value.applyAsDouble(b.figures())).description(description).strongReference(true)
        .register(registry);
  }
}
