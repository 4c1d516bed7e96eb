package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Date lines that open with the weekday in the site's language and close with the time zone's
 * offset, as Vietnamese, Indonesian, Malay, Portuguese, Filipino and lynx-dumped pages print them:
 * "Thứ Năm, 17/10/2024 08:15 (GMT+7)", "Kamis, 17.10.2024 | 08:15 UTC+07:00". A sentence that
 * names a weekday and a date is still no date line.
 */
class WeekdayDatesTest {

  @Property(tries = 300)
  void aWeekdayInTheSiteLanguageAndAZoneOffsetAreFiller(
      @ForAll("languages") String language, @ForAll("dates") LocalDate date, @ForAll("numeric") String shape,
      @ForAll("separators") String separator, @ForAll("zones") String zone) {
    Assume.that(!shape.contains("/") || date.getDayOfMonth() > 12);
    Locale locale = Locale.forLanguageTag(language);
    String line = date.getDayOfWeek().getDisplayName(TextStyle.FULL, locale) + separator
        + date.format(DateTimeFormatter.ofPattern(shape)) + " 08:15" + zone;

    assertThat(DateParser.parseDateLine(line).map(DateParser.DateLine::date)).as(line).contains(date);
  }

  @Property(tries = 60)
  void aTetunDateLineIsRead(@ForAll("dates") LocalDate date) {
    String[] weekdays = {"Segunda", "Tersa", "Kuarta", "Kinta", "Sesta", "Sábadu", "Domingu"};
    String[] months = {"Janeiru", "Fevereiru", "Marsu", "Abríl", "Maiu", "Juñu", "Jullu", "Agostu", "Setembru", "Outubru",
        "Novembru", "Dezembru"};
    String line = weekdays[date.getDayOfWeek().ordinal()] + ", " + date.getDayOfMonth() + " "
        + months[date.getMonthValue() - 1] + " " + date.getYear();

    assertThat(DateParser.parseDateLine(line).map(DateParser.DateLine::date)).as(line).contains(date);
  }

  @Property(tries = 60)
  void aSentenceWithAWeekdayAndADateIsNoDateLine(@ForAll("languages") String language, @ForAll("dates") LocalDate date) {
    String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.forLanguageTag(language));
    String sentence = "Stallholders said on " + weekday + " that the tanks filled before "
        + date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " would last the dry months.";

    assertThat(DateParser.parseDateLine(sentence)).as(sentence).isEmpty();
  }

  @Provide
  Arbitrary<String> languages() {
    return Arbitraries.of("vi", "id", "ms", "pt", "es", "fr", "de", "it", "nl", "tl", "tr", "pl", "ru", "el");
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Layouts.dates();
  }

  /** Day-first numeric shapes: a slashed one only with a day above 12, which needs no weekday to read. */
  @Provide
  Arbitrary<String> numeric() {
    return Arbitraries.of("dd.MM.yyyy", "dd-MM-yyyy", "yyyy-MM-dd", "dd/MM/yyyy");
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(", ", " ", " - ");
  }

  @Provide
  Arbitrary<String> zones() {
    return Arbitraries.of("", " (GMT+7)", " GMT+4", " UTC+07:00", " (GMT-3)", " GMT+0530");
  }
}
