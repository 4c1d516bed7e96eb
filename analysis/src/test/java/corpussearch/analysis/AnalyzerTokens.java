package corpussearch.analysis;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/** Test helper: the terms an analyzer produces for a string, in order. */
final class AnalyzerTokens {

  private static final Analyzer INDEXING = CorpusAnalyzer.forIndexing();

  private AnalyzerTokens() {}

  /** The terms {@link CorpusAnalyzer#forIndexing()} produces for {@code text} in field "text". */
  static List<String> tokens(String text) {
    return tokens(INDEXING, text);
  }

  static List<String> tokens(Analyzer analyzer, String text) {
    return AnalyzedTerms.of(analyzer, "text", text);
  }
}
