package corpussearch.api.http;

import corpussearch.api.facets.FacetOverview;
import corpussearch.api.request.QueryParams;
import corpussearch.api.service.ArticleService;
import corpussearch.api.index.IndexView;
import corpussearch.api.index.IndexViews;
import corpussearch.api.request.InvalidRequestException;
import corpussearch.api.request.SearchParams;
import corpussearch.api.service.SearchService;
import corpussearch.api.suggest.Completions;
import corpussearch.indexer.index.IndexSchema;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The JSON API's handlers: each reads its parameters, calls one service and writes JSON. */
public final class ApiHandlers {

  static final int MAX_SUGGESTIONS = 50;

  private final SearchService search;
  private final ArticleService articles;
  private final FacetOverview facets;
  private final IndexViews views;

  /** Handlers over {@code search}, {@code articles} and {@code facets}. */
  public ApiHandlers(SearchService search, ArticleService articles, FacetOverview facets) {
    this.search = search;
    this.articles = articles;
    this.facets = facets;
    this.views = search.views();
  }

  /** {@code GET /api/search}: one page of results. */
  public void search(Context ctx) throws IOException {
    ctx.jsonStream(search.search(SearchParams.parse(QueryParams.of(ctx.queryString()).all())));
  }

  /** {@code GET /api/articles/{articleId}}: one whole article. */
  public void article(Context ctx) throws IOException {
    String id = ctx.pathParam("articleId");
    String q = QueryParams.of(ctx.queryString()).single("q");
    SearchParams.requireQueryLength(q);
    ctx.jsonStream(articles.article(id, q).orElseThrow(() -> new NotFoundException("no article with id \"" + abbreviate(id) + "\"")));
  }

  /** {@code GET /api/suggest}: completions of a prefix. */
  public void suggest(Context ctx) throws IOException {
    QueryParams params = QueryParams.of(ctx.queryString());
    String q = Objects.requireNonNullElse(params.single("q"), "");
    SearchParams.requireQueryLength(q);
    int size = sizeParam(params.single("size"));
    IndexView view = views.acquire();
    try {
      List<String> suggestions = Completions.of(view).complete(q, size);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("query", q);
      body.put("suggestions", suggestions);
      ctx.jsonStream(body);
    } finally {
      views.release(view);
    }
  }

  /** {@code GET /api/facets}: the facet values of the whole index. */
  public void facets(Context ctx) throws IOException {
    ctx.jsonStream(Map.of("facets", facets.all()));
  }

  /** {@code GET /health}: the index version served and what the caches have done. */
  public void health(Context ctx) throws IOException {
    IndexView view = views.acquire();
    try {
      Optional<String> staleness = views.staleness();
      Map<String, Object> index = new LinkedHashMap<>();
      index.put("version", view.version());
      index.put("stale", staleness.isPresent());
      staleness.ifPresent(error -> index.put("error", error));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", staleness.isPresent() ? "stale" : "ok");
      body.put("index", index);
      body.put("articles", view.articleCount());
      body.put("paragraphs", view.paragraphCount());
      body.put("indexVersion", view.version());
      body.put("committedAt", view.reader().getIndexCommit().getUserData().get(IndexSchema.COMMIT_TIME));
      body.put("openedAt", view.openedAt().toString());
      body.put("resultCache", search.resultCacheStats(view));
      body.put("caches", search.cacheFigures(view));
      ctx.jsonStream(body);
    } finally {
      views.release(view);
    }
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
