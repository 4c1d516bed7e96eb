package corpussearch.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

/**
 * Each of the chain's own char and token filters alone, behind Lucene's {@link MockTokenizer}
 * (which enforces the token stream workflow), through Lucene's token stream checks
 * ({@link StreamContract}), plus what its offsets must point at in the text as written.
 */
public class FilterStreamContractTest extends BaseTokenStreamTestCase {

  /** The characters {@link JoiningCharFilter} may delete. */
  private static final Pattern JOINERS = Pattern.compile("[-\\u2010\\u2011.,\\u00a0\\u202f]");

  private static final Supplier<Analyzer> APOSTROPHES = () -> charFilter(ApostropheCharFilter::new);
  private static final Supplier<Analyzer> JOINING = () -> charFilter(JoiningCharFilter::new);
  private static final Supplier<Analyzer> COUNTRY = () -> tokenFilter(CountryAcronymFilter::new);
  private static final Supplier<Analyzer> SPELLING = () -> tokenFilter(SpellingVariantFilter::new);
  /** A memo of 4 words, full after the first few tokens, over a chain that changes words. */
  private static final Supplier<Analyzer> MEMO =
      () -> tokenFilter(in -> new MemoizingFilter(in, s -> new SpellingVariantFilter(new LowerCaseFilter(s)), 4));

  public void testApostropheCharFilter() throws IOException {
    StreamContract.check(random(), APOSTROPHES);
    try (Analyzer a = APOSTROPHES.get()) {
      assertAnalyzesTo(a, "Kabul’s ‘x’ ʼa′＇", new String[] {"Kabul's", "'x'", "'a''"}, new int[] {0, 8, 12},
          new int[] {7, 11, 16});
    }
  }

  public void testJoiningCharFilter() throws IOException {
    StreamContract.check(random(), JOINING);
    try (Analyzer a = JOINING.get()) {
      assertAnalyzesTo(a, "IS-K fighters 2,000 U.S.'s War-on isis‑k",
          new String[] {"ISK", "fighters", "2000", "U.S's", "War_on", "isisk"},
          new int[] {0, 5, 14, 20, 27, 34},
          new int[] {4, 13, 19, 26, 33, 40});
    }
  }

  public void testCountryAcronymFilter() throws IOException {
    StreamContract.check(random(), COUNTRY);
    try (Analyzer a = COUNTRY.get()) {
      assertAnalyzesTo(a, "US us U.S. USA U.S.A. USSR", new String[] {"usa", "us", "usa", "usa", "usa", "USSR"});
    }
  }

  public void testSpellingVariantFilter() throws IOException {
    StreamContract.check(random(), SPELLING);
    try (Analyzer a = SPELLING.get()) {
      assertAnalyzesTo(a, "colour recognised defences hour", new String[] {"color", "recognized", "defenses", "hour"});
    }
  }

  public void testMemoizingFilter() throws IOException {
    StreamContract.check(random(), MEMO);
    try (Analyzer a = MEMO.get()) {
      assertAnalyzesTo(a, "Colour a b c d colour COLOUR e Hour",
          new String[] {"color", "a", "b", "c", "d", "color", "color", "e", "hour"});
    }
  }

  /**
   * Each token's offsets frame it in the text as written: the apostrophe filter changes characters
   * one for one, and the joining filter only deletes hyphens, periods and separators, or marks a
   * hyphen inside a word with {@link CompoundWordFilter#MARK} (compared as a hyphen).
   */
  public void testOffsetsFrameEachTokenInTheTextAsWritten() {
    try (Analyzer apostrophes = APOSTROPHES.get(); Analyzer joining = JOINING.get()) {
      for (int i = 0; i < 500 * RANDOM_MULTIPLIER; i++) {
        String text = HardTexts.next(random(), 12);
        for (StreamContract.Token token : StreamContract.tokens(apostrophes, text)) {
          String written = text.substring(token.start(), token.end());
          assertEquals(text, token.term(), withPlainApostrophes(written));
        }
        for (StreamContract.Token token : StreamContract.tokens(joining, text)) {
          String written = text.substring(token.start(), token.end());
          assertEquals(text, withoutJoiners(asHyphens(token.term())), withoutJoiners(asHyphens(written)));
        }
      }
    }
  }

  private static String asHyphens(String text) {
    return text.replace(CompoundWordFilter.MARK, '-');
  }

  private static String withPlainApostrophes(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = ApostropheCharFilter.normalize(chars[i]);
    }
    return new String(chars);
  }

  private static String withoutJoiners(String text) {
    return JOINERS.matcher(text).replaceAll("");
  }

  /** A whitespace {@link MockTokenizer} reading through {@code filter}. */
  private static Analyzer charFilter(UnaryOperator<Reader> filter) {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return filter.apply(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new MockTokenizer(MockTokenizer.WHITESPACE, false));
      }
    };
  }

  /** A whitespace {@link MockTokenizer} followed by {@code filter}. */
  private static Analyzer tokenFilter(UnaryOperator<TokenStream> filter) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        return new TokenStreamComponents(tokenizer, filter.apply(tokenizer));
      }
    };
  }
}
