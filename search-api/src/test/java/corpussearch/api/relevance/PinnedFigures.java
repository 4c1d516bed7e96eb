package corpussearch.api.relevance;

import corpussearch.api.relevance.RelevanceEvaluation.QuerySetResult;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.data.Offset;

/**
 * Relevance figures pinned to ±0.001, as Anserini pins its regressions: any change in ranking,
 * better or worse, shows, and is accepted only by updating the pinned values on purpose, with the
 * reason in the commit that does it. Floors say what is good enough; pins say what it is.
 */
final class PinnedFigures {

  private static final Offset<Double> EXACT = Offset.offset(0.001);

  private PinnedFigures() {}

  /** Expects corpus-search's MRR@10, Success@1 and Recall@10 on {@code set} to be the recorded ones. */
  static void pin(SoftAssertions softly, QuerySetResult set, double mrr, double successAt1, double recall) {
    String context = "\n" + RelevanceTables.summary(set) + "\nqueries not answered at rank 1:\n" + RelevanceTables.weakTable(set);
    softly.assertThat(set.corpusSearch().mrr()).as("pinned MRR@10 on %s%s", set.name(), context).isCloseTo(mrr, EXACT);
    softly.assertThat(set.corpusSearch().successAt1()).as("pinned Success@1 on %s", set.name()).isCloseTo(successAt1, EXACT);
    softly.assertThat(set.corpusSearch().recall()).as("pinned Recall@10 on %s", set.name()).isCloseTo(recall, EXACT);
  }
}
