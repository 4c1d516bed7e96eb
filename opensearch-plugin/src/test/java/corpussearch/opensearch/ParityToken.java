package corpussearch.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/** One token as the parity check compares it: what {@code _analyze} reports of it. */
record ParityToken(String term, int position, int positionLength, int start, int end) {

  /** The tokens {@code analyzer} makes of {@code text}, positions counted from 0 as OpenSearch counts them. */
  static List<ParityToken> of(Analyzer analyzer, String text) {
    List<ParityToken> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(new ParityToken(term.toString(), position, length.getPositionLength(), offsets.startOffset(), offsets.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    }
    return tokens;
  }

  @Override
  public String toString() {
    return term + "@" + position + (positionLength == 1 ? "" : "+" + positionLength) + "[" + start + "," + end + ")";
  }
}
