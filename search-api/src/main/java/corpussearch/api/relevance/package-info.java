/**
 * The relevance regression suite: judged queries, the metrics computed over them, and the two
 * configurations they are run against (corpus-search as {@code /api/search} runs it, and a plain
 * StandardAnalyzer and EnglishAnalyzer + BM25 baselines over the same paragraphs). It only measures: nothing here
 * changes how the service analyses or ranks. See docs/relevance.md.
 */
package corpussearch.api.relevance;
