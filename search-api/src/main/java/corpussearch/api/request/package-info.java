/**
 * What a request asks for, and how it is read: {@link corpussearch.api.request.QueryParams}
 * decodes the query string once and strictly, {@link corpussearch.api.request.SearchParams}
 * validates it into a {@link corpussearch.api.request.SearchRequest}. Plain values, below every
 * other package of the service, so the API, the web page and the counting code read the same
 * request without depending on each other.
 */
package corpussearch.api.request;
