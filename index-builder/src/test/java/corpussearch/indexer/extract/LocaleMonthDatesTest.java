package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Dates written the way Central European, Nordic, Baltic, Balkan, Turkish and Malay-Indonesian
 * sites write them, generated from the JDK's own locale data: "4. lipnja 2024. u 18:20", "4 czerwca
 * 2024 o 18:20", "4. juni 2024 kl. 18.20". A sentence that names a month is no date line.
 */
class LocaleMonthDatesTest {

  @Property(tries = 200)
  void aDayFirstDateInTheSiteLanguageIsRead(
      @ForAll("languages") String language, @ForAll("dates") LocalDate date, @ForAll("shapes") String shape,
      @ForAll("times") String time) {
    Locale locale = Locale.forLanguageTag(language);
    String line = date.format(DateTimeFormatter.ofPattern(shape, locale)) + time;

    var read = DateParser.parseDateLine(line).map(DateParser.DateLine::date);
    if (namesAnotherMonth(date.format(DateTimeFormatter.ofPattern("MMMM", locale)).toLowerCase(locale), date.getMonthValue())) {
      assertThat(read).as("%s: a name two languages give to different months is no date", line).isEmpty();
    } else {
      assertThat(read).as(line).contains(date);
    }
  }

  /** Whether a language of this set gives {@code name} to another month ("listopad": October in Croatian, November in Polish). */
  private static boolean namesAnotherMonth(String name, int month) {
    return LANGUAGES.stream().map(Locale::forLanguageTag).anyMatch(locale -> Arrays.stream(Month.values())
        .filter(other -> other.getValue() != month)
        .anyMatch(other -> List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE).stream()
            .anyMatch(style -> other.getDisplayName(style, locale).toLowerCase(locale).equals(name))));
  }

  @Property(tries = 60)
  void aSentenceNamingAMonthIsNoDateLine(@ForAll("languages") String language, @ForAll("dates") LocalDate date) {
    String month = date.format(DateTimeFormatter.ofPattern("LLLL", Locale.forLanguageTag(language)));
    String sentence = "Farmers said the " + month + " rains came late and the harvest of " + date.getYear() + " was small.";

    assertThat(DateParser.parseDateLine(sentence)).isEmpty();
  }

  private static final List<String> LANGUAGES =
      List.of("hr", "sl", "cs", "pl", "sk", "ro", "hu", "sv", "da", "nb", "fi", "lv", "lt", "et", "tr", "id", "bs");

  @Provide
  Arbitrary<String> languages() {
    return Arbitraries.of(LANGUAGES);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Layouts.dates();
  }

  @Provide
  Arbitrary<String> shapes() {
    return Arbitraries.of("d. MMMM yyyy.", "d MMMM yyyy", "d. MMMM yyyy", "dd. MMMM yyyy.");
  }

  @Provide
  Arbitrary<String> times() {
    return Arbitraries.of("", " u 18:20", " o 18:20", " kl. 18.20", " 18:20");
  }
}
