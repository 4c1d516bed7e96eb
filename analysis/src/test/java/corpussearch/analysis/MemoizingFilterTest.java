package corpussearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** {@link MemoizingFilter}: the words of the chain it wraps, however often they repeat. */
class MemoizingFilterTest {

  private static final UnaryOperator<TokenStream> STEMMING = s -> new KStemFilter(new LowerCaseFilter(s));

  @Property(tries = 300)
  void givesTheWordsOfTheChainItself(@ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 50) int capacity)
      throws IOException {
    List<String> direct = terms(text, STEMMING);
    List<String> memoized = terms(text, s -> new MemoizingFilter(s, STEMMING, capacity));
    assertThat(memoized).isEqualTo(direct);
  }

  @Example
  void aWordMarkedAsKeywordBeforeTheMemoIsLeftAsTheChainLeavesKeywords() throws IOException {
    CharArraySet protectedWords = new CharArraySet(List.of("ISIS"), false);
    Function<TokenStream, TokenStream> marked = s -> new SetKeywordMarkerFilter(s, protectedWords);
    List<String> words =
        terms("ISIS isis ISIS", s -> new MemoizingFilter(marked.apply(s), t -> new KStemFilter(t), 10));
    // The marked "ISIS" is not stemmed (nor lower-cased: the chain is only KStem here); the
    // unmarked "isis" is, and its memo entry does not leak onto the marked ones.
    assertThat(words).containsExactly("ISIS", "isi", "ISIS");
  }

  @Example
  void theKeywordFlagTheChainSetsComesOutToo() throws IOException {
    CharArraySet protectedWords = new CharArraySet(List.of("isis"), false);
    UnaryOperator<TokenStream> chain = s -> new SetKeywordMarkerFilter(new LowerCaseFilter(s), protectedWords);
    WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
    tokenizer.setReader(new StringReader("ISIS Isis"));
    try (TokenStream stream = new MemoizingFilter(tokenizer, chain, 10)) {
      KeywordAttribute keyword = stream.addAttribute(KeywordAttribute.class);
      stream.reset();
      for (int i = 0; i < 2; i++) {
        assertThat(stream.incrementToken()).isTrue();
        assertThat(keyword.isKeyword()).isTrue();
      }
      stream.end();
    }
  }

  @Example
  void aChainThatSplitsWordsIsRefused() {
    assertThatThrownBy(() -> terms("words", s -> new MemoizingFilter(s, t -> new EdgeNGramTokenFilter(t, 1, 2, false), 10)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("split");
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> word = Arbitraries.of("Running", "running", "runs", "ran", "Cities", "city", "ISIS", "is", "the", "a", "Governments");
    return word.list().ofMaxSize(60).map(words -> String.join(" ", words));
  }

  private static List<String> terms(String text, UnaryOperator<TokenStream> filters) throws IOException {
    WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
    tokenizer.setReader(new StringReader(text));
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = filters.apply(tokenizer)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }
}
