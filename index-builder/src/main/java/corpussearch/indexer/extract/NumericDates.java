package corpussearch.indexer.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Dates written in figures with a four-digit year, for {@link DateParser}: year first ({@code
 * 2022-03-05}, {@code 2022/03/05}), or year last, day-first when dotted or dashed ({@code
 * 05.03.2022}) and slashed only when the order of day and month is certain. A unit because an
 * all-figure date is the one shape whose month is not named, so which part is the day must be
 * settled from the figures or a weekday before them.
 */
final class NumericDates {
  static final Pattern YEAR_FIRST =
      Pattern.compile("(?<!\\d)(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
  static final Pattern YEAR_LAST =
      Pattern.compile("(?<![\\d.])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})(?!\\d)");

  /** A slashed date after its weekday, which tells day-first from month-first. */
  static final Pattern WEEKDAY_SLASHED =
      Pattern.compile("(?i)\\b(" + DateParser.WEEKDAY + "),?\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");

  private NumericDates() {}

  /** The date a {@link #YEAR_FIRST} match writes. */
  static Optional<LocalDate> yearFirst(MatchResult m) {
    return DateParser.date(m.group(1), Integer.parseInt(m.group(3)), m.group(4));
  }

  /**
   * Year-last numerics ({@link #YEAR_LAST}): dots and dashes are day-first by convention; slashes
   * are read only when one part cannot be a month or both parts are equal, because 03/05/2022 is
   * March in one country and May in another while 05/05/2022 is 5 May in both.
   */
  static Optional<LocalDate> yearLast(MatchResult m) {
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(3));
    if (!m.group(2).equals("/")) {
      return DateParser.date(m.group(4), second, first);
    }
    if (first > 12) {
      return DateParser.date(m.group(4), second, first);
    }
    if (second > 12 || first == second) {
      return DateParser.date(m.group(4), first, second);
    }
    return Optional.empty();
  }

  /**
   * 11/04/2023 is 11 April or 4 November; "Saturday 11/04/2023" ({@link #WEEKDAY_SLASHED}) is only
   * one of them. When the weekday fits neither or both, the date stays unknown.
   */
  static Optional<LocalDate> byWeekday(MatchResult m) {
    String weekday = m.group(1).toLowerCase(Locale.ROOT).substring(0, 3);
    int first = Integer.parseInt(m.group(2));
    int second = Integer.parseInt(m.group(3));
    List<LocalDate> fitting =
        Stream.of(DateParser.date(m.group(4), second, first), DateParser.date(m.group(4), first, second))
            .flatMap(Optional::stream)
            .distinct()
            .filter(d -> d.getDayOfWeek().name().toLowerCase(Locale.ROOT).startsWith(weekday))
            .toList();
    return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
  }
}
