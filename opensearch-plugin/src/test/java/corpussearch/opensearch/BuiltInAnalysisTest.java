package corpussearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.analysis.Synonyms;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.Analyzer;

/**
 * The generated built-in settings, assembled from the Lucene classes OpenSearch would create for
 * them ({@link BuiltInChain}), give CorpusAnalyzer's tokens: terms, positions, position lengths
 * and offsets.
 */
class BuiltInAnalysisTest {

  private static final java.util.Map<String, Object> SETTINGS = BuiltInAnalysis.analysis("");
  private static final Analyzer OURS_INDEXING = CorpusAnalyzer.forIndexing();
  private static final Analyzer OURS_QUERIES = CorpusAnalyzer.forQueries(Synonyms.bundled());
  private static final Analyzer BUILT_IN_INDEXING = new BuiltInChain(SETTINGS, "corpus");
  private static final Analyzer BUILT_IN_QUERIES = new BuiltInChain(SETTINGS, "corpus_search");

  @Property(tries = 400)
  void hardTextsGiveTheSameTokens(@ForAll("hardTexts") String text) {
    assertThat(ParityToken.of(BUILT_IN_INDEXING, text)).as("indexing").isEqualTo(ParityToken.of(OURS_INDEXING, text));
    assertThat(ParityToken.of(BUILT_IN_QUERIES, text)).as("queries").isEqualTo(ParityToken.of(OURS_QUERIES, text));
  }

  @Example
  void everySeedsParagraphGivesTheSameTokens() {
    for (String paragraph : ParityTexts.paragraphs(Path.of("../seeds"))) {
      assertThat(ParityToken.of(BUILT_IN_INDEXING, paragraph)).as(paragraph).isEqualTo(ParityToken.of(OURS_INDEXING, paragraph));
      assertThat(ParityToken.of(BUILT_IN_QUERIES, paragraph)).as(paragraph).isEqualTo(ParityToken.of(OURS_QUERIES, paragraph));
    }
  }

  @Example
  void theSettingsPrintTheSameEveryTime() {
    assertThat(Json.write(BuiltInAnalysis.analysis("x_"))).isEqualTo(Json.write(BuiltInAnalysis.analysis("x_")));
  }

  @Provide
  Arbitrary<String> hardTexts() {
    return Arbitraries.longs().map(seed -> ParityTexts.random(2, seed).get(1));
  }
}
