package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Dates with the month in Roman numerals ("17.X.2003", "17. X. 2003", as older Central and Eastern
 * European pages print them) and day-month-year joined by dashes with the month's short name in
 * capitals ("17-OCT-2024", a database's form); Roman numerals that are no month are no date.
 */
class RomanAndDashedDatesTest {
  private static final List<String> ROMAN = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");

  @Property(tries = 100)
  void aRomanNumeralMonthIsRead(@ForAll("dates") LocalDate date, @ForAll("separators") String separator, @ForAll("labels") String label) {
    String month = ROMAN.get(date.getMonthValue() - 1);
    String line = label + date.getDayOfMonth() + separator + month + separator + date.getYear();

    assertThat(DateParser.find(line).map(DateParser.DateMatch::date)).as(line).contains(date);
  }

  @Property(tries = 60)
  void aDashedDateWithTheMonthsShortNameIsRead(@ForAll("dates") LocalDate date, @ForAll boolean capitals) {
    String month = date.format(DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH));
    String line = date.getDayOfMonth() + "-" + (capitals ? month.toUpperCase(Locale.ROOT) : month) + "-" + date.getYear();

    assertThat(DateParser.find(line).map(DateParser.DateMatch::date)).as(line).contains(date);
  }

  @Property(tries = 20)
  void romanNumeralsThatAreNoMonthAreNoDate(@ForAll("noDates") String text) {
    assertThat(DateParser.find(text)).as(text).isEmpty();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 40 * 365).map(days -> LocalDate.of(1990, 1, 1).plusDays(days));
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(".", ". ", "-", "/");
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("", "Issue No. 41 (318) — ", "Objavljeno: ");
  }

  @Provide
  Arbitrary<String> noDates() {
    return Arbitraries.of("Henry VIII 1509 portrait sold", "Super Bowl LVIII 2024 tickets", "Chapter 12 IV 2003 edition", "Louis XIV, 1715");
  }
}
