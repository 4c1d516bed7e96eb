package corpussearch.api.http;

import corpussearch.api.request.InvalidRequestException;
import corpussearch.api.request.QueryParams;
import corpussearch.api.request.SearchParams;
import corpussearch.api.service.SearchBackend;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The JSON API's handlers: each reads its parameters, calls one service and writes JSON. */
public final class ApiHandlers {

  static final int MAX_SUGGESTIONS = 50;

  private final SearchBackend backend;

  /** Handlers over {@code backend}. */
  public ApiHandlers(SearchBackend backend) {
    this.backend = backend;
  }

  /** {@code GET /api/search}: one page of results. */
  public void search(Context ctx) throws IOException {
    ctx.jsonStream(backend.search(SearchParams.parse(QueryParams.of(ctx.queryString()).all())));
  }

  /** {@code GET /api/articles/{articleId}}: one whole article. */
  public void article(Context ctx) throws IOException {
    String id = ctx.pathParam("articleId");
    String q = QueryParams.of(ctx.queryString()).single("q");
    SearchParams.requireQueryLength(q);
    ctx.jsonStream(backend.article(id, q).orElseThrow(() -> new NotFoundException("no article with id \"" + abbreviate(id) + "\"")));
  }

  /** {@code GET /api/suggest}: completions of a prefix. */
  public void suggest(Context ctx) throws IOException {
    QueryParams params = QueryParams.of(ctx.queryString());
    String q = Objects.requireNonNullElse(params.single("q"), "");
    SearchParams.requireQueryLength(q);
    int size = sizeParam(params.single("size"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", q);
    body.put("suggestions", backend.suggest(q, size));
    ctx.jsonStream(body);
  }

  /** {@code GET /api/facets}: the facet values of the whole index. */
  public void facets(Context ctx) throws IOException {
    ctx.jsonStream(Map.of("facets", backend.facets()));
  }

  /** {@code GET /health}: the backend's status, the index version served and what the caches have done. */
  public void health(Context ctx) throws IOException {
    ctx.jsonStream(backend.health());
  }

  /** {@code GET /openapi.json}: the API's description. */
  public void openApi(Context ctx) throws IOException {
    try (InputStream in = ApiHandlers.class.getResourceAsStream("/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the classpath");
      }
      ctx.contentType("application/json").result(in.readAllBytes());
    }
  }

  private static int sizeParam(String raw) {
    if (raw == null || raw.isBlank()) {
      return 10;
    }
    try {
      int size = Integer.parseInt(raw.strip());
      if (size >= 1 && size <= MAX_SUGGESTIONS) {
        return size;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidRequestException("size", "size must be a whole number between 1 and " + MAX_SUGGESTIONS);
  }

  private static String abbreviate(String value) {
    return value.length() <= 80 ? value : value.substring(0, 80) + "…";
  }
}
