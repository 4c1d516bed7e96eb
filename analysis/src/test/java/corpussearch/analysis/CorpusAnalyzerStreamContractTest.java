package corpussearch.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * The whole chain, as the index builder and the search service use it, through Lucene's token
 * stream checks ({@link StreamContract}); and its offsets point at the text as written, across the
 * characters its char filters change or delete.
 */
public class CorpusAnalyzerStreamContractTest extends BaseTokenStreamTestCase {

  private static final SynonymMap ALIASES = Synonyms.bundled();

  public void testIndexingChain() throws IOException {
    StreamContract.check(random(), CorpusAnalyzer::forIndexing);
  }

  public void testQueryChainWithTheBundledAliases() throws IOException {
    StreamContract.check(random(), () -> CorpusAnalyzer.forQueries(ALIASES));
  }

  public void testOffsetsPointAtTheTextAsWritten() throws IOException {
    try (Analyzer a = CorpusAnalyzer.forIndexing()) {
      assertAnalyzesTo(a, "The IS-K’s 2,000 fighters in the U.S.",
          new String[] {"the", "isk", "2000", "fighter", "in", "the", "usa"},
          new int[] {0, 4, 11, 17, 26, 29, 33},
          new int[] {3, 10, 16, 25, 28, 32, 36},
          new int[] {1, 1, 1, 1, 1, 1, 1});
    }
  }

  public void testAnAliasSpansThePositionsOfTheWordsItStandsFor() throws IOException {
    Path list = createTempDir().resolve("aliases.txt");
    Files.writeString(list, "Daesh, Islamic State in Khorasan\n");
    try (Analyzer a = CorpusAnalyzer.forQueries(Synonyms.fromFile(list))) {
      assertGraphStrings(a, "Daesh fighters", "daesh fighter", "islam state in khorasan fighter");
      assertGraphStrings(a, "Islamic State in Khorasan fighters", "daesh fighter", "islam state in khorasan fighter");
    }
  }
}
