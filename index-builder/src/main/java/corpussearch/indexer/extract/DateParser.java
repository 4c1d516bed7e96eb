package corpussearch.indexer.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written in the formats news pages use and normalises them to {@link
 * LocalDate}.
 *
 * <p>Understood: ISO {@code 2022-03-05}, {@code 2022/03/05}, day-first numeric {@code 05.03.2022}
 * and {@code 05-03-2022}, slashed {@code 05/03/2022} only when the day is unambiguous (a part above
 * 12) or when a weekday before it fits only one reading ({@code Saturday 11/04/2023}) ({@link
 * NumericDates}), ISO
 * timestamps ({@code 2024-05-09T08:00:00Z}), {@code March 5, 2022}, {@code Mar 5 2022}, {@code 5
 * March 2022}, {@code 5th of March 2022}, {@code 05-Mar-2022}, each optionally with a weekday, and
 * the shapes of other languages' long and medium formats ({@link LocaleDateShapes}). A date must
 * name day, month and year and exist in the calendar: a bare year (such as a copyright year) or "5
 * March" is not a date, and {@code 2021-02-30} is rejected rather than guessed.
 */
final class DateParser {

  /** A date found in a text, with where it was written. */
  record DateMatch(LocalDate date, int start, int end) {}

  /**
   * A line that is only a date, possibly with a weekday, a time and a label such as "Published:";
   * {@code updated} when the label says the page was changed then ("Updated", "Last modified"),
   * which is not when the article appeared.
   */
  record DateLine(LocalDate date, boolean labelled, boolean updated) {}

  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2100;

  /**
   * Date lines are short; a long line with a date in it is a sentence, not a dateline. A line of
   * separated dates ("Published … | Updated …") may have two such parts.
   */
  private static final int MAX_DATE_LINE_CHARS = 80;

  static final String MONTH_NAMES =
      "january|february|march|april|may|june|july|august|september|sept|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec";

  static final String WEEKDAY =
      "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
          + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?";

  /** A weekday's name in any language as a line opens with it, "Monday, 3 July 2024", "Sabado, Enero 1, 2005": no place. */
  private static final String WEEKDAY_NAME = "(?iu:" + WEEKDAY.replace("\\.?", "") + "|" + WeekdayNames.FOREIGN_WEEKDAY + ")";

  /** The last day of a week's or an event's range, "November 7–13, 2024", "7–13 November 2024": the date is its first day. */
  private static final String RANGE_END = "(?:\\s*[–-]\\s*\\d{1,2}(?:st|nd|rd|th|\\.)?)?";

  /**
   * Between a day-first date's parts: spaces, or a hyphen, slash or dot alone, as clippings,
   * databases and Brazilian papers print them ("18-Oct-2024", "12.nov.2024").
   */
  private static final String DAY_MONTH_GAP = "(?:\\s+|[-/]|(?<=\\.))";

  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{M}])([\\p{L}\\p{M}]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?" + RANGE_END + ",?\\s+(\\d{4})(?!\\d)");
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "(?iu)(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|\\.)?" + RANGE_END + DAY_MONTH_GAP + "(?:(?:of|de|da|ta['’])\\s+|d['’])?("
              + "[\\p{L}\\p{M}]+" // a month's name in any language the JDK knows ({@link DateWords})
              + ")\\.?,?" + DAY_MONTH_GAP + "(?:del?\\s+)?(\\d{4})(?!\\d)");

  private static final List<Reader> READERS =
      List.of(
          new Reader(NumericDates.WEEKDAY_SLASHED, NumericDates::byWeekday),
          new Reader(NumericDates.YEAR_FIRST, NumericDates::yearFirst),
          new Reader(NumericDates.YEAR_LAST, NumericDates::yearLast),
          new Reader(ShortYearDates.SHORT_YEAR_LAST, ShortYearDates::read),
          new Reader(ShortYearDates.NAMED_MONTH_SHORT_YEAR, ShortYearDates::readNamed),
          new Reader(ShortYearDates.DATE_TIME_GROUP, ShortYearDates::readGroup),
          new Reader(ShortYearDates.APOSTROPHE_YEAR_DAY_FIRST, ShortYearDates::readApostropheDayFirst),
          new Reader(ShortYearDates.APOSTROPHE_YEAR_MONTH_FIRST, ShortYearDates::readApostropheMonthFirst),
          new Reader(MONTH_FIRST, m -> month(m.group(1)).flatMap(month -> date(m.group(3), month, m.group(2)))),
          new Reader(DAY_FIRST, m -> month(m.group(2)).flatMap(month -> date(m.group(3), month, m.group(1)))),
          new Reader(RomanMonthDates.ROMAN_MONTH, RomanMonthDates::read),
          new Reader(LocaleDateShapes.YEAR_FIRST_NAMED, LocaleDateShapes::yearFirstNamed),
          new Reader(LocaleDateShapes.HAN_DIGITS, LocaleDateShapes::yearMonthDay),
          new Reader(LocaleDateShapes.SPACED_YEAR_FIRST, LocaleDateShapes::yearMonthDay),
          new Reader(LocaleDateShapes.VIETNAMESE, LocaleDateShapes::dayMonthYear),
          new Reader(LocaleDateShapes.SPACED_DAY_FIRST, LocaleDateShapes::dayMonthYear));

  private static final Pattern LABEL =
      Pattern.compile(
          "(?iu)^(?:(?:first|last|originally)\\s+)?"
              // a desk's header fields too: "PUBLISH:\t2025-07-16 15:30", "STAMP: 03-NOV-2025 09:52 GMT"
              + "(?:published|publish|posted|updated|modified|dated|date|released?(?:\\s+date)?|issued|filed|aired|broadcast|(?:time)?stamp"
              + "|publication\\s+date|" + DateWords.FOREIGN_LABELS
              // a newsletter's issue: "Edition of Wednesday 4 December 2024", "L'édition du mercredi 4 décembre 2024", "Ausgabe vom 4. Dezember 2024"
              + "|(?:l['’])?(?:edition|édition|ausgabe|edición|edizione|edição)(?:\\s+(?:of|du|de|del|vom|dated))?"
              // a French letter's or communiqué's place before its date, "Djibouti, le 17 octobre 2024"
              + "|\\p{Lu}[\\p{L}\\p{M}'’ -]{1,30},\\s+le(?=\\s)"
              // a release's or a letter's place, one word or several joined by slashes, or in capitals: "Bishkek / Moscow, 3 July 2024"
              + "|(?-i:(?!" + WEEKDAY_NAME + ",)(?:\\p{Lu}[\\p{L}\\p{M}'’-]{1,30}(?:\\s*/\\s*\\p{Lu}[\\p{L}\\p{M}'’-]{1,30})*|\\p{Lu}{2,}(?:\\s\\p{Lu}{2,}){0,2})),(?=\\s)" + ")"
              // a preposition is a word of its own: "Sabado, Enero 1" opens no "en"
              + "(?:\\s+(?:on|at|le|la|am|el|en|em|il|op|в)(?!\\p{L}))?\\s*:?\\s*");

  /** What may surround a date on a date-only line: weekdays, times, time zones (and offsets, "(GMT+4)"), separators. */
  private static final Pattern FILLER =
      Pattern.compile(
          "(?:[\\s,|·•–—\\-/()]"
              + "|(?i:\\b"
              + WEEKDAY
              + "(?![\\p{L}]))"
              + "|(?i:\\b(?:at|on)\\b)"
              + "|(?iu:(?<!\\p{L})(?:à|a|às|um|am|el|em|il|op|om|ob|alle|saa|u|o|kl|klo|kello|klockan|" + DateWords.TIME_WORDS + "|" + WeekdayNames.FOREIGN_WEEKDAY + ")(?!\\p{L}))"
              // the full stop right after the date ("4. lipnja 2024.") and after "kl.", as Central European and Nordic dates write them
              + "|(?<!\\p{L})(?:г|р)\\.(?!\\p{L})" // "year" after it in Russian, Bulgarian, Ukrainian: "7 ноября 2024 г."
              + "|^\\.|(?<=\\bkl)\\."
              + "|\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*(?i:[ap]\\.?m\\.?))?"
              // a French clock, "17h42"
              + "|\\b\\d{1,2}h\\d{2}\\b"
              + "|T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z?"
              // zones by their letters, those that do not end in "T" too: "MSK", "MESZ", "WIB"
              + "|\\b(?:GMT|UTC|[A-Z]{1,3}T|MSK|MEZ|MESZ|WIB|WITA|SAST)(?:\\s?[+−-]\\d{1,2}(?::?\\d{2})?)?\\b"
              // the page's counter of readers after it: "Views: 4 812", "1,204 views"
              + "|(?i:\\b(?:views|reads|hits)\\s*:?\\s*\\d{1,3}(?:[ ,.]\\d{3})*+\\b|\\b\\d{1,3}(?:[ ,.]\\d{3})*+\\s+(?:views|reads)\\b)"
              // the clock named by its place or as the local one: "18:40 (Dushanbe time)", "local time", "Moscow time"
              + "|\\b(?:\\p{Lu}\\p{L}{2,20}|(?i:local))\\s+(?i:time)\\b"
              // the section a blog files the post in, after its date: "On 6:12 am … In News", "in Local News"
              + "|\\b[Ii]n\\s+\\p{Lu}[\\p{L}&]+(?:\\s+(?:&|and|\\p{Lu}[\\p{L}&]+)){0,3}"
              + "|[+-]\\d{2}:?\\d{2}){0,60}");

  private DateParser() {}

  /** The first valid date written anywhere in {@code text}. */
  static Optional<DateMatch> find(String written) {
    String text = DateWords.withPlainSpaces(written);
    List<DateMatch> found = new ArrayList<>();
    for (Reader reader : READERS) {
      Matcher matcher = reader.pattern().matcher(text);
      while (matcher.find()) {
        Optional<LocalDate> date = reader.read().apply(matcher.toMatchResult());
        if (date.isPresent()) {
          found.add(new DateMatch(date.get(), matcher.start(), matcher.end()));
          break;
        }
      }
    }
    return found.stream().min(Comparator.comparingInt(DateMatch::start));
  }

  /**
   * Separates the parts of a line that states several dates: "Posted … | Updated …", one day in two
   * calendars ("22 Rabi-ul-Awwal 1445 AH / 9th October 2023"), or columns set apart by a wide gap.
   * A bar needs no spaces round it ("… 7:02 a.m. EST|Published …", as a copied page joins two
   * stamps): no date is written with one. A part in brackets opening the line is one of its own
   * ("[Source: Meridian Wire]  Aug 14, 2025 10:52 PM").
   */
  private static final Pattern BRACKETED = Pattern.compile("^\\(([^()]+)\\)$");
  private static final Pattern DATE_SEGMENT_SEPARATOR =
      Pattern.compile("\\s*+\\|\\s*+|\\s+(?:[·•–—/]|--?)\\s+|\\s{3,}|\\s+(?=\\([^()]+\\)$)|(?<=^\\[[^\\[\\]]{1,60}\\])\\s+");
  /**
   * {@code text} as a date when it says nothing but a date (see {@link DateLine}), or nothing but
   * dates in separated parts ("Posted Oct. 16, 2023 | Updated Oct. 17, 2023"): then the first part
   * not labelled as an update, since a page states its publication first and an update is not
   * when the article appeared. A reading time, an issue number, a count of views or who posted it
   * may share the line ("7 min read · Mar 3, 2023", "Issue #214 | Tuesday, May 2, 2023", "Posted
   * by: webeditor | 23/05/2024 16:10 | Views: 418"); the parts may be set apart by their labels
   * alone ("Updated April 8 2024 - 9:30am, first published April 7 2024 - 6:45pm").
   */
  static Optional<DateLine> parseDateLine(String text) {
    return parseDateLine(text, DateParser::parseSingleDate);
  }

  /**
   * {@code text} as a date line as {@link #parseDateLine(String)} reads it, each part read by
   * {@code partReader}: a page that settles how its slashed dates are written reads every part
   * of "Published: 03/04/2024 | Updated: 04/04/2024" that way.
   */
  static Optional<DateLine> parseDateLine(String written, Function<String, Optional<DateLine>> partReader) {
    String text = DateWords.withPlainSpaces(written);
    if (text.length() > 2 * MAX_DATE_LINE_CHARS) {
      return Optional.empty();
    }
    Optional<DateLine> whole = text.length() <= MAX_DATE_LINE_CHARS ? partReader.apply(text) : Optional.empty();
    if (whole.isPresent()) {
      return whole;
    }
    return firstPublished(DATE_SEGMENT_SEPARATOR.split(text.strip()), partReader)
        .or(() -> firstPublished(LABEL_START.split(text.strip()), partReader))
        .or(() -> firstPublished(machineColumns(text), partReader));
  }

  /**
   * A wire header's fields set apart by two spaces, "AKW-0412  2024-12-02  14:20 AKST  PRIORITY:
   * ROUTINE": three gaps or more make columns; fewer may be a sentence's double space.
   */
  private static String[] machineColumns(String text) {
    String[] columns = ArticleLines.TWO_SPACES.split(text.strip());
    return columns.length > MIN_COLUMN_GAPS ? columns : new String[0];
  }

  private static final int MIN_COLUMN_GAPS = 3;

  /** Where a line of labelled dates starts its next one: "Updated …, first published …", "Publié le …, mis à jour le …". */
  private static final Pattern LABEL_START =
      Pattern.compile("(?iu)(?<!first|last|originally)[,;]?\\s+(?=(?:first\\s+|last\\s+|originally\\s+)?(?:published|posted|updated|modified|"
          + DateWords.FOREIGN_LABELS + ")(?!\\p{L}))");

  /** The publication date among {@code parts}, each a date (or a reading time), else empty. */
  private static Optional<DateLine> firstPublished(String[] parts, Function<String, Optional<DateLine>> partReader) {
    if (parts.length < 2) {
      return Optional.empty();
    }
    List<DateLine> dates = new ArrayList<>();
    for (String part : parts) {
      // read first: a labelled date ("Dated: 17-06-2025") has the shape of a header field that says nothing;
      // an update in brackets after the date too: "Tuesday 3 December 2024, 6:15pm (updated Wednesday …)"
      Optional<DateLine> date = part.length() <= MAX_DATE_LINE_CHARS
          ? partReader.apply(part).or(() -> partReader.apply(BRACKETED.matcher(part).replaceFirst("$1"))) : Optional.empty();
      // an update's relative time beside the date ("Updated about 10 hours ago") says nothing of the publication
      if (date.isEmpty() && !DateSideParts.saysNothing(part) && !DateSideParts.isSlugField(part, parts.length) && !NavigationLines.isRelativeTime(part)) {
        return Optional.empty();
      }
      date.ifPresent(dates::add);
    }
    return dates.stream().filter(d -> !d.updated()).findFirst().or(() -> dates.stream().findFirst());
  }

  /** {@code text} as a date line of one date, its label and its filler. */
  static Optional<DateLine> parseSingleDate(String text) {
    return labelled(text, rest -> find(rest)
        .filter(m -> isFiller(rest.substring(0, m.start())) && isFiller(rest.substring(m.end())))
        .map(DateMatch::date));
  }

  /**
   * {@code text} split after the label that opens it ("Published: ", "Updated on "), as the date
   * line the rest would make once read by {@code reader}: the label says whose date it is whoever
   * reads the date.
   */
  static Optional<DateLine> labelled(String text, Function<String, Optional<LocalDate>> reader) {
    Matcher label = LABEL.matcher(text);
    boolean labelled = label.lookingAt() && label.end() > 0;
    String rest = labelled ? text.substring(label.end()) : text;
    return reader.apply(rest).map(date -> new DateLine(date, labelled, labelled && isUpdateLabel(label.group())));
  }

  private static boolean isUpdateLabel(String label) {
    return DateWords.UPDATE_LABEL.matcher(label).find();
  }

  /** Whether {@code text} is only what may accompany a date: weekday, time, zone, separators. */
  static boolean isFiller(String text) {
    return FILLER.matcher(WeekdayNames.withoutWeekdays(text)).matches();
  }

  static Optional<LocalDate> date(String year, int month, String day) {
    return date(year, month, Integer.parseInt(day));
  }

  /** The date of {@code yearText}, {@code month} and {@code day}, when it is in the calendar and the years news is dated in. */
  static Optional<LocalDate> date(String yearText, int month, int day) {
    int year = Integer.parseInt(yearText);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException invalid) {
      return Optional.empty();
    }
  }

  static Optional<Integer> month(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return Optional.ofNullable(DateWords.ENGLISH_MONTHS.get(lower)).or(() -> DateWords.foreignMonth(lower));
  }

  private record Reader(Pattern pattern, Function<MatchResult, Optional<LocalDate>> read) {}
}
