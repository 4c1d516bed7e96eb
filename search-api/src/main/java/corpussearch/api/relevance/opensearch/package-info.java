/**
 * The OpenSearch side of the relevance baselines: an index of paragraphs on a running OpenSearch
 * cluster, analysed by OpenSearch's built-in {@code english} analyzer and searched with a plain
 * {@code match} query, over plain HTTP and JSON ({@code java.net.http} and Jackson). It knows
 * nothing of corpus-search's ranking and is used by {@code corpussearch.api.relevance} only.
 */
package corpussearch.api.relevance.opensearch;
