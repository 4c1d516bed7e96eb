package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A date line as the JDK itself writes a date in the languages of news pages, in its full, long
 * and medium styles ("czwartek, 7 listopada 2024" aside: a month name two languages give to
 * different months stays unread), is read as that date: "2024. november 7.", "2024年11月7日",
 * "7 tháng 11, 2024", "7 ноября 2024 г.", "7. 11. 2024", "Nobyembre 7, 2024", "torstai 7.
 * marraskuuta 2024".
 */
class LocaleFormatDatesTest {

  @Property(tries = 1000)
  void aDateInALocalesOwnFormatIsRead(
      @ForAll("languages") String language, @ForAll("styles") FormatStyle style, @ForAll("dates") LocalDate date) {
    // Catalan's medium style abbreviates August to two letters, "ag.", too short to tell from other words.
    Assume.that(!language.equals("ca") || style != FormatStyle.MEDIUM);
    String line = date.format(DateTimeFormatter.ofLocalizedDate(style).withLocale(Locale.forLanguageTag(language)));

    assertThat(DateParser.parseDateLine(line).map(DateParser.DateLine::date)).as(language + " " + style + ": " + line).contains(date);
  }

  @Provide
  Arbitrary<String> languages() {
    return Arbitraries.of("en", "fr", "de", "es", "pt", "it", "nl", "sv", "da", "nb", "fi", "cs", "sk", "hu", "ro", "id", "ms",
        "vi", "sw", "sl", "lt", "et", "el", "ru", "uk", "bg", "mk", "ja", "zh", "ko", "ca", "gl", "sq", "is", "mt", "fil", "af");
  }

  @Provide
  Arbitrary<FormatStyle> styles() {
    return Arbitraries.of(FormatStyle.FULL, FormatStyle.LONG, FormatStyle.MEDIUM);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Layouts.dates();
  }
}
