/**
 * The relevance regression suite: judged queries, the metrics computed over them, and the
 * configurations they are run against: corpus-search as {@code /api/search} runs it, and the
 * baselines over the same paragraphs (Lucene's StandardAnalyzer and EnglishAnalyzer + BM25, and
 * OpenSearch's english analyzer with a {@code match} query when a cluster is given, through {@link
 * corpussearch.api.relevance.opensearch}). It only measures: nothing here changes how the service
 * analyses or ranks. See docs/relevance.md.
 */
package corpussearch.api.relevance;
