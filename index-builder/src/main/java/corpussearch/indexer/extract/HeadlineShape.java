package corpussearch.indexer.extract;

import corpussearch.indexer.paragraphs.FundingAppeals;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a line can have a headline's shape at all. A headline is a phrase of words, mostly
 * letters; the lines that come first on saved pages and are none are of a few shapes, whatever
 * their wording or language:
 *
 * <ul>
 *   <li>a field: a mail header ("Content-Type: text/plain"), a row of several "KEY: value" fields
 *       (a wire service's slot header), a label in capitals set apart by a wide gap ("WEATHER
 *       Nuuk -3°C");
 *   <li>a counter: "Document 7 of 15", "Page 5 of 12";
 *   <li>a line whose bulk is a date and a time ("21 Ekim 2024 Pazartesi · Güncelleme: 22 Ekim 2024
 *       09:15"), however many words the calendar has;
 *   <li>a running head of short parts set apart by dots, bullets, pipes or dashes, none of which is
 *       a phrase ("BAY ISLANDS BEACON · Week of October 14–20, 2024 · Page 5", "5 min read · Leer en
 *       español", "NEWS NAME - English edition");
 *   <li>a line with a web address in it.
 * </ul>
 *
 * A headline with figures, a colon or capitals in it ("Fares rise 30% in 2024", "Analysis: Why
 * rates rose", "UN report: 3 of 4 reefs bleached") keeps its shape.
 */
final class HeadlineShape {

  /** A mail or HTTP header: capitalised words joined by hyphens before a colon, "MIME-Version: 1.0". */
  private static final Pattern HEADER_FIELD = Pattern.compile("^\\p{Lu}[\\p{L}]*+(?:-\\p{Lu}[\\p{L}]*+)++:\\s+\\S.*");

  /** A field's key in capitals, "CAT:", "WORDS:". */
  private static final Pattern CAPITALS_KEY = Pattern.compile("(?:^|\\s)\\p{Lu}{2,}:");

  /** A label in capitals with a wide gap after it, as a plain-text mailing sets its small tables. */
  private static final Pattern CAPITALS_COLUMN = Pattern.compile("^\\p{Lu}{3,}\\s{2,}\\S.*");

  /** A record's or a page's number: "Document 7 of 15", "Result 3/20". */
  private static final Pattern COUNTER = Pattern.compile("(?i)^[\\p{L}.]+(?:\\s+[\\p{L}.]+)?\\s+\\d+\\s*(?:of|/)\\s*\\d+$");

  /** A web address: a headline names no page to open ("Can't read this e-mail? Open it in your browser: https://…"). */
  private static final Pattern WEB_ADDRESS = Pattern.compile("https?://\\S");

  /** A date written in figures however it is read, "03/12/2024". */
  private static final Pattern SLASHED_DATE = Pattern.compile("\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b");

  /** A clock time, "09:15", "13.40". */
  private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\b");

  /** Parts of a running head. */
  private static final Pattern PART_SEPARATOR = Pattern.compile("\\s+[|·•–—-]\\s+");

  /** The separators of a running head that a headline never holds: a middle dot, a bullet, a pipe. */
  private static final Pattern RUNNING_HEAD_MARK = Pattern.compile("\\s[|·•]\\s");

  /** A word of letters alone (with an apostrophe or a hyphen inside). */
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");

  /** A phrase has at least this many words; the parts of a running head have fewer. */
  private static final int PHRASE_WORDS = 4;

  /** A line whose bulk is a date has at most this many words beside it. */
  private static final int MAX_WORDS_BESIDE_DATE = 3;

  /**
   * A line wholly in square brackets, "[NOTE TO PRESENTER: …]", "[Canoes at the landing]": a note
   * to staff or a picture's placeholder that a text dump keeps, never the printed headline.
   */
  private static final Pattern BRACKETED = Pattern.compile("\\[[^\\[\\]]+\\]");

  /**
   * A desk's note on the picture, its label then a word in lower case: "Pic: supplied (headshot in
   * shared folder)", "Photo: file". A gallery's headline goes on in capitals ("Photos: Floods hit …").
   */
  private static final Pattern PICTURE_NOTE = Pattern.compile("(?iu)(?:pics?|pictures?|photos?|images?|art|graphics?)\\s*:\\s*(?-i:\\p{Ll}).*");

  /** A text browser's picture placeholder opening a line, its alt text after it: "[IMG] The Northern Clarion logo". */
  private static final Pattern PICTURE_PLACEHOLDER = Pattern.compile("(?i)\\[(?:img|image|inline|photo|picture)\\]\\s.*");

  /**
   * A picture's caption that ends in its credit: after a sentence, "Photograph: Jo Lee/The
   * Courier", "Photo by Jo Lee"; or bracketed at the end, "[File: Agency]", "(Photo: Jo Lee/AP)".
   * A headline is never credited to a photographer or a picture desk.
   */
  private static final Pattern CAPTION_CREDIT = Pattern.compile(
      "(?iu).*?(?:[.!?]\\s+(?:photo(?:graph)?s?|pictures?|images?)(?::|\\s+by)\\s*(?-i:\\p{Lu})[\\p{L}\\p{M}.'’ /&-]{1,60}+"
          + "|[\\[(](?:file|photo(?:graph)?s?|pictures?|images?)(?:\\s+by|:)\\s*(?-i:\\p{Lu})[^\\[\\]()]{1,60}+[\\])])");

  /**
   * A line that ends by giving the reader an account to write to or follow, "Send us your news and
   * photos: @tips_desk", "Follow us on Telegram @valleynews": a channel's prompt, as a headline never ends.
   */
  private static final Pattern HANDLE_PROMPT = Pattern.compile("(?u)(?:^|[\\s:(])@[\\w.]{2,40}+\\)?[.!]?$");

  /**
   * A paywall's or an account's prompt to the reader, "Log in to access premium content", "Sign in
   * to continue reading", "Subscribe to read the full story": it addresses the reader, as a
   * headline never does.
   */
  private static final Pattern ACCOUNT_PROMPT = Pattern.compile("(?iu)(?:log\\s?in|sign\\s?in|subscribe|become\\s+a\\s+(?:member|subscriber))\\s+(?:now\\s+)?to\\s+"
      + "(?:access|read|continue|unlock|keep\\s+reading|view|see|comment|enjoy)\\b.*+"
      // the offer of the outlet's own product: "Subscribe to the weekly print edition", "Sign up for our morning newsletter"
      + "|(?:subscribe|sign\\s+up|register)\\s+(?:to|for)\\s+(?:the|our)\\s+(?:[\\p{L}-]+\\s+){0,3}?"
      + "(?:edition|newsletter|paper|magazine|e-?paper|digest|briefing|podcast|bulletin)s?\\b.*+");

  /** An instruction to press a control, "Click here to share on social media", "Tap here to listen": a button's label. */
  private static final Pattern CONTROL_INSTRUCTION = Pattern.compile("(?iu)(?:click|tap|press)\\s+here\\b.*+");

  /**
   * A magazine's note of the print issue a story comes from, set over its headline: "From our March
   * 2025 issue", "In the May/June 2025 print edition".
   */
  private static final Pattern ISSUE_LABEL = Pattern.compile(
      "(?iu)(?=.*(?:\\d{4}|print))(?:from|in)\\s+(?:our|the)\\s+(?:[\\p{L}/]+\\s+)?(?:\\d{4}\\s+)?(?:print\\s+)?(?:issue|edition)[.:]?");

  /**
   * An aggregator's or a reprint's label naming where the story comes from, "Source: Continental
   * Press Agency · via NewsSift", "Quelle: dpa": a field, not a headline ("Sources: …" can be one).
   */
  private static final Pattern SOURCE_LABEL = Pattern.compile("(?iu)(?:source|quelle|fuente|fonte)\\s*:\\s*(?:\\S+\\s+){0,9}\\S+");

  private HeadlineShape() {}

  /**
   * Whether {@code text} is never a headline, by its shape alone. A date in figures ("Tue,
   * 03/12/2024 - 10:15") is left to the date rules, which weigh how the page writes its dates.
   */
  static boolean isNeverHeadline(String text) {
    String stripped = text.strip();
    // A row of fields stays one whatever date it carries: "EAPA-ENG 18/11/2025 09:12 EAT  PRI: R  WORDS: 612".
    if (isField(stripped)) {
      return true;
    }
    if (SLASHED_DATE.matcher(stripped).find() && DateParser.parseDateLine(stripped).isEmpty()) {
      return false;
    }
    return COUNTER.matcher(stripped).matches() || isMostlyDate(stripped) || isRunningHead(stripped)
        || WEB_ADDRESS.matcher(stripped).find() || isFiguresBoard(stripped)
        || BRACKETED.matcher(stripped).matches() || PICTURE_PLACEHOLDER.matcher(stripped).matches() || PICTURE_NOTE.matcher(stripped).matches()
        || CAPTION_CREDIT.matcher(stripped).matches()
        || CONTROL_INSTRUCTION.matcher(stripped).matches() || ACCOUNT_PROMPT.matcher(stripped).matches() || HANDLE_PROMPT.matcher(stripped).find()
        || FundingAppeals.isAppeal(stripped) || ISSUE_LABEL.matcher(stripped).matches()
        || SOURCE_LABEL.matcher(stripped).matches();
  }

  /**
   * A label in capitals over a run of figures, as newsletters and front pages print wait times,
   * weather and prices: "FRONTIER WAIT TIMES (6.15am): Pedestrians 5 min · Vehicles in 25 min ·",
   * "WEATHER: Levanter cloud, 19°C, easterly force 5". Two figures or more, and a unit or a list
   * separator between them; a kicker ("BREAKING: Two dead in crash") has words, not figures.
   */
  private static boolean isFiguresBoard(String text) {
    Matcher board = FIGURES_BOARD.matcher(text);
    return board.lookingAt() && FIGURE.matcher(text.substring(board.end())).results().count() >= 2
        && FIGURE_UNIT_OR_LIST.matcher(text.substring(board.end())).find();
  }

  private static final Pattern FIGURES_BOARD = Pattern.compile("\\p{Lu}[\\p{Lu}'’ ]{2,30}(?:\\s*\\([^)]{1,20}\\))?:\\s+");
  private static final Pattern FIGURE = Pattern.compile("\\d+(?:[.,]\\d+)?");
  private static final Pattern FIGURE_UNIT_OR_LIST = Pattern.compile("\\d\\s*(?:°|%|min\\b|km\\b|mm\\b)|\\s[·|]\\s|\\s[·|]$");

  /**
   * Whether {@code text}, above the body, is the page's furniture: of no headline's shape and
   * with no date or time, which the date rules weigh (an ambiguous date must still stop a later one).
   */
  static boolean isFurnitureAboveBody(String text) {
    return isNeverHeadline(text) && !hasDateOrTime(text);
  }

  private static boolean hasDateOrTime(String text) {
    return TIME.matcher(text).find() || SLASHED_DATE.matcher(text).find() || DateParser.find(text).isPresent();
  }

  private static boolean isField(String text) {
    return HEADER_FIELD.matcher(text).matches()
        || CAPITALS_KEY.matcher(text).results().count() >= 2
        || CAPITALS_COLUMN.matcher(text).matches();
  }

  /** A date or a time, with more figures than words beside them: "Printed on 14/11/2025 10:02". */
  static boolean isMostlyDate(String text) {
    if (!hasDateOrTime(text)) {
      return false;
    }
    long words = words(text);
    long figures = Arrays.stream(text.split("\\s+")).filter(token -> token.codePoints().anyMatch(Character::isDigit)).count();
    return words <= MAX_WORDS_BESIDE_DATE && figures >= words;
  }

  /**
   * At least two parts and no phrase among them. Parts a dash sets apart may also be a short
   * headline and its tag ("Storm hits coast - live updates"): they make a running head only with a
   * part in capitals or with figures, a name or a page number.
   */
  private static boolean isRunningHead(String text) {
    String[] parts = PART_SEPARATOR.split(text);
    boolean dashedOnly = !RUNNING_HEAD_MARK.matcher(text).find();
    return parts.length >= 2 && Arrays.stream(parts).allMatch(part -> words(part) < PHRASE_WORDS || isNameInCapitals(part))
        && (!dashedOnly || Arrays.stream(parts).anyMatch(part -> PageHeader.isCapitals(part) || part.matches(".*\\d.*")));
  }

  /** A publication's name in capitals, "THE KESTREL BAY HERALD": a running head's name, not a phrase however long. */
  private static boolean isNameInCapitals(String part) {
    return PageHeader.isCapitals(part) && OutletNames.isMasthead(part);
  }

  /** The words of letters alone in {@code text}, not counting month and weekday names. */
  private static long words(String text) {
    return Arrays.stream(text.split("[\\s,;:/()\\[\\]]+"))
        .filter(token -> WORD.matcher(token).matches() && !DateWords.isCalendarWord(token))
        .count();
  }
}
