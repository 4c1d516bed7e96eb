package corpussearch.analysis;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Rewrites the upper-case country acronyms "US", "U.S", "U.S.", "USA" and "U.S.A" to the single
 * token {@value #CANONICAL}. It must run before lower-casing: only the capitalisation tells the
 * country "US" from the pronoun "us", which is left alone.
 */
final class CountryAcronymFilter extends TokenFilter {

  /** The token every spelling of the country's acronym becomes. */
  static final String CANONICAL = "usa";

  /** The upper-case spellings of the acronym, as the tokenizer leaves them. */
  static final Set<String> SPELLING_LIST = Set.of("US", "U.S", "U.S.", "USA", "U.S.A", "U.S.A.");

  private static final CharArraySet SPELLINGS = CharArraySet.unmodifiableSet(new CharArraySet(SPELLING_LIST, false));

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  CountryAcronymFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    // Every spelling starts with 'U' and has 2-6 characters: checked first, since nearly every
    // token is something else and a set lookup for each of them was 4 % of the index build.
    int length = term.length();
    if (length >= 2 && length <= 6 && term.buffer()[0] == 'U' && SPELLINGS.contains(term.buffer(), 0, length)) {
      term.setEmpty().append(CANONICAL);
    }
    return true;
  }
}
