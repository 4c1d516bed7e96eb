package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Layouts.extract;
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
 * Date and byline lines whose parts say what they hold ("Source: … | Author: … | 08.11.2024") or
 * give the day in a second calendar beside the Gregorian one ("… | Jumada al-Awwal 19, 1446 AH").
 */
class LabelledPartsAndCalendarsTest {

  @Property(tries = 60)
  void aLineOfLabelledPartsGivesTheAuthorAndTheDateNotTheSource(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll(supplier = Layouts.Outlets.class) String source, @ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll("dateFormats") String format, @ForAll("authorLabels") String label, @ForAll("separators") String separator) {
    String line = "Source: " + source + separator + label + person + separator + date.format(DateTimeFormatter.ofPattern(format, Locale.ENGLISH));
    Extraction extraction = extract(List.of(headline, "", line, "", Articles.paragraph("the ferry"), "", Articles.paragraph("the timetable")));

    assertThat(extraction.metadata().author().value()).isEqualTo(person);
    assertThat(extraction.metadata().date().value()).isEqualTo(date.toString());
    assertThat(extraction.metadata().outlet().value()).isNotEqualTo(source);
  }

  /** Labelled parts that are a sentence's ("Source: officials | the rest") give no byline. */
  @Property(tries = 20)
  void aLabelledPartOfProseGivesNoAuthor(@ForAll(supplier = Layouts.Headlines.class) String headline) {
    String line = "Source: officials at the port said | Author: unknown, they added";
    Extraction extraction = extract(List.of(headline, "", line, "", Articles.paragraph("the ferry")));

    assertThat(extraction.metadata().author().isKnown()).isFalse();
  }

  @Property(tries = 60)
  void aDateWithItsHijriOrSolarTwinIsReadByItsGregorianPart(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll("otherCalendars") String other, @ForAll("separators") String separator) {
    String line = date.format(DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH)) + separator + other;
    Extraction extraction = extract(List.of(headline, "", "Written by " + person, line, "", Articles.paragraph("the talks"), "",
        Articles.paragraph("the port")));

    assertThat(extraction.metadata().date().value()).isEqualTo(date.toString());
  }

  @Provide
  Arbitrary<String> dateFormats() {
    return Arbitraries.of("dd.MM.yyyy", "d MMMM yyyy", "MMMM d, yyyy");
  }

  @Provide
  Arbitrary<String> authorLabels() {
    return Arbitraries.of("Author: ", "By: ", "Writer: ", "Reporter: ");
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" | ", "   |   ", " · ");
  }

  @Provide
  Arbitrary<String> otherCalendars() {
    return Arbitraries.of("Jumada al-Awwal 19, 1446 AH", "19 Jumada al-Awwal 1446 AH", "1 Azar 1403 SH", "14 Rabi al-Thani 1446H", "1446 A.H.");
  }
}
