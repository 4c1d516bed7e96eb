package corpussearch.api.metrics;

import corpussearch.api.service.SearchBackend;
import io.javalin.http.Context;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.Closeable;
import java.io.IOException;

/**
 * The service's meters in one Prometheus registry: requests ({@link RequestMeters}), the caches
 * ({@link CacheMeters}), searches that ran out of time, the index ({@link IndexMeters}) and the
 * JVM. Request meters are updated as requests finish; everything else is read when
 * {@code /metrics} is scraped, so it costs the requests nothing.
 */
public final class ServiceMetrics implements Closeable {

  /** The content type of what {@link PrometheusMeterRegistry#scrape(java.io.OutputStream)} writes. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final RequestMeters requests = new RequestMeters(registry);
  private final JvmGcMetrics gc = new JvmGcMetrics();

  private ServiceMetrics() {}

  /** Meters of the service searching {@code backend}, and of its JVM. */
  public static ServiceMetrics of(SearchBackend backend) {
    ServiceMetrics metrics = new ServiceMetrics();
    IndexMeters.bind(metrics.registry, backend);
    CacheMeters.bind(metrics.registry, backend);
    FunctionCounter.builder("search.timeouts", backend, SearchBackend::timedOutSearches)
        .description("Searches that hit their time limit and answered with partial results (timedOut)")
        .register(metrics.registry);
    new JvmMemoryMetrics().bindTo(metrics.registry);
    new JvmThreadMetrics().bindTo(metrics.registry);
    new ProcessorMetrics().bindTo(metrics.registry);
    new UptimeMetrics().bindTo(metrics.registry);
    metrics.gc.bindTo(metrics.registry);
    return metrics;
  }

  /** Counts a finished request (the request logger's hook: it runs for every route and error). */
  public void record(Context ctx, float millis) {
    requests.record(ctx, millis);
  }

  /** {@code GET /metrics}: every meter in Prometheus' text exposition format 0.0.4. */
  public void scrape(Context ctx) throws IOException {
    ctx.contentType(CONTENT_TYPE);
    ctx.header("Cache-Control", "no-store");
    registry.scrape(ctx.outputStream());
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
