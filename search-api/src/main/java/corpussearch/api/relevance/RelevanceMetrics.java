package corpussearch.api.relevance;

import java.util.List;

/**
 * The outcome of one query set under one configuration, and its summary figures.
 *
 * <p>For each query, {@code rank} is the 1-based position of the <em>first</em> relevant
 * paragraph among the top {@value #CUTOFF} hits, or {@link #NOT_FOUND} when none of them is
 * relevant. Over the {@code n} queries of the set:
 *
 * <ul>
 *   <li><b>MRR@10</b> = (1/n) · Σ 1/rank, a query without a relevant hit in the top 10
 *       contributing 0;
 *   <li><b>Success@1</b> = fraction of queries whose top hit is relevant (rank = 1);
 *   <li><b>Recall@10</b> = fraction of queries with at least one relevant hit in the top 10
 *       (rank ≤ 10). This is query-level recall (also called Success@10 or hit rate), not the
 *       fraction of all relevant paragraphs retrieved.
 * </ul>
 *
 * @param configuration which configuration produced the outcomes
 * @param outcomes one per query, in the order of the query file
 */
public record RelevanceMetrics(String configuration, List<Outcome> outcomes) {

  /** How deep the figures look. */
  public static final int CUTOFF = 10;
  /** The rank of a query without a relevant hit in the top {@value #CUTOFF}. */
  public static final int NOT_FOUND = 0;

  public RelevanceMetrics {
    outcomes = List.copyOf(outcomes);
  }

  /**
   * One query's result.
   *
   * @param query the judged query
   * @param rank 1-based rank of the first relevant hit in the top {@value #CUTOFF}, or {@link
   *     #NOT_FOUND}
   * @param hits how many hits the top {@value #CUTOFF} held
   * @param topHit the text of the first hit, or null when nothing matched
   */
  public record Outcome(JudgedQuery query, int rank, int hits, String topHit) {

    /** Whether a relevant paragraph is in the top {@value #CUTOFF}. */
    public boolean found() {
      return rank != NOT_FOUND;
    }

    /** Judges {@code texts} (best first) against {@code query}. */
    public static Outcome of(JudgedQuery query, List<String> texts) {
      int rank = NOT_FOUND;
      for (int i = 0; i < Math.min(CUTOFF, texts.size()); i++) {
        if (query.isRelevant(texts.get(i))) {
          rank = i + 1;
          break;
        }
      }
      return new Outcome(query, rank, Math.min(CUTOFF, texts.size()), texts.isEmpty() ? null : texts.get(0));
    }
  }

  /** Number of queries. */
  public int size() {
    return outcomes.size();
  }

  /** Mean reciprocal rank at 10; 0 for an empty set. */
  public double mrr() {
    return outcomes.isEmpty() ? 0 : outcomes.stream().mapToDouble(o -> o.found() ? 1.0 / o.rank() : 0).sum() / outcomes.size();
  }

  /** Fraction of queries whose first hit is relevant; 0 for an empty set. */
  public double successAt1() {
    return fraction(outcomes.stream().filter(o -> o.rank() == 1).count());
  }

  /** Fraction of queries with a relevant hit in the top 10; 0 for an empty set. */
  public double recall() {
    return fraction(outcomes.stream().filter(Outcome::found).count());
  }

  /** The outcomes whose first relevant hit is not at rank 1 (missing or lower). */
  public List<Outcome> weak() {
    return outcomes.stream().filter(o -> o.rank() != 1).toList();
  }

  private double fraction(long count) {
    return outcomes.isEmpty() ? 0 : (double) count / outcomes.size();
  }
}
