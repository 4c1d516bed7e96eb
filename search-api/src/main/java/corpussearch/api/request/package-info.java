/**
 * What the API and the web page share about an incoming request: the query string, decoded once
 * and strictly by {@link corpussearch.api.request.QueryParams}. It sits beside {@code http} and
 * {@code web} so that neither depends on the other.
 */
package corpussearch.api.request;
