package corpussearch.indexer.extract;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Lines a machine wrote rather than an editor: a teletext page header ("P102 MANNINTEXT 102 Thu 14
 * Mar 19:42:07"), an agency's message header and slug ("a0412 4 f 0561 NNA-WF--Iceland-Greenhouses,
 * 2ndLd-Writethru", "BC-Iceland-Greenhouses,2ndLd-Writethru,0561"), a subpage counter ("MANX NEWS
 * 1/5"). Their shape gives them away: codes of letters and figures, slugs of words joined by
 * hyphens, a clock time beside a code, a counter set apart. Such a line is never a headline,
 * however first it stands. A date with its clock ("Tue, 03/12/2024 - 10:15") is not one: it is the
 * article's date line, which the date rules read where it stands.
 */
final class MachineLines {
  /** Letters and figures in one token, "P102", "a0412", "NYH101": an identifier. */
  private static final Pattern CODE = Pattern.compile("(?=[^\\s]*\\d)(?=[^\\s]*\\p{L})[\\p{L}\\d]{2,10}");

  /** Words joined by hyphens with no space, "BC-Iceland-Greenhouses,2ndLd-Writethru,0561". */
  private static final Pattern SLUG = Pattern.compile("[\\p{L}\\d]+(?:-{1,2}[\\p{L}\\d,]+){2,}");
  private static final int MIN_SLUG_CHARS = 15;

  private static final Pattern CLOCK = Pattern.compile("(?<![\\d:])\\d{1,2}:\\d{2}(?::\\d{2})?(?![\\d:])");

  /** A counter set apart at the end: "MANX NEWS      1/5", "Page 2 of 4". */
  private static final Pattern COUNTER = Pattern.compile(".*\\S\\s{3,}(?:\\d{1,3}/\\d{1,3}|(?i:page\\s+)?\\d{1,3}\\s+of\\s+\\d{1,3})$");

  /** A header of codes has several tokens, most of them codes or figures. */
  private static final int MIN_CODE_TOKENS = 3;

  private MachineLines() {}

  /** Whether {@code text} is a machine's line: a header, a slug, a status or a counter. */
  static boolean isMachine(String text) {
    String line = text.strip();
    String[] tokens = line.split("\\s+");
    boolean slug = Arrays.stream(tokens).anyMatch(MachineLines::isSlug);
    boolean code = Arrays.stream(tokens).anyMatch(token -> CODE.matcher(token).matches());
    if (tokens.length <= 2 && slug) {
      return true;
    }
    if (CLOCK.matcher(line).find() && code) {
      return true;
    }
    long codes = Arrays.stream(tokens).filter(MachineLines::isCodeLike).count();
    return tokens.length >= MIN_CODE_TOKENS && (code || slug) && codes * 2 > tokens.length || COUNTER.matcher(line).matches();
  }

  /** Whether {@code text} holds a clock time, "19:42:07". */
  static boolean hasClock(String text) {
    return CLOCK.matcher(text).find();
  }

  private static boolean isSlug(String token) {
    return token.length() >= MIN_SLUG_CHARS && SLUG.matcher(token).matches();
  }

  /** A token no editor writes as a word: a code, a slug, a figure or a single letter. */
  private static boolean isCodeLike(String token) {
    return token.chars().anyMatch(Character::isDigit) || isSlug(token) || token.length() == 1;
  }
}
