package corpussearch.indexer.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A slashed or dotted date with a two-digit year, "Wed 14/08/24", for {@link DateParser}: read only
 * when one part is over 12, so that the order of day and month is certain; "03/04/24" could as
 * well be a fraction or a score, and stays unread. Also a wire's date-time group, "210614 GMT MAY 25".
 */
final class ShortYearDates {
  static final Pattern SHORT_YEAR_LAST =
      Pattern.compile("(?<![\\d./])(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{2})(?![\\d./])");

  /**
   * A day, a month's name and a two-digit year joined by hyphens or slashes, as wire and database
   * headers print them: "13-NOV-24", "05/Mar/23". The name fixes which part is the month.
   */
  static final Pattern NAMED_MONTH_SHORT_YEAR =
      Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})([-/])(\\p{L}{3,9})\\2(\\d{2})(?![\\d\\p{L}])");

  /**
   * A date-time group, as wire and military messages stamp them: day, hour and minute in six
   * figures, the zone, the month's short name and the year, "210614 GMT MAY 25", "071530Z NOV 2024".
   */
  static final Pattern DATE_TIME_GROUP =
      Pattern.compile("(?<![\\d\\p{L}])(\\d{2})([01]\\d|2[0-3])[0-5]\\d\\s?(?:Z|GMT|UTC)\\s+(\\p{L}{3})\\s+(\\d{2}|\\d{4})(?![\\d\\p{L}])");

  /**
   * A day and a month's name over a year cut to two figures after an apostrophe, as small sites
   * and blogs print it: "13 Dec '24", "13th December, ’24". The apostrophe says the figures are a year.
   */
  static final Pattern APOSTROPHE_YEAR_DAY_FIRST =
      Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th)?\\s+(\\p{L}{3,9})\\.?,?\\s+['’‘](\\d{2})(?![\\d\\p{L}])");

  /** The same with the month first: "Dec 13 '24", "December 13th, ’24". */
  static final Pattern APOSTROPHE_YEAR_MONTH_FIRST =
      Pattern.compile("(?<![\\d\\p{L}])(\\p{L}{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+['’‘](\\d{2})(?![\\d\\p{L}])");

  /** Two-digit years up to this one are this century's, later ones the last's ("14/08/97"). */
  private static final int PIVOT = 50;
  private static final int MONTHS = 12;

  private ShortYearDates() {}

  /** The date a {@link #SHORT_YEAR_LAST} match writes, when its order is certain. */
  static Optional<LocalDate> read(MatchResult m) {
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(3));
    int year = fullYear(m.group(4));
    if (first > MONTHS && second <= MONTHS) {
      return valid(year, second, first);
    }
    return second > MONTHS && first <= MONTHS ? valid(year, first, second) : Optional.empty();
  }

  /** The date a {@link #NAMED_MONTH_SHORT_YEAR} match writes, when the name is a month's. */
  static Optional<LocalDate> readNamed(MatchResult m) {
    return named(m.group(4), m.group(3), m.group(1));
  }

  /** The date an {@link #APOSTROPHE_YEAR_DAY_FIRST} match writes, when the name is a month's. */
  static Optional<LocalDate> readApostropheDayFirst(MatchResult m) {
    return named(m.group(3), m.group(2), m.group(1));
  }

  /** The date an {@link #APOSTROPHE_YEAR_MONTH_FIRST} match writes, when the name is a month's. */
  static Optional<LocalDate> readApostropheMonthFirst(MatchResult m) {
    return named(m.group(3), m.group(1), m.group(2));
  }

  private static Optional<LocalDate> named(String year, String monthName, String day) {
    return DateParser.month(monthName).flatMap(month -> valid(fullYear(year), month, Integer.parseInt(day)));
  }

  /** The date a {@link #DATE_TIME_GROUP} writes. */
  static Optional<LocalDate> readGroup(MatchResult m) {
    return named(m.group(4), m.group(3), m.group(1));
  }

  /** A year as written, two figures put in their century by {@link #PIVOT}, four taken as they are. */
  private static int fullYear(String written) {
    int year = Integer.parseInt(written);
    return written.length() > 2 ? year : year + (year <= PIVOT ? 2000 : 1900);
  }

  private static Optional<LocalDate> valid(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException invalid) {
      return Optional.empty();
    }
  }
}
