package corpussearch.api.app;

import corpussearch.api.config.ApiConfig;
import corpussearch.api.http.ApiHandlers;
import corpussearch.api.http.ErrorResponses;
import corpussearch.api.metrics.ServiceMetrics;
import corpussearch.api.web.StaticAssets;
import corpussearch.api.web.WebPages;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every route of the service, declared in one place, with the cross-cutting filters. */
final class Routes {

  private static final Logger LOG = LoggerFactory.getLogger("corpussearch.api.requests");

  private Routes() {}

  static void register(JavalinConfig javalin, ApiConfig config, ApiHandlers api, WebPages web, StaticAssets assets,
      Optional<ServiceMetrics> metrics) {
    if (!config.corsOrigins().isEmpty()) {
      javalin.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
        rule.path = "/api/*";
        if (config.corsOrigins().contains("*")) {
          rule.anyHost();
        } else {
          rule.allowHost(config.corsOrigins().get(0), config.corsOrigins().subList(1, config.corsOrigins().size()).toArray(String[]::new));
        }
      }));
    }
    // the request logger runs once for every request Javalin answers, whichever route or error
    javalin.requestLogger.http((ctx, ms) -> {
      LOG.info("{} {}{} -> {} in {} ms", ctx.method(), ctx.path(),
          config.logQueries() && ctx.queryString() != null ? "?" + ctx.queryString() : "", ctx.statusCode(), Math.round(ms));
      metrics.ifPresent(meters -> meters.record(ctx, ms));
    });

    var routes = javalin.routes;
    routes.before(Routes::securityHeaders);
    routes.get("/api/search", api::search);
    routes.get("/api/articles/{articleId}", api::article);
    routes.get("/api/suggest", api::suggest);
    routes.get("/api/facets", api::facets);
    routes.get("/health", api::health);
    routes.get("/openapi.json", api::openApi);
    metrics.ifPresent(meters -> routes.get("/metrics", meters::scrape));
    routes.get("/", web::search);
    routes.get("/static/{name}", assets::serve);
    routes.get("/articles/{articleId}", web::article);
    if (config.benchRoutes()) {
      routes.get("/bench/constant", ctx -> ctx.contentType("application/json").result("{\"ok\":true}"));
    }
    ErrorResponses.register(routes, web::pageNotFound);
  }

  /** Headers every response carries; HTML additionally gets its CSP from {@link WebPages}. */
  private static void securityHeaders(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
  }
}
