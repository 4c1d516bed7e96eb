package corpussearch.analysis;

import static org.apache.lucene.tests.analysis.BaseTokenStreamTestCase.checkAnalysisConsistency;
import static org.apache.lucene.tests.analysis.BaseTokenStreamTestCase.checkRandomData;
import static org.apache.lucene.tests.analysis.BaseTokenStreamTestCase.checkResetException;
import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.tests.util.LuceneTestCase;

/**
 * Lucene's own checks of a token stream ({@code BaseTokenStreamTestCase}), run on an analyzer over
 * random Unicode text, very long tokens and the {@link HardTexts}: offsets ascending and inside the
 * input, positions and position lengths consistent, attributes cleared, the reset/end/close
 * workflow kept (a {@code MockTokenizer} underneath fails on any breach), and the same tokens
 * however the text is read (whole, in random chunks, behind another char filter) and on any
 * thread.
 */
final class StreamContract {

  /** One token as a test compares it. */
  record Token(String term, int start, int end, int positionIncrement, int positionLength) {}

  private StreamContract() {}

  /** Runs every check on analyzers made by {@code analyzers}. */
  static void check(Random random, Supplier<Analyzer> analyzers) throws IOException {
    try (Analyzer analyzer = analyzers.get()) {
      checkResetException(analyzer, "IS-K’s 2,000 fighters in the U.S.");
      checkRandomData(random, analyzer, 200 * LuceneTestCase.RANDOM_MULTIPLIER);
      checkRandomData(random, analyzer, 10 * LuceneTestCase.RANDOM_MULTIPLIER, 8192);
      for (int i = 0; i < 300 * LuceneTestCase.RANDOM_MULTIPLIER; i++) {
        checkAnalysisConsistency(random, analyzer, random.nextBoolean(), HardTexts.next(random, 12));
      }
    }
    sameTokensWhateverCameBefore(random, analyzers);
  }

  /**
   * One analyzer reused over many texts, in two orders, gives each text the tokens a fresh
   * analyzer gives it: no state (a memo, a buffer, a flag) leaks from one text to the next.
   */
  private static void sameTokensWhateverCameBefore(Random random, Supplier<Analyzer> analyzers) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      texts.add(HardTexts.next(random, 12));
    }
    try (Analyzer reused = analyzers.get()) {
      for (int round = 0; round < 2; round++) {
        for (String text : texts) {
          try (Analyzer fresh = analyzers.get()) {
            assertEquals(text, tokens(fresh, text), tokens(reused, text));
          }
        }
        Collections.shuffle(texts, random);
      }
    }
  }

  /** The tokens {@code analyzer} makes of {@code text}. */
  static List<Token> tokens(Analyzer analyzer, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(new Token(term.toString(), offsets.startOffset(), offsets.endOffset(),
            increment.getPositionIncrement(), length.getPositionLength()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
