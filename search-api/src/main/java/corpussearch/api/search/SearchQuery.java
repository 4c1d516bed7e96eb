package corpussearch.api.search;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * The queries of one search.
 *
 * @param ranking decides which paragraphs match and in what order (concept tiers, BM25,
 *     proximity, exclusions)
 * @param matching the same paragraphs as {@code ranking}, without scores: one flat disjunction
 *     of what the concepts match, minus exclusions. Totals and facet counts must visit every match,
 *     and do it through this query; the ranking query then only has to find the top hits, which
 *     lets Lucene skip paragraphs that cannot compete.
 * @param highlight what the highlighter marks: every concept once, as typed, through an alias or a
 *     typo, without the tiers and bonuses that would make it compute the same matches again
 * @param topTier {@code ranking} restricted to the paragraphs that match every concept exactly,
 *     where the top hits are found fastest; null when there is no such shortcut
 */
public record SearchQuery(Query ranking, Query matching, Query highlight, TopTier topTier) {

  /** The empty query: every paragraph, nothing to mark. */
  public static SearchQuery matchAll() {
    Query all = new MatchAllDocsQuery();
    return new SearchQuery(all, all, all, null);
  }

  /**
   * The queries rewritten against {@code searcher}'s index, so typos expand once per search; the
   * top tier is dropped there if it could rank differently ({@link TopTier#rewrite}).
   */
  public SearchQuery rewrite(IndexSearcher searcher) throws IOException {
    return new SearchQuery(searcher.rewrite(ranking), searcher.rewrite(matching), searcher.rewrite(highlight),
        topTier == null ? null : topTier.rewrite(searcher));
  }
}
