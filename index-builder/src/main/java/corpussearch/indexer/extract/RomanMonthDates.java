package corpussearch.indexer.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A month in Roman numerals between day and year, for {@link DateParser}, as Central and Eastern
 * European pages write it: "17.X.2003", "17. X. 2003", "17-X-2003". Capitals only, the same dot,
 * dash or slash on both sides: spaces alone ("12 IV 2003") join numbers that are no date.
 */
final class RomanMonthDates {
  static final Pattern ROMAN_MONTH =
      Pattern.compile("(?<![\\d.])(\\d{1,2})([.\\-/])\\s?(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\\2\\s?(\\d{4})(?!\\d)");
  private static final List<String> ROMAN = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");

  private RomanMonthDates() {}

  /** The date a {@link #ROMAN_MONTH} match writes, when it is a day of the calendar. */
  static Optional<LocalDate> read(MatchResult m) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(4)), ROMAN.indexOf(m.group(3)) + 1, Integer.parseInt(m.group(1))));
    } catch (DateTimeException invalid) {
      return Optional.empty();
    }
  }
}
