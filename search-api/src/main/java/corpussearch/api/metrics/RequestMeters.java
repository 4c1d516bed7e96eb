package corpussearch.api.metrics;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Meter.MeterProvider;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One timer per route template, method and status: its count is the request counter, its buckets
 * the latency histogram. Labels come only from the registered routes, the common HTTP methods and
 * the status code, so however many distinct paths clients send, the series stay bounded.
 */
final class RequestMeters {

  /** The route label of a request no registered route matched (a 404, or a 405). */
  static final String UNMATCHED = "unmatched";

  /** The method label of a request whose method is not one of the common HTTP methods. */
  static final String OTHER_METHOD = "other";

  /** Prometheus' default buckets, in the range a search takes: milliseconds to its time limit. */
  private static final Duration[] BUCKETS = {
    Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
    Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
    Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)
  };

  private static final List<HandlerType> METHODS = HandlerType.commonHttp();

  private final MeterProvider<Timer> timers;

  RequestMeters(MeterRegistry registry) {
    this.timers = Timer.builder("http.server.requests")
        .description("HTTP requests by route template, method and status, and how long they took")
        .serviceLevelObjectives(BUCKETS)
        .withRegistry(registry);
  }

  /** Counts a finished request that took {@code millis}. */
  void record(Context ctx, float millis) {
    timers.withTags("method", method(ctx), "route", route(ctx), "status", Integer.toString(ctx.statusCode()))
        .record(Math.round(millis * 1e6), TimeUnit.NANOSECONDS);
  }

  /** The template of the route that answered (e.g. {@code /api/articles/{articleId}}), never a raw path. */
  static String route(Context ctx) {
    Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
    return matched == null ? UNMATCHED : matched.path;
  }

  // Javalin creates a HandlerType for any method name a client sends, so only known ones are labels.
  private static String method(Context ctx) {
    HandlerType method = ctx.method();
    return METHODS.contains(method) ? method.name() : OTHER_METHOD;
  }
}
