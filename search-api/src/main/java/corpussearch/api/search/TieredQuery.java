package corpussearch.api.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DocAndFloatFeatureBuffer;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Matches what {@code scoring} matches, scored {@code tier} plus {@code scoring}'s score, and says
 * so in its block maxima too.
 *
 * <p>A concept's tier (see {@link QueryFactory#CONCEPT_TIER}) used to be a constant-score clause
 * beside its BM25 clause. Both iterate the same postings, and the constant, being the largest
 * clause, was always "essential" to Lucene's MaxScore: every matching paragraph was scored. One
 * clause whose maximum per block is {@code tier + BM25's block maximum} lets MaxScore skip the
 * blocks whose best paragraph cannot enter the top hits, and reads the postings once.
 */
final class TieredQuery extends Query {

  private final Query scoring;
  private final float tier;

  /**
   * @param scoring what matches, and the score added to the tier
   * @param tier the constant every match starts from
   */
  TieredQuery(Query scoring, float tier) {
    this.scoring = Objects.requireNonNull(scoring);
    this.tier = tier;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = scoring.rewrite(searcher);
    return rewritten == scoring ? this : new TieredQuery(rewritten, tier);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    Weight inner = scoring.createWeight(searcher, scoreMode, boost);
    if (!scoreMode.needsScores()) {
      return inner;
    }
    float lift = tier * boost;
    return new FilterWeight(this, inner) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        ScorerSupplier supplier = in.scorerSupplier(context);
        return supplier == null ? null : new LiftedSupplier(supplier, lift);
      }

      @Override
      public Explanation explain(LeafReaderContext context, int doc) throws IOException {
        Explanation explained = in.explain(context, doc);
        return explained.isMatch()
            ? Explanation.match(lift + explained.getValue().floatValue(), "tier " + lift + " plus", explained)
            : explained;
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    scoring.visit(visitor.getSubVisitor(Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "tier(" + tier + ", " + scoring.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && tier == ((TieredQuery) other).tier && scoring.equals(((TieredQuery) other).scoring);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * classHash() + scoring.hashCode()) + Float.hashCode(tier);
  }

  private static final class LiftedSupplier extends ScorerSupplier {
    private final ScorerSupplier in;
    private final float lift;

    LiftedSupplier(ScorerSupplier in, float lift) {
      this.in = in;
      this.lift = lift;
    }

    @Override
    public Scorer get(long leadCost) throws IOException {
      return new LiftedScorer(in.get(leadCost), lift);
    }

    @Override
    public long cost() {
      return in.cost();
    }

    @Override
    public void setTopLevelScoringClause() throws IOException {
      in.setTopLevelScoringClause();
    }
  }

  /** {@code in}'s scores and maxima, plus a constant. */
  private static final class LiftedScorer extends FilterScorer {
    private final float lift;

    LiftedScorer(Scorer in, float lift) {
      super(in);
      this.lift = lift;
    }

    @Override
    public float score() throws IOException {
      return lift + in.score();
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return in.advanceShallow(target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return lift + in.getMaxScore(upTo);
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      // one ulp lower: the subtraction may round up, and a tie at the threshold must still count
      in.setMinCompetitiveScore(Math.max(0f, Math.nextDown(minScore - lift)));
    }

    @Override
    public void nextDocsAndScores(int upTo, Bits liveDocs, DocAndFloatFeatureBuffer buffer) throws IOException {
      in.nextDocsAndScores(upTo, liveDocs, buffer);
      for (int i = 0; i < buffer.size; i++) {
        buffer.features[i] += lift;
      }
    }
  }
}
