package corpussearch.indexer.paragraphs;

/**
 * The shape of a section heading: a short standalone line that is not a sentence.
 *
 * <p>A line is heading-shaped when it
 *
 * <ul>
 *   <li>has 1–{@value #MAX_WORDS} words (and at most {@value #MAX_CHARS} characters),
 *   <li>starts with a capital letter or digit (after an optional opening quote),
 *   <li>does not end with sentence or clause punctuation (". ! … , ; :"); a final "?" is allowed
 *       ("Who is ISIS-K?"), and so is a closing quote ("'Routed and Dispersed'"),
 *   <li>and, when longer than {@value #PLAIN_WORDS} words, is in Title Case: at least half of its
 *       words of four or more letters are capitalised (long lower-case lines are standfirsts or
 *       pull quotes that lost their period),
 *   <li>and contains no calendar date (a dateline is not a heading).
 * </ul>
 *
 * <p>Shape alone is not enough: {@link ParagraphSplitter} makes a heading-shaped line a section
 * only when body text follows it.
 */
final class HeadingShape {
  static final int MAX_WORDS = 16;
  static final int MAX_CHARS = 120;
  static final int PLAIN_WORDS = 6;

  private HeadingShape() {}

  static boolean matches(String line) {
    if (!TextShapes.atMostWords(line, MAX_WORDS)) {
      return false; // most lines are prose: settled before cleaning a copy of the whole line
    }
    String t = TextShapes.clean(line);
    int w = TextShapes.words(t);
    if (w < 1 || w > MAX_WORDS || t.length() > MAX_CHARS || !TextShapes.hasLetter(t)) {
      return false;
    }
    if (!TextShapes.startsSentence(t) || ".!…,;:".indexOf(TextShapes.lastChar(t)) >= 0) {
      return false;
    }
    if (BylineRule.DATE.matcher(t).matches()) {
      return false;
    }
    return w <= PLAIN_WORDS || titleCaseRatio(t) >= 0.5;
  }

  /**
   * The section name for a heading line: cleaned, and without quotes that enclose the whole
   * heading ({@code 'Routed and Dispersed'} → {@code Routed and Dispersed}); quotes that only cover
   * part of it are kept.
   */
  static String sectionName(String line) {
    String t = TextShapes.clean(line);
    if (t.length() >= 3 && enclosed(t)) {
      return t.substring(1, t.length() - 1).strip();
    }
    return t;
  }

  private static boolean enclosed(String t) {
    char first = t.charAt(0);
    char last = t.charAt(t.length() - 1);
    String inner = t.substring(1, t.length() - 1);
    if ((first == '"' || first == '“') && (last == '"' || last == '”')) {
      return inner.chars().noneMatch(c -> c == '"' || c == '“' || c == '”');
    }
    if ((first == '\'' || first == '‘') && (last == '\'' || last == '’')) {
      // Apostrophes inside words are fine; a quote next to a space would be a nested quotation.
      return !inner.matches("(?s).*(?:\\s['‘’]|['‘’]\\s).*");
    }
    return false;
  }

  private static double titleCaseRatio(String t) {
    int long4 = 0;
    int capitalised = 0;
    for (String token : t.split(" ")) {
      String word = token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
      if (word.codePoints().filter(Character::isLetter).count() < 4) {
        continue;
      }
      long4++;
      if (Character.isUpperCase(word.codePointAt(0))) {
        capitalised++;
      }
    }
    return long4 == 0 ? 1 : (double) capitalised / long4;
  }
}
