package corpussearch.indexer.paragraphs;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Small, shape-only predicates over one line or paragraph of scraped text.
 *
 * <p>Everything here looks at the form of the text (length, capitalisation, the punctuation it
 * starts and ends with), never at what a particular site writes, so the furniture rules and the
 * splitter can share one vocabulary of shapes.
 */
public final class TextShapes {

  /**
   * Characters a word runs to before the rest of it counts as more words: a long link reads as a
   * few words, a line of thousands of characters without a space as many, never as a short line.
   */
  public static final int LONGEST_WORD = 200;

  /** A note's number runs to three digits at most. */
  private static final int MAX_MARKER_DIGITS = 3;
  private static final String BULLETS = "•·▪●◦‣∙*";
  /** A line cut after a word no line of its own ends on: "Karoo Life is published monthly by" / "Ganora Media. …". */
  private static final Pattern OPEN_ENDING =
      Pattern.compile("(?iu).*\\s(?:by|of|the|a|an|and|or|to|in|on|for|with|at|from|is|are|was|were)$");
  private static final Pattern LEADING_BULLET = Pattern.compile("^[" + BULLETS + "]\\s*");
  private static final int MAX_HEADLINE_WORDS = 30;
  private static final String OPENING = "\"'“‘«„([";
  private static final String CLOSING = "\"'”’»)]";
  /** A line drawn in rules, a box's or a table's frame: "+-----+", "┌────┬────", "═══". */
  private static final Pattern RULE_LINE = Pattern.compile("[+|=_─━│┃┌┐└┘├┤┬┴┼╔╗╚╝═║-]+");
  /** The frame's sides and a table's cell walls: "│ 1 │ Crop Over … │". */
  private static final Pattern FRAME = Pattern.compile("\\s*[|│┃║]\\s*");

  /** A line of this many characters or more is too long to be a hard-wrapped line. */
  static final int UNWRAPPED_LINE_CHARS = 100;

  private TextShapes() {}

  /**
   * Collapses every run of whitespace (including no-break spaces) to one space and trims. Every
   * furniture rule asks for it, so it is a plain character loop that returns {@code s} itself
   * when there is nothing to change.
   */
  static String normalize(String s) {
    if (isNormalized(s)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isNormalized(String s) {
    int last = s.length() - 1;
    if (last >= 0 && (isSpace(s.charAt(0)) || isSpace(s.charAt(last)))) {
      return false;
    }
    for (int i = 0; i < last; i++) {
      char c = s.charAt(i);
      if (c > ' ' && c < 0x80) {
        continue; // printable ASCII: most characters of most text, settled by one comparison
      }
      if (isSpace(c) && (c != ' ' || isSpace(s.charAt(i + 1)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    if (c < 0x80) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
    }
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B';
  }

  /** {@link #normalize(String)} plus removal of a leading list bullet ("• ", "* "). */
  static String clean(String s) {
    return LEADING_BULLET.matcher(normalize(s)).replaceFirst("").trim();
  }

  /** Number of whitespace-separated tokens that contain a letter or digit. */
  static int words(String s) {
    return countWords(s, Integer.MAX_VALUE);
  }

  /**
   * Whether {@code s} has at most {@code max} words; stops counting past {@code max}, since the
   * rules ask this of every line and most lines are long prose.
   */
  static boolean atMostWords(String s, int max) {
    return countWords(s, max) <= max;
  }

  private static int countWords(String s, int max) {
    int n = 0;
    boolean counted = false;
    int run = 0;
    for (int i = 0; i < s.length() && n <= max; ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c < Character.MIN_SUPPLEMENTARY_CODE_POINT && isSpace((char) c)) {
        counted = false;
      } else if (counted && ++run >= LONGEST_WORD) {
        n++;
        run = 0;
      } else if (!counted && Character.isLetterOrDigit(c)) {
        n++;
        counted = true;
        run = 0;
      }
    }
    return n;
  }

  static boolean hasLetter(String s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }

  /**
   * The last meaningful character, ignoring closing quotes, brackets and note markers; 0 for empty
   * text. Scans back from the end instead of stripping, since it is asked of every line.
   */
  static char lastChar(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      // a note's marker in superscript after the stop ("… will stay silent.²") is no part of how the sentence ends
      if (!isSpace(c) && CLOSING.indexOf(c) < 0 && Markdown.SUPERSCRIPTS.indexOf(c) < 0) {
        return isDigit(c) ? beforeBareMarker(s, i).orElse(c) : c;
      }
    }
    return 0;
  }

  /**
   * The stop before a note's number that a print document's conversion to text set on the line
   * ("… Islamic State movement.1", "… of terror".3"), when the digits ending at {@code last} are one:
   * up to three of them straight after a stop that follows a word or its quote. A figure ends
   * otherwise ("rose to 3.5", "p. 17").
   */
  private static Optional<Character> beforeBareMarker(String s, int last) {
    int first = last;
    while (first > 0 && last - first < MAX_MARKER_DIGITS - 1 && isDigit(s.charAt(first - 1))) {
      first--;
    }
    int stop = first - 1;
    while (stop > 0 && CLOSING.indexOf(s.charAt(stop)) >= 0) {
      stop--; // "… of terror."3", "… (the 2023 case.)4"
    }
    boolean marker = stop >= 1 && ".!?…".indexOf(s.charAt(stop)) >= 0
        && (Character.isLetter(s.charAt(stop - 1)) || CLOSING.indexOf(s.charAt(stop - 1)) >= 0);
    return marker ? Optional.of(s.charAt(stop)) : Optional.empty();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Ends like a sentence: ".", "!", "?" or "…", possibly followed by closing quotes. */
  static boolean endsSentence(String s) {
    char c = lastChar(s);
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  /** Starts like a sentence: an upper-case letter or a digit, after any bullet/opening quote. */
  static boolean startsSentence(String s) {
    int i = skipSpaces(s, 0);
    if (i < s.length() && BULLETS.indexOf(s.charAt(i)) >= 0) {
      i = skipSpaces(s, i + 1);
    }
    while (i < s.length() && OPENING.indexOf(s.charAt(i)) >= 0) {
      i = skipSpaces(s, i + 1);
    }
    if (i == s.length()) {
      return false;
    }
    int cp = s.codePointAt(i);
    return Character.isUpperCase(cp) || Character.isDigit(cp);
  }

  private static int skipSpaces(String s, int from) {
    int i = from;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * A line that reads as a complete paragraph on its own: it starts like a sentence and either
   * ends like one or is too long ({@value #UNWRAPPED_LINE_CHARS}+ characters) to be a hard-wrapped
   * fragment of a longer paragraph (scraped pull quotes often lose their final period).
   */
  static boolean standsAlone(String line) {
    return startsSentence(line)
        && (endsSentence(line) || unwrapped(line));
  }

  /** A line drawn in rules: a box's or a table's frame. */
  static boolean isRule(String line) {
    return RULE_LINE.matcher(line.strip()).matches();
  }

  /** A framed line's text without its walls: "│ 1 │ Crop Over … │" reads "1 Crop Over …". */
  static String unframed(String line) {
    return FRAME.matcher(line).replaceAll(" ").strip();
  }

  /** Set in capitals: it has letters and none of them is lower case ("KEY QUESTIONS", "AT A GLANCE"). */
  static boolean isCapitals(String s) {
    return hasLetter(s) && s.codePoints().noneMatch(Character::isLowerCase);
  }

  /**
   * A line that goes on with the sentence the line above left open: no stop above, lower case here,
   * or any case after a joining word that leaves a sentence unfinished ("… in the Terrorism and" /
   * "Conflict programme.").
   */
  static boolean continuesSentence(String above, String line) {
    return !endsSentence(above) && !line.isEmpty() && (Character.isLowerCase(line.codePointAt(0)) || endsOpen(above));
  }

  /** Whether {@code line} stops on a word no line of its own ends on ("… published monthly by"): the next goes on with it. */
  static boolean endsOpen(String line) {
    return OPEN_ENDING.matcher(line).matches();
  }

  /** Too long to be a hard-wrapped line: a paragraph pasted on one line. */
  static boolean unwrapped(String line) {
    return normalize(line).length() >= UNWRAPPED_LINE_CHARS;
  }

  /**
   * Shaped like a linked headline: starts like a sentence, has at most 30 words and does not end
   * with sentence or clause punctuation (a trailing "?" is allowed — headlines ask questions).
   */
  static boolean headlineLike(String line) {
    if (!startsSentence(line) || !hasLetter(line)) {
      return false;
    }
    int w = countWords(line, MAX_HEADLINE_WORDS);
    char c = lastChar(line);
    return w >= 1 && w <= MAX_HEADLINE_WORDS && ".!…,;:".indexOf(c) < 0;
  }

  /** Body prose: a sentence of at least 8 words, or any run of 20 words or more. */
  static boolean isProse(String text) {
    int w = countWords(text, 20); // stops counting at 20: asked of every block, most of them long
    return (w >= 8 && endsSentence(text)) || w >= 20;
  }
}
