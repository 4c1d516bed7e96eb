package corpussearch.api.metrics;

import corpussearch.api.index.IndexView;
import corpussearch.api.index.IndexViews;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.function.ToDoubleFunction;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * Gauges of the index version served, read from {@link IndexViews} at each scrape: its version,
 * its size, whether a newer commit could not be served, and whether the backend answers at all.
 */
final class IndexMeters {

  private final IndexViews views;

  private IndexMeters(IndexViews views) {
    this.views = views;
  }

  /** Registers the index gauges of {@code views} in {@code registry}. */
  static void bind(MeterRegistry registry, IndexViews views) {
    IndexMeters meters = new IndexMeters(views);
    gauge(registry, "corpus.index.version", "Version of the index served (as in /health)", meters, m -> m.read(IndexView::version));
    gauge(registry, "corpus.index.paragraphs", "Paragraphs in the index version served", meters,
        m -> m.read(IndexView::paragraphCount));
    gauge(registry, "corpus.index.articles", "Articles in the index version served", meters, m -> m.read(IndexView::articleCount));
    gauge(registry, "corpus.index.stale",
        "1 when a newer commit cannot be served and the previous version still is (see /health)", meters,
        m -> m.views.staleness().isPresent() ? 1 : 0);
    gauge(registry, "corpus.backend.up", "1 when the index answers, 0 when it cannot be read", meters,
        m -> Double.isNaN(m.read(IndexView::version)) ? 0 : 1);
  }

  private static void gauge(MeterRegistry registry, String name, String description, IndexMeters meters,
      ToDoubleFunction<IndexMeters> value) {
    Gauge.builder(name, meters, value).description(description).strongReference(true).register(registry);
  }

  /** A figure of the current version; NaN (no sample) when the index cannot be read. */
  private double read(Figure<? extends Number> figure) {
    return withView(views, figure, Double.NaN).doubleValue();
  }

  /** What {@code figure} says of the version {@code views} serves now, or {@code unreadable}. */
  static <T> T withView(IndexViews views, Figure<? extends T> figure, T unreadable) {
    try {
      IndexView view = views.acquire();
      try {
        return figure.of(view);
      } finally {
        views.release(view);
      }
    } catch (IOException | AlreadyClosedException e) {
      return unreadable;
    }
  }

  /** Something read from one index version. */
  @FunctionalInterface
  interface Figure<T> {
    T of(IndexView view) throws IOException;
  }
}
