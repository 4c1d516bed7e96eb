package corpussearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Hyphenated words through the whole chain: parts at their positions, joined form stacked when indexing. */
class CompoundWordFilterTest {

  private static final Analyzer INDEXING = CorpusAnalyzer.forIndexing();
  private static final Analyzer QUERY_WORDS = CorpusAnalyzer.forQueryWords();

  private record Token(String term, int position, int start, int end) {}

  @Property(tries = 300)
  void aHyphenatedWordIsIndexedAsItsPartsAndJoined(@ForAll("words") String first, @ForAll("words") String second) {
    String word = first + "-" + second;
    List<Token> tokens = tokens(INDEXING, "said " + word + " today");
    String joined = single(first + second);
    assertThat(tokens).extracting(Token::term)
        .containsExactly(single("said"), joined, single(first), single(second), single("today"));
    Token joinedToken = tokens.get(1);
    assertThat(joinedToken.position()).as("stacked on the first part").isEqualTo(tokens.get(2).position());
    assertThat(tokens.get(3).position()).isEqualTo(tokens.get(2).position() + 1);
    assertThat(joinedToken.start()).isEqualTo(5);
    assertThat(joinedToken.end()).isEqualTo(5 + word.length());
    assertThat(tokens.get(3).start()).isEqualTo(5 + first.length() + 1);
  }

  @Property(tries = 100)
  void queriesSeeOnlyTheParts(@ForAll("words") String first, @ForAll("words") String second) {
    assertThat(tokens(QUERY_WORDS, first + "-" + second)).extracting(Token::term)
        .containsExactly(single(first), single(second));
  }

  @Example
  void theJoinedFormIsStemmedLikeAnyWord() {
    assertThat(tokens(INDEXING, "hard-liners")).extracting(Token::term).contains("hardliner");
    assertThat(AnalyzedTerms.of(INDEXING, "text", "hardliners")).containsExactly("hardliner");
  }

  @Example
  void joinedAcronymsStayOneWord() {
    assertThat(AnalyzedTerms.of(INDEXING, "text", "ISIS-K and Tehrik-e-Taliban"))
        .containsExactly("isisk", "and", "tehriketaliban", "tehrik", "e", "taliban");
  }

  @Example
  void partsOfAWordTheCharFilterShortenedSpanTheWholeWord() {
    // "IS-K-cell" reaches the filter as "ISK_cell": where "cell" starts in the text is unknown.
    assertThat(tokens(INDEXING, "IS-K-cell"))
        .containsExactly(new Token("iskcell", 0, 0, 9), new Token("isk", 0, 0, 9), new Token("cell", 1, 0, 9));
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(9)
        .filter(word -> AnalyzedTerms.of(QUERY_WORDS, "text", word).size() == 1);
  }

  private static String single(String word) {
    List<String> terms = AnalyzedTerms.of(QUERY_WORDS, "text", word);
    assertThat(terms).hasSize(1);
    return terms.get(0);
  }

  private static List<Token> tokens(Analyzer analyzer, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
