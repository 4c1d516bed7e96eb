package corpussearch.api.web;

import corpussearch.api.search.ArticleService;
import corpussearch.api.search.SearchService;
import io.javalin.http.Context;

/** The server-rendered search page and article view for people. */
public final class WebPages {

  private final SearchService search;
  private final ArticleService articles;

  public WebPages(SearchService search, ArticleService articles) {
    this.search = search;
    this.articles = articles;
  }

  /** {@code GET /}: the search form and, when a query or filter is given, the results. */
  public void search(Context ctx) {
    ctx.html("<!doctype html><title>corpus-search</title><p>Search page coming soon: use /api/search.");
  }

  /** {@code GET /articles/{articleId}}: the article with the query's matches marked. */
  public void article(Context ctx) {
    ctx.redirect("/api/articles/" + ctx.pathParam("articleId"));
  }
}
