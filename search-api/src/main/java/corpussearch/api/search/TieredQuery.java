package corpussearch.api.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Matches what {@code scoring} matches, scored {@code tier} plus {@code scoring}'s score, and says
 * so in its block maxima too.
 *
 * <p>A tier as a constant-score clause beside the concept's BM25 clause would iterate the same
 * postings twice, and the constant, being the largest clause, would always be "essential" to
 * Lucene's MaxScore: every matching paragraph would be scored. One clause whose maximum per block
 * is {@code tier + BM25's block maximum} lets MaxScore skip the blocks whose best paragraph cannot
 * enter the top hits (see {@link corpussearch.api.query.QueryPlan#CONCEPT_TIER}), and reads the
 * postings once.
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

  /**
   * {@code in}'s scores and maxima, plus a constant. Alone at the top of a search, it skips the
   * blocks whose best score cannot enter the top hits itself (as Lucene's term scorers do), since
   * the scorers it wraps pass the lowest competitive score on to their parts only in some cases.
   */
  private static final class LiftedScorer extends Scorer {
    private final Scorer in;
    private final float lift;
    private final TwoPhaseIterator twoPhase;
    private final DocIdSetIterator iterator;
    private float minimum;
    private int windowEnd = -1;
    private float windowMax;

    LiftedScorer(Scorer in, float lift) {
      this.in = in;
      this.lift = lift;
      TwoPhaseIterator inner = in.twoPhaseIterator();
      DocIdSetIterator approximation = new Skipping(inner == null ? in.iterator() : inner.approximation());
      this.twoPhase = inner == null ? null : new TwoPhaseIterator(approximation) {
        @Override
        public boolean matches() throws IOException {
          return inner.matches();
        }

        @Override
        public float matchCost() {
          return inner.matchCost();
        }
      };
      this.iterator = twoPhase == null ? approximation : TwoPhaseIterator.asDocIdSetIterator(twoPhase);
    }

    @Override
    public int docID() {
      return in.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return iterator;
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return twoPhase;
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
      minimum = minScore;
      // Adding the lift rounds (at 41,000 a float's step is 0.004), so an inner score a step below
      // minScore - lift may still reach minScore once lifted: the inner scorer gets that much less.
      in.setMinCompetitiveScore(Math.max(0f, minScore - lift - Math.ulp(minScore)));
    }

    /** The first document from {@code target} on in a block whose best score is competitive. */
    private int competitive(int target) throws IOException {
      while (minimum > lift && target != DocIdSetIterator.NO_MORE_DOCS) {
        if (target > windowEnd) {
          windowEnd = in.advanceShallow(target);
          windowMax = lift + in.getMaxScore(windowEnd);
        }
        if (windowMax >= minimum) {
          return target;
        }
        target = windowEnd == DocIdSetIterator.NO_MORE_DOCS ? DocIdSetIterator.NO_MORE_DOCS : windowEnd + 1;
      }
      return target;
    }

    /** {@code in}'s iterator, jumping over blocks that cannot compete. */
    private final class Skipping extends DocIdSetIterator {
      private final DocIdSetIterator approximation;

      Skipping(DocIdSetIterator approximation) {
        this.approximation = approximation;
      }

      @Override
      public int docID() {
        return approximation.docID();
      }

      @Override
      public int nextDoc() throws IOException {
        return advance(approximation.docID() + 1);
      }

      @Override
      public int advance(int target) throws IOException {
        int doc = approximation.advance(competitive(target));
        int from = doc;
        while (doc != NO_MORE_DOCS && (from = competitive(doc)) != doc) {
          doc = approximation.advance(from);
        }
        return doc;
      }

      @Override
      public long cost() {
        return approximation.cost();
      }
    }
  }
}
