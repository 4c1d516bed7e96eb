package corpussearch.api.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;

/**
 * The ranking query restricted to the top tier: the paragraphs that match every tiered concept
 * exactly (as typed or through an alias, not only through a typo), scored as the ranking query
 * scores them.
 *
 * <p>All of them hold the same tiers, so the query may leave the tiers out and have their sum
 * added to the scores of the hits afterwards: without a tier around each concept, Lucene scores
 * the concepts with its own block-max conjunctions.
 *
 * <p>Such a paragraph scores at least {@link QueryPlanner#EXACT_TIER} more in tiers than any other
 * match, and loses at most the BM25 and bonus parts it lacks. So when those parts together can
 * never reach the exact tier's margin (checked once per index version from the maxima Lucene
 * keeps for each part), every top-tier paragraph outranks every other match, and when the top
 * tier holds enough paragraphs for the page, its best ones are the search's best ones. Finding
 * them is a conjunction led by the rarest concept that never scores typo alternatives, where the
 * whole ranking query is a disjunction of everything. The result is the same, which {@code
 * TopTierTest} checks.
 */
public final class TopTier {

  private final Query ranking;
  private final float tiers;
  private final List<Query> bonuses;
  private final float margin;

  /**
   * @param ranking the ranking query's own clauses, with every tiered concept's exact BM25
   *     required (without its tier) and its typo alternative left out
   * @param tiers what the tiers left out of {@code ranking} add to the score of every top-tier
   *     paragraph
   * @param bonuses every scoring part of the ranking query that is not a tier: each concept's
   *     exact and typo BM25, untiered words, proximity phrases
   * @param margin how much more a concept's exact tier adds than its typo tier
   */
  TopTier(Query ranking, float tiers, List<Query> bonuses, float margin) {
    this.ranking = ranking;
    this.tiers = tiers;
    this.bonuses = List.copyOf(bonuses);
    this.margin = margin;
  }

  /** The ranking query restricted to the top tier. */
  public Query ranking() {
    return ranking;
  }

  /**
   * This top tier rewritten against {@code searcher}'s index; null when the bonuses there could
   * add up to the margin, so that restricting to the top tier could change the order.
   */
  TopTier rewrite(IndexSearcher searcher) throws IOException {
    List<Query> rewritten = new ArrayList<>(bonuses.size());
    double bound = 0;
    for (Query bonus : bonuses) {
      Query query = searcher.rewrite(bonus);
      rewritten.add(query);
      bound += maxScore(searcher, query);
    }
    return bound < margin ? new TopTier(searcher.rewrite(ranking), tiers, rewritten, margin) : null;
  }

  /**
   * The first {@code n} hits of {@code query} (this top tier's ranking, possibly with filters),
   * scored as the ranking query scores them, when the top tier has at least {@code n} of them;
   * null when it has fewer and the whole ranking query must be searched.
   */
  public TopDocs topHits(IndexSearcher searcher, Query query, int n) throws IOException {
    TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(n, null, n));
    if (top.scoreDocs.length < n || searcher.timedOut()) {
      return null;
    }
    for (ScoreDoc hit : top.scoreDocs) {
      hit.score += tiers;
    }
    return top;
  }

  /** The most {@code query} can score in any paragraph of the index, from Lucene's per-segment maxima. */
  private static float maxScore(IndexSearcher searcher, Query query) throws IOException {
    Weight weight = searcher.createWeight(query, ScoreMode.TOP_SCORES, 1f);
    float max = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer != null) {
        scorer.advanceShallow(0);
        max = Math.max(max, scorer.getMaxScore(DocIdSetIterator.NO_MORE_DOCS));
      }
    }
    return max;
  }
}
