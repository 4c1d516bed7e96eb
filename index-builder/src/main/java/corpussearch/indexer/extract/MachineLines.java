package corpussearch.indexer.extract;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines a machine wrote rather than an editor: a teletext page header ("P102 MANNINTEXT 102 Thu 14
 * Mar 19:42:07"), an agency's message header and slug ("a0412 4 f 0561 NNA-WF--Iceland-Greenhouses,
 * 2ndLd-Writethru", "BC-Iceland-Greenhouses,2ndLd-Writethru,0561"), a subpage counter ("MANX NEWS
 * 1/5"), a wire's header line with its slug among the codes ("BNA-ENG 0419 2 SEC
 * /BNA-TURKEY-SECURITY-ISK (UPDATE 1)"), a teletype's "ZCZC" and "NNNN". Their shape gives them
 * away: codes of letters and figures, slugs of words joined by hyphens, a clock time beside a code,
 * a counter set apart. Such a line is never a headline, however first it stands. A date with its
 * clock ("Tue, 03/12/2024 - 10:15") is not one: it is the article's date line, which the date rules
 * read where it stands.
 */
final class MachineLines {
  /** Letters and figures in one token, "P102", "a0412", "NYH101": an identifier. */
  private static final Pattern CODE = Pattern.compile("(?=[^\\s]*\\d)(?=[^\\s]*\\p{L})[\\p{L}\\d]{2,10}");

  /**
   * A wire message's header as agencies' systems open it: the message's number, a priority figure, a
   * category and a word count ("a0412 4 f 0561 …", "AWS0417 3 GEN 0584 AWS ASIA DESK").
   */
  private static final Pattern MESSAGE_HEADER = Pattern.compile("[\\p{L}\\d]*\\d[\\p{L}\\d]*\\s+\\d\\s+\\p{L}{1,4}\\s+\\d{3,5}(?:\\s.*)?");
  /** A teletype's start and end of message, each alone on its line. */
  private static final Set<String> TELETYPE_FRAME = Set.of("ZCZC", "NNNN");

  /** Words joined by hyphens with no space, "BC-Iceland-Greenhouses,2ndLd-Writethru,0561". */
  private static final Pattern SLUG = Pattern.compile("[\\p{L}\\d]+(?:-{1,2}+[\\p{L}\\d,]++){2,}+");
  private static final int MIN_SLUG_CHARS = 15;

  private static final Pattern CLOCK = Pattern.compile("(?<![\\d:])\\d{1,2}:\\d{2}(?::\\d{2})?(?![\\d:])");

  /** A counter set apart at the end: "MANX NEWS      1/5", "Page 2 of 4". */
  private static final Pattern COUNTER = Pattern.compile(".*\\S\\s{3,}(?:\\d{1,3}/\\d{1,3}|(?i:page\\s+)?\\d{1,3}\\s+of\\s+\\d{1,3})$");

  /**
   * A slug in capitals opening the line, words joined by hyphens, slashes or underscores with no
   * space: "CORRECTED-IVORYCOAST-COCOA/WAREHOUSES (Corrects …)", "MINE7/CLOSURE". Three parts, or
   * two joined by a slash or underscore, which no headline in capitals uses between words.
   */
  private static final Pattern CAPITAL_SLUG = Pattern.compile("[\\p{Lu}\\d]{2,}(?:[-/_][\\p{Lu}\\d]{2,}+)++");
  private static final int MIN_CAPITAL_SLUG_CHARS = 8;
  /** What stands around a token inside a header: "/BNA-TURKEY-SECURITY-ISK", "(UPDATE", ANPA's "^BC-…". */
  private static final Pattern PUNCTUATION = Pattern.compile("^[/(\\[^]+|[)\\],;:]+$");

  /** An interface's key hint, "(F9)", "(Ctrl+S)", "(Esc)": a reader app's or an editor's button. */
  private static final Pattern KEY_HINT =
      Pattern.compile("\\((?:F\\d{1,2}|(?:Ctrl|Alt|Shift|Cmd|Command|Option|Esc|⌘|⇧)(?:\\s*\\+\\s*[\\p{L}\\d]{1,6})*)\\)");

  /** A counter anywhere among a system's fields: "page 1 of 2", "p. 3/4". */
  private static final Pattern PAGE_OF = Pattern.compile("(?i)\\bpage\\s+\\d{1,3}\\s*(?:of|/)\\s*\\d{1,3}\\b");

  /** A token of letters and figures together, "09-FEB-26", "ACP-20260209-KBL-0031". */
  private static final Pattern MIXED_TOKEN = Pattern.compile("(?<!\\S)(?=\\S*\\d)(?=\\S*\\p{L})\\S+");

  /** Fields of a system's header set apart by " · " or " | ". */
  private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s+[·|]\\s+");
  private static final int MIN_FIELDS = 3;

  /** A labelled reading, "USD/SSP (parallel market): 4,620", "Nile level at Juba bridge: 12.4 m": a ticker's field. */
  private static final Pattern LABELLED_READING = Pattern.compile("[^:]{1,40}:\\s*[-+−]?\\d[\\d.,]*\\s*[\\p{L}%°$€£]{0,4}");

  /** A header of codes has several tokens, most of them codes or figures. */
  private static final int MIN_CODE_TOKENS = 3;

  private MachineLines() {}

  /** Whether {@code text} is a machine's line: a header, a slug, a status or a counter. */
  static boolean isMachine(String text) {
    String line = text.strip();
    String[] tokens = line.split("\\s+");
    boolean slug = Arrays.stream(tokens).anyMatch(MachineLines::isSlug);
    boolean code = Arrays.stream(tokens).anyMatch(token -> CODE.matcher(token).matches());
    if (TELETYPE_FRAME.contains(line) || MESSAGE_HEADER.matcher(line).matches()) {
      return true;
    }
    if (tokens.length <= 2 && slug || isSlugAmongCodes(tokens[0]) || KEY_HINT.matcher(line).find() || isFieldRun(line)) {
      return true;
    }
    if (CLOCK.matcher(line).find() && code) {
      return true;
    }
    long codes = Arrays.stream(tokens).filter(MachineLines::isCodeLike).count();
    boolean slugged = slug || Arrays.stream(tokens).anyMatch(MachineLines::isSlugAmongCodes);
    return tokens.length >= MIN_CODE_TOKENS && (code || slugged) && codes * 2 > tokens.length || COUNTER.matcher(line).matches()
        || isCapitalColumns(line);
  }

  /**
   * A system's header in capitals, its columns set apart by wide gaps, one token of them letters and
   * figures: "ACP-WIRE  0944  09-FEB-26  ACP ENGLISH SERVICE  ASIA". A headline in capitals runs on
   * with single spaces; a print page's running head ("THE GBARNGA OBSERVER      NEWS   3", "KAROO
   * LIFE   DECEMBER 2024 / JANUARY 2025   28") keeps its words and its figures apart.
   */
  private static boolean isCapitalColumns(String line) {
    String[] columns = ArticleLines.TWO_SPACES.split(line);
    return columns.length >= MIN_FIELDS && PageHeader.isCapitals(line) && MIXED_TOKEN.matcher(line).find();
  }

  /**
   * A run of a system's fields, "iNEWS export · story 0713-03 · printed 13.11.2024 07:41 · page 1
   * of 2": three fields or more, most of them with figures, or one of them a page counter. A
   * headline has no such separators; a byline's or a date line's fields have no page counter and
   * are fewer. Or a ticker, two readings or more each under its label.
   */
  private static boolean isFieldRun(String line) {
    String[] fields = FIELD_SEPARATOR.split(line);
    long withFigures = Arrays.stream(fields).filter(field -> field.chars().anyMatch(Character::isDigit)).count();
    return fields.length >= MIN_FIELDS && (withFigures * 2 > fields.length || PAGE_OF.matcher(line).find())
        || fields.length >= 2 && Arrays.stream(fields).allMatch(field -> LABELLED_READING.matcher(field).matches());
  }

  /** Whether {@code text} holds a clock time, "19:42:07". */
  static boolean hasClock(String text) {
    return CLOCK.matcher(text).find();
  }

  private static boolean isSlug(String token) {
    return token.length() >= MIN_SLUG_CHARS && SLUG.matcher(token).matches();
  }

  private static boolean isCapitalSlug(String token) {
    return token.length() >= MIN_CAPITAL_SLUG_CHARS && CAPITAL_SLUG.matcher(token).matches()
        && (token.chars().filter(c -> c == '-').count() >= 2 || token.contains("/") || token.contains("_"));
  }

  /** A token no editor writes as a word: a code, a slug, a figure or a single letter. */
  private static boolean isCodeLike(String token) {
    return token.chars().anyMatch(Character::isDigit) || isSlug(token) || token.length() == 1 || isSlugAmongCodes(token);
  }

  /** A capital slug inside a header, in its punctuation: "/BNA-TURKEY-SECURITY-ISK". */
  private static boolean isSlugAmongCodes(String token) {
    return isCapitalSlug(PUNCTUATION.matcher(token).replaceAll(""));
  }
}
