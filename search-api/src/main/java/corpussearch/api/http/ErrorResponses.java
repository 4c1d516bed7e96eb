package corpussearch.api.http;

import corpussearch.api.request.InvalidRequestException;
import corpussearch.api.service.BackendUnavailableException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.router.EndpointNotFound;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to a problem document, in one place: bad parameters to 400, unknown
 * articles and routes to 404, a backend that cannot answer to 503, anything unexpected to a 500
 * whose request id is also logged with the stack trace (never sent to the client).
 */
public final class ErrorResponses {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  private ErrorResponses() {}

  /** Maps every error to its response; {@code htmlNotFound} answers a 404 for a browser. */
  public static void register(RoutesConfig routes, Consumer<Context> htmlNotFound) {
    routes.exception(InvalidRequestException.class, (e, ctx) -> send(ctx, Problem.badParameter(e.parameter(), e.getMessage())));
    routes.exception(NotFoundException.class, (e, ctx) -> send(ctx, Problem.notFound(e.getMessage())));
    routes.exception(EndpointNotFound.class, (e, ctx) -> {
      if (wantsPage(ctx)) {
        htmlNotFound.accept(ctx);
      } else {
        send(ctx, Problem.notFound("no route for " + ctx.method() + " " + ctx.path()));
      }
    });
    routes.exception(BackendUnavailableException.class, (e, ctx) -> {
      LOG.warn("request {} {}: the backend could not answer: {}", ctx.method(), ctx.path(), e.getMessage());
      ctx.header("Retry-After", "5");
      send(ctx, Problem.unavailable("The index could not be searched just now; please try again in a moment."));
    });
    routes.exception(Exception.class, (e, ctx) -> {
      String requestId = UUID.randomUUID().toString();
      LOG.error("request {} {} failed (request id {})", ctx.method(), ctx.path(), requestId, e);
      send(ctx, Problem.internal(requestId));
    });
    routes.error(404, ctx -> {
      // A handler that answered 404 itself (an unknown article: a problem, or an HTML page) keeps
      // its answer; only requests that reached no route get this one.
      String type = ctx.res().getContentType() == null ? "" : ctx.res().getContentType();
      if (!type.startsWith(Problem.MEDIA_TYPE) && !type.startsWith("text/html")) {
        send(ctx, Problem.notFound("no route for " + ctx.method() + " " + ctx.path()));
      }
    });
    routes.error(405, ctx -> send(ctx, new Problem("/problems/method-not-allowed", "Method not allowed", 405,
        "the service is read-only; use GET", null, null)));
  }

  /** A browser asking for a page outside the JSON API and the documents tools fetch. */
  private static boolean wantsPage(Context ctx) {
    String path = ctx.path();
    String accept = ctx.header("Accept");
    boolean toolPath = path.startsWith("/api/") || path.equals("/api") || path.equals("/health") || path.equals("/openapi.json")
        || path.equals("/metrics");
    return !toolPath && accept != null && accept.contains("text/html");
  }

  static void send(Context ctx, Problem problem) {
    ctx.status(problem.status());
    ctx.jsonStream(problem);
    ctx.contentType(Problem.MEDIA_TYPE);
  }
}
