package corpussearch.api.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.api.relevance.RelevanceEvaluation.NotRun;
import corpussearch.api.relevance.RelevanceEvaluation.QuerySetResult;
import corpussearch.api.relevance.RelevanceMetrics.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's summary over given rankings: every configuration side by side, the best baseline and the margin over it. */
class RelevanceTablesTest {

  private static final List<JudgedQuery> QUERIES = List.of(
      new JudgedQuery("q1", "one", List.of("yes1")),
      new JudgedQuery("q2", "two", List.of("yes2")),
      new JudgedQuery("q3", "three", List.of("yes3")),
      new JudgedQuery("q4", "four", List.of("yes4")));

  /** Judges one ranking per query, each given as the texts of its top hits. */
  private static RelevanceMetrics ranked(String configuration, List<List<String>> rankings) {
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < QUERIES.size(); i++) {
      outcomes.add(Outcome.of(QUERIES.get(i), rankings.get(i)));
    }
    return new RelevanceMetrics(configuration, outcomes);
  }

  private static final RelevanceMetrics CORPUS_SEARCH =
      ranked("corpus-search", List.of(List.of("yes1"), List.of("yes2"), List.of("no", "yes3"), List.of("yes4")));
  private static final RelevanceMetrics STANDARD =
      ranked("standard", List.of(List.of("no", "yes1"), List.of("yes2"), List.of("no"), List.of("no", "no", "no", "yes4")));
  private static final RelevanceMetrics OPENSEARCH =
      ranked("opensearch", List.of(List.of("yes1"), List.of("no", "yes2"), List.of(), List.of("yes4")));

  @Test
  void theFiguresFollowFromTheRankings() {
    assertThat(CORPUS_SEARCH.mrr()).isEqualTo((1 + 1 + 0.5 + 1) / 4);
    assertThat(OPENSEARCH.mrr()).isEqualTo((1 + 0.5 + 0 + 1) / 4);
    assertThat(OPENSEARCH.successAt1()).isEqualTo(0.5);
    assertThat(OPENSEARCH.recall()).isEqualTo(0.75);
    assertThat(STANDARD.mrr()).isEqualTo((0.5 + 1 + 0 + 0.25) / 4);
  }

  @Test
  void everyBaselineSitsBesideCorpusSearchAndTheBestIsNamedWithTheMargin() {
    QuerySetResult set = new QuerySetResult("set.tsv", CORPUS_SEARCH, List.of(STANDARD, OPENSEARCH), List.of());
    assertThat(set.bestBaseline()).isSameAs(OPENSEARCH);
    assertThat(RelevanceTables.summary(set)).isEqualTo("""
        set.tsv               corpus-search       standard     opensearch   vs best
        MRR@10                        0.875          0.438          0.625   +40.0 %
        Success@1                     0.750          0.250          0.500   +50.0 %
        Recall@10                     1.000          0.750          0.750   +33.3 %
        best baseline: opensearch (MRR@10 0.625); corpus-search +40.0 %
        """);
    assertThat(RelevanceTables.table(set)).contains("q3   three", "    2          -          -  no");
  }

  @Test
  void aBaselineNotRunSaysSoAndHowToRunIt() {
    NotRun absent = new NotRun("opensearch", RelevanceEvaluation.OPENSEARCH_HOW_TO);
    QuerySetResult set = new QuerySetResult("set.tsv", CORPUS_SEARCH, List.of(STANDARD), List.of(absent));
    assertThat(RelevanceTables.summary(set)).isEqualTo("""
        set.tsv               corpus-search       standard     opensearch   vs best
        MRR@10                        0.875          0.438        not run  +100.0 %
        Success@1                     0.750          0.250        not run  +200.0 %
        Recall@10                     1.000          0.750        not run   +33.3 %
        best baseline: standard (MRR@10 0.438); corpus-search +100.0 %
        opensearch: not run (scripts/relevance.sh --with-opensearch, or --opensearch URL)
        """);
  }

  @Test
  void theMarginIsInPercentOfTheBaselineAndSignedEitherWay() {
    assertThat(RelevanceTables.margin(0.915, 0.845)).isEqualTo("+8.3 %");
    assertThat(RelevanceTables.margin(0.8, 0.9)).isEqualTo("-11.1 %");
    assertThat(RelevanceTables.margin(0.5, 0)).isEqualTo("n/a");
  }
}
