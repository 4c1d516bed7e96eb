package corpussearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * {@link JoiningCharFilter} against its rules written as one regular expression (what the chain
 * used before the filter was written by hand): the same text out, and every offset mapped back to
 * the same place in the text as written.
 */
class JoiningCharFilterTest {

  private static final String HYPHEN = "[-\\u2010\\u2011]";

  /** The rules as a regular expression; Java's {@code \b} is ASCII-only, so is this comparison. */
  private static final Pattern RULES =
      Pattern.compile(
          "[-\\u2010\\u2011.,\\u00a0\\u202f](?:"
              + "(?<=\\b\\p{Lu}{2,5}" + HYPHEN + ")(?=\\p{Lu}{1,2}\\b)"
              + "|(?<=\\b\\p{L}{2,5}" + HYPHEN + ")(?=\\p{L}\\b)"
              + "|(?<=\\.)(?=['’][sS]\\b)"
              + "|(?<=\\d[,\\u00a0\\u202f])(?=\\d{3}(?!\\d)))");

  /** A hyphen left between two letters is marked for {@link CompoundWordFilter}. */
  private static final Pattern WORD_HYPHEN = Pattern.compile("(?<=\\p{L})" + HYPHEN + "(?=\\p{L})");

  @Property(tries = 3000)
  void deletesWhatTheRegularExpressionDeletes(@ForAll("texts") String text) throws IOException {
    CharFilter expected = new PatternReplaceCharFilter(RULES, "", new StringReader(text));
    CharFilter actual = new JoiningCharFilter(new StringReader(text));
    String expectedText = WORD_HYPHEN.matcher(readAll(expected)).replaceAll(String.valueOf(CompoundWordFilter.MARK));
    assertThat(readAll(actual)).isEqualTo(expectedText);
    for (int offset = 0; offset <= expectedText.length(); offset++) {
      assertThat(actual.correctOffset(offset)).as("offset %d", offset).isEqualTo(expected.correctOffset(offset));
    }
  }

  @Example
  void acronymsWithAccentsJoinLikePlainOnes() throws IOException {
    assertThat(readAll(new JoiningCharFilter(new StringReader("ÉTAT-K and État-k")))).isEqualTo("ÉTATK and Étatk");
  }

  @Example
  void aWordWithACombiningAccentIsOneWord() throws IOException {
    // "e" + U+0301: the accent is part of the word, so "ABe\u0301-K" is no acronym followed by a suffix.
    assertThat(readAll(new JoiningCharFilter(new StringReader("ABe\u0301-K")))).isEqualTo("ABe\u0301-K");
  }

  @Example
  void longTextIsReadWhole() throws IOException {
    String text = "IS-K, 2,000 men. ".repeat(500);
    assertThat(readAll(new JoiningCharFilter(new StringReader(text)))).isEqualTo("ISK, 2000 men. ".repeat(500));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("AIKPSUakps019 _-\u2010\u2011.,'’\u00a0\u202f").ofMaxLength(40);
  }

  private static String readAll(CharFilter filter) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[7];
    for (int read; (read = filter.read(buffer, 0, buffer.length)) > 0; ) {
      text.append(buffer, 0, read);
    }
    return text.toString();
  }
}
