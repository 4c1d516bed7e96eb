/**
 * The OpenSearch rendering of a search: the same backend-neutral {@link
 * corpussearch.api.query.QueryPlan} the embedded Lucene search runs, written as query DSL
 * (Jackson trees) with the fields of {@link corpussearch.api.opensearch.OpenSearchFields}, and
 * OpenSearch's answers read back in the embedded search's terms. It sends nothing itself; see
 * docs/opensearch-queries.md for what renders how and where it differs.
 */
package corpussearch.api.opensearch;
