package corpussearch.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Deletes the characters that would cut one word or number in two before the tokenizer sees them:
 *
 * <ul>
 *   <li>the hyphen of an upper-case acronym of 2–5 letters with a 1–2 letter upper-case suffix:
 *       IS-K, ISIS-K, ISIL-K, IS-KP;
 *   <li>the hyphen of a short word of 2–5 letters with a one-letter suffix, in any case, so
 *       "isis-k" typed in lower case still finds IS-K (a longer suffix, as in "War-on" or
 *       "anti-US", is left to the tokenizer);
 *   <li>the period of an abbreviation before a possessive: "U.S.'s" reads as "U.S's";
 *   <li>a thousands separator (comma, no-break or narrow no-break space) between a digit and
 *       exactly three digits: "2,000" and "2 000" read as "2000".
 * </ul>
 *
 * <p>Any other hyphen between two letters ("hard-liner", "al-Qaeda") becomes {@value
 * CompoundWordFilter#MARK}, which keeps the word whole through the tokenizer, so that {@link
 * CompoundWordFilter} can index it both as its parts and joined.
 *
 * <p>Words are bounded by anything that is not a letter, a digit, an underscore or a combining
 * mark. Offsets are corrected for every deleted character, so highlights still cover the text as
 * written.
 *
 * <p>These rules were one regular expression in a {@code PatternReplaceCharFilter}, which tried the
 * pattern at every character of every paragraph: 13 % of the index build's CPU. This filter makes
 * one pass and looks around only at the few hyphens, periods and separators.
 */
final class JoiningCharFilter extends BaseCharFilter {

  /** An acronym joined across a hyphen has this many upper-case letters before it, at least… */
  static final int ACRONYM_MIN = 2;
  /** …and at most. */
  static final int ACRONYM_MAX = 5;
  /** Its suffix after the hyphen has at most this many upper-case letters (and at least one). */
  static final int ACRONYM_SUFFIX_MAX = 2;
  /** A short word joined across a hyphen (in any case) has 2–5 letters, like an acronym, and a one-letter suffix. */
  static final int SHORT_WORD_SUFFIX = 1;

  private char[] output;
  private int outputLength;
  private int position;

  JoiningCharFilter(Reader input) {
    super(input);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (output == null) {
      fill();
    }
    if (position >= outputLength) {
      return -1;
    }
    int count = Math.min(length, outputLength - position);
    System.arraycopy(output, position, buffer, offset, count);
    position += count;
    return count;
  }

  @Override
  protected int correct(int offset) {
    return Math.max(0, super.correct(offset));
  }

  private void fill() throws IOException {
    char[] text = readAll();
    int length = text.length;
    output = new char[length];
    int deleted = 0;
    for (int i = 0; i < length; i++) {
      if (isDeleted(text, i)) {
        deleted++;
        addOffCorrectMap(outputLength, deleted);
      } else if (joinsWords(text, i)) {
        output[outputLength++] = CompoundWordFilter.MARK;
      } else {
        output[outputLength++] = text[i];
      }
    }
  }

  private char[] readAll() throws IOException {
    char[] text = new char[1024];
    int length = 0;
    for (int read; (read = input.read(text, length, text.length - length)) > 0; ) {
      length += read;
      if (length == text.length) {
        text = Arrays.copyOf(text, text.length * 2);
      }
    }
    return Arrays.copyOf(text, length);
  }

  /** The hyphens this filter deletes or marks: hyphen-minus, hyphen and non-breaking hyphen. */
  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  /** The thousands separators it deletes: comma, no-break space and narrow no-break space. */
  static boolean isThousandsSeparator(char c) {
    return c == ',' || c == '\u00a0' || c == '\u202f';
  }

  private static boolean isDeleted(char[] text, int i) {
    char c = text[i];
    if (isHyphen(c)) {
      return joinsAcronym(text, i) || joinsShortWord(text, i);
    }
    return c == '.' ? beforePossessive(text, i + 1) : isThousandsSeparator(c) && separatesThousands(text, i);
  }

  /** Whether a hyphen (not deleted) stands between two letters, inside one word. */
  private static boolean joinsWords(char[] text, int i) {
    return isHyphen(text[i]) && i > 0 && i + 1 < text.length
        && Character.isLetter(Character.codePointBefore(text, i)) && Character.isLetter(Character.codePointAt(text, i + 1));
  }

  private static boolean joinsAcronym(char[] text, int hyphen) {
    return wordBefore(text, hyphen, ACRONYM_MIN, ACRONYM_MAX, true) && wordAfter(text, hyphen + 1, 1, ACRONYM_SUFFIX_MAX, true);
  }

  private static boolean joinsShortWord(char[] text, int hyphen) {
    return wordBefore(text, hyphen, ACRONYM_MIN, ACRONYM_MAX, false) && wordAfter(text, hyphen + 1, SHORT_WORD_SUFFIX, SHORT_WORD_SUFFIX, false);
  }

  private static boolean beforePossessive(char[] text, int at) {
    return at + 1 < text.length
        && (text[at] == '\'' || text[at] == '\u2019')
        && (text[at + 1] == 's' || text[at + 1] == 'S')
        && boundaryAt(text, at + 2);
  }

  private static boolean separatesThousands(char[] text, int separator) {
    int end = separator + 4;
    if (separator == 0 || !isAsciiDigit(text[separator - 1]) || end > text.length) {
      return false;
    }
    for (int i = separator + 1; i < end; i++) {
      if (!isAsciiDigit(text[i])) {
        return false;
      }
    }
    return end == text.length || !isAsciiDigit(text[end]);
  }

  /** Whether the letters just before {@code end} form a whole word of {@code min}–{@code max} letters. */
  private static boolean wordBefore(char[] text, int end, int min, int max, boolean upperCase) {
    int letters = 0;
    int start = end;
    while (start > 0 && letters < max) {
      int codePoint = Character.codePointBefore(text, start);
      if (!isLetter(codePoint, upperCase)) {
        break;
      }
      start -= Character.charCount(codePoint);
      letters++;
    }
    return letters >= min && boundaryAt(text, start);
  }

  /** Whether the letters from {@code start} form a whole word of {@code min}–{@code max} letters. */
  private static boolean wordAfter(char[] text, int start, int min, int max, boolean upperCase) {
    int letters = 0;
    int end = start;
    while (end < text.length && letters < max) {
      int codePoint = Character.codePointAt(text, end);
      if (!isLetter(codePoint, upperCase)) {
        break;
      }
      end += Character.charCount(codePoint);
      letters++;
    }
    return letters >= min && boundaryAt(text, end);
  }

  private static boolean boundaryAt(char[] text, int i) {
    boolean before = i > 0 && isWordPart(Character.codePointBefore(text, i));
    boolean after = i < text.length && isWordPart(Character.codePointAt(text, i));
    return before != after;
  }

  private static boolean isLetter(int codePoint, boolean upperCase) {
    return upperCase ? Character.getType(codePoint) == Character.UPPERCASE_LETTER : Character.isLetter(codePoint);
  }

  private static boolean isWordPart(int codePoint) {
    return Character.isLetterOrDigit(codePoint)
        || codePoint == '_'
        || Character.getType(codePoint) == Character.NON_SPACING_MARK;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
