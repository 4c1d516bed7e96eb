package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.MetadataField.DATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Day-first and month-first numeric dates, settled by the page or left unknown. */
class DateConventionTest {
  private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MONTH_FIRST = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  @Property(tries = 80)
  void aWeekdayBesideTheDatePicksTheReadingItFits(
      @ForAll("ambiguous") LocalDate date, @ForAll boolean dayFirst) {
    String numeric = date.format(dayFirst ? DAY_FIRST : MONTH_FIRST);
    LocalDate other = swapped(date);
    Assume.that(!other.getDayOfWeek().equals(date.getDayOfWeek()));
    String weekday = date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);

    assertThat(dateOf("Headline about the library hours", weekday + " " + numeric))
        .isEqualTo(date.toString());
  }

  @Property(tries = 60)
  void withoutEvidenceAnAmbiguousDateStaysUnknown(
      @ForAll("ambiguous") LocalDate date, @ForAll boolean dayFirst) {
    String numeric = date.format(dayFirst ? DAY_FIRST : MONTH_FIRST);

    assertThat(dateOf("Headline about the library hours", numeric)).isNull();
  }

  @Property(tries = 60)
  void aSpelledOutDateElsewhereOnThePageSettlesTheOrder(
      @ForAll("ambiguous") LocalDate date, @ForAll boolean dayFirst) {
    String numeric = date.format(dayFirst ? DAY_FIRST : MONTH_FIRST);
    String spelled = date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    List<String> lines =
        List.of("Wind farm faces delay", numeric, "", paragraph("the grid"), "",
            "First published on " + spelled + " in the print edition of the paper.");

    assertThat(new MetadataExtractor().extract(lines).metadata().get(DATE).value())
        .isEqualTo(date.toString());
  }

  @Property(tries = 60)
  void anotherSlashedDateWithADayAbove12ShowsThePageOrder(
      @ForAll("ambiguous") LocalDate date, @ForAll boolean dayFirst) {
    String numeric = date.format(dayFirst ? DAY_FIRST : MONTH_FIRST);
    String telling = dayFirst ? "25/12/2019" : "12/25/2019";
    List<String> lines =
        List.of("Wind farm faces delay", numeric, "", paragraph("the grid"), "",
            "The previous plan, filed on " + telling + ", was withdrawn after objections.");

    assertThat(new MetadataExtractor().extract(lines).metadata().get(DATE).value())
        .isEqualTo(date.toString());
  }

  @Property(tries = 60)
  void aDashedDateIsReadInThePagesSpellingOrderElseDayFirst(
      @ForAll("ambiguous") LocalDate date, @ForAll boolean monthFirstPage, @ForAll boolean spelledLater) {
    String numeric = date.format(DateTimeFormatter.ofPattern(monthFirstPage ? "MM-dd-yyyy" : "dd-MM-yyyy"));
    String month = date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    String later = monthFirstPage ? month + " 28" : "28 " + month;
    List<String> lines = spelledLater
        ? List.of("Wind farm faces delay", numeric, "", paragraph("the grid"), "", "The inquiry resumes on " + later + ", officials said.")
        : List.of("Wind farm faces delay", numeric, "", paragraph("the grid"));

    LocalDate expected = spelledLater || !monthFirstPage ? date : swapped(date);
    assertThat(new MetadataExtractor().extract(lines).metadata().get(DATE).value()).isEqualTo(expected.toString());
  }

  @Provide
  Arbitrary<LocalDate> ambiguous() {
    return Layouts.dates().filter(d -> d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue());
  }

  private static LocalDate swapped(LocalDate date) {
    return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
  }

  private static String dateOf(String headline, String dateLine) {
    List<String> lines = List.of(headline, dateLine, "", paragraph("the library"));
    return new MetadataExtractor().extract(lines).metadata().get(DATE).value();
  }
}
