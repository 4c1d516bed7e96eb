/**
 * The OpenSearch target of the index builder ({@code --target opensearch}): the paragraph index's
 * mapping, the {@code _bulk} requests that fill a new index version, the cluster's HTTP API with
 * retries over several nodes, and the alias swap that makes a finished build visible at once.
 */
package corpussearch.indexer.opensearch;
