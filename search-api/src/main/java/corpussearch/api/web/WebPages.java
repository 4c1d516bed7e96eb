package corpussearch.api.web;

import corpussearch.api.request.QueryParams;
import corpussearch.api.service.ArticleResult;
import corpussearch.api.service.ArticleResult.ArticleParagraph;
import corpussearch.api.request.InvalidRequestException;
import corpussearch.api.request.SearchParams;
import corpussearch.api.request.SearchRequest;
import corpussearch.api.service.SearchResult;
import corpussearch.api.service.BackendUnavailableException;
import corpussearch.api.service.SearchBackend;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server-rendered search page and article view for people. The URL is the whole state; the
 * pages work without JavaScript ({@code /static/app.js} only adds suggestions and auto-submit).
 * Every failure is answered with an HTML page, never JSON or a stack trace.
 */
public final class WebPages {

  /** The Content-Security-Policy of every HTML page: nothing inline, nothing from elsewhere. */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private static final Logger LOG = LoggerFactory.getLogger(WebPages.class);

  private final SearchBackend backend;
  private final Templates templates = new Templates();

  /** The pages over {@code backend}. */
  public WebPages(SearchBackend backend) {
    this.backend = backend;
  }

  /** {@code GET /}: the search form and, when a query or filter is given, the results. */
  public void search(Context ctx) {
    QueryParams params = QueryParams.of(ctx.queryString());
    // a rejected query string is shown back as far as it decodes, ready to correct
    Map<String, List<String>> raw = params.asFarAsDecodable();
    try {
      SearchRequest request = SearchParams.parse(params.all()).withFacetsAndHighlights();
      SearchResult result = backend.search(request);
      send(ctx, 200, "search", SearchPage.model(request, result, raw));
    } catch (InvalidRequestException e) {
      sendUnsearched(ctx, 400, raw, e.getMessage(), e.parameter());
    } catch (Exception e) {
      String requestId = logFailure(ctx, e);
      try {
        sendUnsearched(ctx, statusOf(e), raw, "The search service could not answer this search. Please try again in a moment; "
            + "if it keeps happening, quote request id " + requestId, null);
      } catch (RuntimeException again) {
        lastResort(ctx, requestId, again);
      }
    }
  }

  /**
   * The search page for a search that was rejected or failed: the message, and the form as the
   * person filled it (query, ticked filters, dates, order, grouping), ready to correct or retry.
   */
  private void sendUnsearched(Context ctx, int status, Map<String, List<String>> raw, String message, String parameter) {
    SearchPage.Form form = SearchPage.form(raw);
    Map<String, Object> model = new HashMap<>();
    model.put("form", form);
    model.put("sortOptions", SearchPage.sortOptions(form.sort()));
    model.put("facets", SearchPage.uncounted(raw));
    model.put("error", message);
    model.put("errorParameter", parameter);
    model.put("retry", status >= 500);
    model.put("q", SearchPage.first(raw, "q"));
    model.put("title", "Cannot search");
    send(ctx, status, "search", model);
  }

  /** {@code GET /articles/{articleId}}: the article with the query's matches marked. */
  public void article(Context ctx) {
    String id = ctx.pathParam("articleId");
    try {
      String q = Objects.requireNonNullElse(QueryParams.of(ctx.queryString()).single("q"), "").strip();
      SearchParams.requireQueryLength(q);
      Optional<ArticleResult> found = backend.article(id, q);
      if (found.isEmpty()) {
        error(ctx, 404, "Article not found", "There is no article with the id “" + abbreviate(id)
            + "”. It may have been removed from the corpus since the link was made.", q);
        return;
      }
      send(ctx, 200, "article", articleModel(found.get(), q));
    } catch (InvalidRequestException e) {
      error(ctx, 400, "Cannot show this article", capitalised(e.getMessage()) + ".", "");
    } catch (Exception e) {
      failed(ctx, e);
    }
  }

  /** A paragraph of the article view, with the heading to print above it when its section starts. */
  record Paragraph(int n, String heading, String highlight, boolean matched) {}

  private static Map<String, Object> articleModel(ArticleResult article, String q) {
    List<Paragraph> paragraphs = new ArrayList<>();
    String section = null;
    for (ArticleParagraph p : article.paragraphs()) {
      String heading = null;
      if (p.section() != null && !p.section().isBlank() && !p.section().equals(section)) {
        heading = p.section();
      }
      section = p.section();
      paragraphs.add(new Paragraph(p.n(), heading, p.highlight(), p.matched()));
    }
    List<SearchPage.PageLink> jumps = new ArrayList<>();
    for (int n : article.matchedParagraphs()) {
      jumps.add(new SearchPage.PageLink("¶ " + (n + 1), "#p" + n, false, false));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("title", article.title() == null || article.title().isBlank() ? "Untitled article" : article.title());
    model.put("meta", MetaLine.of(article.outlet(), article.author(), article.date()));
    model.put("original", OriginalLink.of(article.url()));
    model.put("q", q);
    model.put("form", SearchPage.form(Map.of("q", List.of(q))));
    model.put("backHref", Links.search(q));
    model.put("paragraphs", paragraphs);
    model.put("jumps", jumps);
    model.put("matchCount", article.matchedParagraphs().size());
    model.put("sourceFile", article.sourceFile());
    return model;
  }

  /**
   * A 404 for a person: an unknown page asked for by a browser (anything outside the JSON API)
   * gets the friendly HTML page, not a problem document.
   */
  public void pageNotFound(Context ctx) {
    error(ctx, 404, "Page not found", "There is no page at this address. Start a new search instead.", "");
  }

  private void error(Context ctx, int status, String title, String message, String q) {
    Map<String, Object> model = new HashMap<>();
    model.put("status", status);
    model.put("title", title);
    model.put("message", message);
    model.put("q", q);
    model.put("form", SearchPage.form(Map.of("q", List.of(q))));
    model.put("backHref", Links.search(q));
    send(ctx, status, "error", model);
  }

  private void failed(Context ctx, Exception e) {
    String requestId = logFailure(ctx, e);
    try {
      error(ctx, statusOf(e), "Something went wrong", "The search service could not answer this request. Please try again in a "
          + "moment. If it keeps happening, quote request id " + requestId + ".", "");
    } catch (RuntimeException again) {
      lastResort(ctx, requestId, again);
    }
  }

  /** 503 (try again) when the backend could not answer, else 500. */
  private static int statusOf(Exception e) {
    return e instanceof BackendUnavailableException ? 503 : 500;
  }

  /** Logs a failed page request; returns the id that the page quotes and the log records. */
  private static String logFailure(Context ctx, Exception e) {
    String requestId = UUID.randomUUID().toString();
    LOG.error("page {} {} failed (request id {})", ctx.method(), ctx.path(), requestId, e);
    return requestId;
  }

  private static void lastResort(Context ctx, String requestId, RuntimeException again) {
    LOG.error("the error page failed too (request id {})", requestId, again);
    ctx.status(500).contentType("text/plain; charset=utf-8").result("Something went wrong (request id " + requestId + ").");
  }

  private void send(Context ctx, int status, String template, Map<String, Object> model) {
    model.putIfAbsent("autofocus", template.equals("search"));
    model.put("maxQueryLength", SearchParams.MAX_QUERY_LENGTH);
    String html = templates.render(template, model);
    ctx.status(status);
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(html);
  }

  private static String capitalised(String message) {
    return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
  }

  private static String abbreviate(String value) {
    return value.length() <= 80 ? value : value.substring(0, 80) + "…";
  }
}
