/**
 * The OpenSearch backend ({@code --backend opensearch}): the same searches, article view,
 * suggestions and health as the embedded index, over the alias index-builder {@code --target
 * opensearch} writes. Requests are rendered by {@code corpussearch.api.opensearch} and sent with
 * index-builder's {@code ClusterHttp}; what belongs to one index version (results, completions,
 * filter values) is kept per concrete index, so a moved alias never serves an old answer.
 */
package corpussearch.api.cluster;
