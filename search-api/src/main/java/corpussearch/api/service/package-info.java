/**
 * The services the API and the web page call: {@link corpussearch.api.service.SearchService}
 * (one page of paragraph results with counts, facets and highlights) and {@link
 * corpussearch.api.service.ArticleService} (one article), wired over an index folder by {@link
 * corpussearch.api.service.SearchStack}. They sit above {@code search}, {@code facets}, {@code
 * highlight} and {@code suggest}, which never call them, and know nothing of HTTP or HTML.
 */
package corpussearch.api.service;
