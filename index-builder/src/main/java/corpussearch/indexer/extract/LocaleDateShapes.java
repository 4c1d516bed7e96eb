package corpussearch.indexer.extract;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Date shapes the JDK's own long and medium formats of other languages write, for {@link
 * DateParser}: the year first and the month by name (Hungarian "2024. november 7.", "2024. nov.
 * 7.", Lithuanian "2024 m. lapkričio 7 d.", Occitan "2024 de novembre 7"); Chinese, Japanese and
 * Korean "2024年11月7日", "2024년 11월 7일"; Vietnamese "7 tháng 11, 2024"; and figures set apart by a
 * dot and a space, day first (Czech "7. 11. 2024") or year first (Korean "2024. 11. 7.").
 */
final class LocaleDateShapes {
  static final Pattern YEAR_FIRST_NAMED = Pattern.compile(
      "(?iu)(?<![\\d.])(\\d{4})(?:\\.|\\s+m\\.)?\\s+(?:de\\s+)?([\\p{L}\\p{M}]+)\\.?\\s+(\\d{1,2})(?:\\.|\\s+d\\.)?(?!\\d)");
  static final Pattern HAN_DIGITS = Pattern.compile("(?<!\\d)(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");
  static final Pattern VIETNAMESE = Pattern.compile("(?iu)(?<!\\d)(\\d{1,2})\\s+(?:tháng|thg)\\s+(\\d{1,2}),?\\s+(?:năm\\s+)?(\\d{4})(?!\\d)");
  static final Pattern SPACED_DAY_FIRST = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s(\\d{1,2})\\.\\s(\\d{4})(?!\\d)");
  static final Pattern SPACED_YEAR_FIRST = Pattern.compile("(?<![\\d.])(\\d{4})\\.\\s(\\d{1,2})\\.\\s(\\d{1,2})\\.?(?!\\d)");

  private LocaleDateShapes() {}

  /** "2024. november 7.": year, month's name, day. */
  static Optional<LocalDate> yearFirstNamed(MatchResult m) {
    return DateParser.month(m.group(2)).flatMap(month -> DateParser.date(m.group(1), month, m.group(3)));
  }

  /** Year, month and day in figures, in that order: "2024年11月7日", "2024. 11. 7.". */
  static Optional<LocalDate> yearMonthDay(MatchResult m) {
    return DateParser.date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
  }

  /** Day, month and year in figures, in that order: "7 tháng 11, 2024", "7. 11. 2024". */
  static Optional<LocalDate> dayMonthYear(MatchResult m) {
    return DateParser.date(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
  }
}
