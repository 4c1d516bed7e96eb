package corpussearch.indexer.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Test helper: the terms an analyzer produces for a string, in order. */
final class AnalyzerTokens {

  private static final Analyzer INDEXING = CorpusAnalyzer.forIndexing();

  private AnalyzerTokens() {}

  /** The terms {@link CorpusAnalyzer#forIndexing()} produces for {@code text} in field "text". */
  static List<String> tokens(String text) {
    return tokens(INDEXING, text);
  }

  static List<String> tokens(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
