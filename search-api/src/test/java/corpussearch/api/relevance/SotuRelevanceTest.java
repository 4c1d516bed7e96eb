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
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
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

  @BeforeAll
  static void evaluate() throws IOException, URISyntaxException {
    String corpus = System.getProperty(CORPUS_PROPERTY, "");
    assumeTrue(!corpus.isBlank() && Files.isDirectory(Path.of(corpus)),
        "no SOTU corpus: run ./test.sh, or pass -D" + CORPUS_PROPERTY + "=$(scripts/sotu-corpus.sh)");
    RelevanceEvaluation.buildIndex(Path.of(corpus), indexDir);
    try (RelevanceEvaluation evaluation = RelevanceEvaluation.open(indexDir)) {
      Path queries = Path.of(SotuRelevanceTest.class.getResource("/relevance/blind-sotu.tsv").toURI());
      blind = evaluation.evaluate("blind-sotu.tsv", JudgedQuery.load(queries));
    }
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, RelevanceReport.format(List.of(blind)), StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("FLOOR blind SOTU set: corpus-search's MRR@10 above the best baseline's")
  void beatsTheBestBaseline() {
    assertThat(blind.corpusSearch().mrr()).as("MRR@10\n%s", RelevanceReport.summary(blind))
        .isGreaterThan(blind.bestBaseline().mrr());
  }

  /** Pinned as {@code RelevanceSuiteTest#figuresArePinned} pins the seeds sets, for the same reason. */
  @Test
  @DisplayName("PINNED blind SOTU set: MRR@10, Success@1, Recall@10 exactly as recorded")
  void figuresArePinned() {
    Offset<Double> exact = Offset.offset(0.001);
    String context = "\n" + RelevanceReport.summary(blind) + "\nqueries not answered at rank 1:\n" + RelevanceReport.weakTable(blind);
    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(blind.corpusSearch().mrr()).as("pinned MRR@10%s", context).isCloseTo(0.915, exact);
    softly.assertThat(blind.corpusSearch().successAt1()).as("pinned Success@1").isCloseTo(0.880, exact);
    softly.assertThat(blind.corpusSearch().recall()).as("pinned Recall@10").isCloseTo(0.987, exact);
    softly.assertAll();
  }
}
