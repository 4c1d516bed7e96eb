package corpussearch.api.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import corpussearch.api.relevance.RelevanceEvaluation.QuerySetResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blind State of the Union set over the bench's 1x corpus (233 addresses, 1790–2021), written
 * from the addresses alone by someone who had not read the ranking code. The corpus comes from npm
 * through {@code scripts/sotu-corpus.sh}, which {@code ./test.sh} runs and names in the system
 * property {@value #CORPUS_PROPERTY}; without it (a plain {@code mvn test}) the test is skipped.
 */
class SotuRelevanceTest {

  static final String CORPUS_PROPERTY = "corpussearch.sotu.corpus";
  static final Path REPORT = Path.of("target", "relevance-sotu.txt");

  @TempDir static Path indexDir;

  static QuerySetResult blind;
  static QuerySetResult report;
  /** The third blind set (77 queries), written after every ranking change so far and measured blind. */
  static QuerySetResult third;

  @BeforeAll
  static void evaluate() throws IOException, URISyntaxException {
    String corpus = System.getProperty(CORPUS_PROPERTY, "");
    assumeTrue(!corpus.isBlank() && Files.isDirectory(Path.of(corpus)),
        "no SOTU corpus: run ./test.sh, or pass -D" + CORPUS_PROPERTY + "=$(scripts/sotu-corpus.sh)");
    RelevanceEvaluation.buildIndex(Path.of(corpus), indexDir);
    try (RelevanceEvaluation evaluation = RelevanceEvaluation.open(indexDir)) {
      blind = evaluation.evaluate("blind-sotu.tsv", JudgedQuery.load(resource("blind-sotu.tsv")));
      report = evaluation.evaluate("blind2-sotu.tsv", JudgedQuery.load(resource("blind2-sotu.tsv")));
      third = evaluation.evaluate("blind3-sotu.tsv", JudgedQuery.load(resource("blind3-sotu.tsv")));
    }
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, RelevanceTables.format(List.of(blind, report, third)), StandardCharsets.UTF_8);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(SotuRelevanceTest.class.getResource("/relevance/" + name).toURI());
  }

  @Test
  @DisplayName("FLOOR every blind SOTU set: corpus-search's MRR@10 above the best baseline's")
  void beatsTheBestBaseline() {
    for (QuerySetResult set : List.of(blind, report, third)) {
      assertThat(set.corpusSearch().mrr()).as("MRR@10\n%s", RelevanceTables.summary(set)).isGreaterThan(set.bestBaseline().mrr());
    }
  }

  @Test
  @DisplayName("FLOOR third blind SOTU set (issue #17's measuring set): MRR@10 at least 10% above the best baseline's")
  void beatsTheBestBaselineByTenPercentOnTheMeasuringSet() {
    assertThat(third.corpusSearch().mrr()).as("MRR@10\n%s", RelevanceTables.summary(third))
        .isGreaterThanOrEqualTo(1.10 * third.bestBaseline().mrr());
  }

  /** The figures of both sets, pinned ({@link PinnedFigures}). */
  @Test
  @DisplayName("PINNED every blind SOTU set: MRR@10, Success@1, Recall@10 exactly as recorded")
  void figuresArePinned() {
    SoftAssertions softly = new SoftAssertions();
    PinnedFigures.pin(softly, blind, 0.915, 0.880, 0.987);
    PinnedFigures.pin(softly, report, 0.875, 0.827, 0.981);
    PinnedFigures.pin(softly, third, 0.840, 0.792, 0.922);
    softly.assertAll();
  }

}
