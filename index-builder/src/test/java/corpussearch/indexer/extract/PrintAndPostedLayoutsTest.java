package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.Layouts.paragraphs;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.DATE;
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
import net.jqwik.api.constraints.IntRange;

/**
 * Layouts of the ninth blind set's kind, generated: a weekly's pdftotext (the week as its
 * date, the byline set under the last paragraph) and a notice a site's web editor posted (who
 * posted it and a view count beside the date). Prose that uses the same shapes stays prose.
 */
class PrintAndPostedLayoutsTest {

  @Property(tries = 60)
  void aWeeklyIsDatedByItsWeeksFirstDayAndSignedUnderItsLastParagraph(
      @ForAll(supplier = Layouts.People.class) String author, @ForAll("roles") String role, @ForAll("weekStarts") LocalDate start,
      @ForAll @IntRange(min = 1, max = 6) int days, @ForAll boolean dayFirst, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    LocalDate end = start.plusDays(days);
    String week = dayFirst
        ? start.getDayOfMonth() + "–" + end.getDayOfMonth() + " " + month(start) + " " + start.getYear()
        : month(start) + " " + start.getDayOfMonth() + "–" + end.getDayOfMonth() + ", " + start.getYear();
    List<String> lines = List.of("THE RIGA MERCURY", "No. 45 (1121) · " + week, "CITY", "", headline.toUpperCase(Locale.ROOT), "",
        paragraph("the terminal"), "", paragraph("the cruise lines"), "", author + ", " + role, "");

    Extraction result = extract(lines);
    assertThat(result.metadata().get(DATE).value()).isEqualTo(start.toString());
    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo(author);
    assertThat(paragraphs(lines)).containsExactly(paragraph("the terminal"), paragraph("the cruise lines"));
  }

  @Property(tries = 60)
  void aPostedByLineWithAViewCountGivesItsDate(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("posters") String poster, @ForAll("days") LocalDate date,
      @ForAll @IntRange(min = 0, max = 99_999) int views) {
    String posted = "Posted by: " + poster + "  |  " + date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 16:10"
        + "  |  Views: " + views;
    List<String> lines = List.of("PRESS RELEASE", "", headline, "", posted, "", paragraph("the clinic"), "", paragraph("the hours"));

    assertThat(extract(lines).metadata().get(DATE).value()).isEqualTo(date.toString());
    assertThat(paragraphs(lines)).containsExactly(paragraph("the clinic"), paragraph("the hours"));
  }

  @Property(tries = 40)
  void proseWithARangeOrANameAndJobIsKept(@ForAll(supplier = Layouts.People.class) String person, @ForAll("roles") String role,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String range = "The festival runs 7–13 November 2024 in the old town, and organisers expect more visitors than last year.";
    String quoted = "The plan had been cut to half its size after two lines withdrew, said " + person + ", the port's " + role + ".";
    List<String> lines = List.of(headline, "", paragraph("the terminal"), "", range, "", quoted, "", paragraph("the berths"));

    assertThat(paragraphs(lines)).containsExactly(paragraph("the terminal"), range, quoted, paragraph("the berths"));
    assertThat(extract(lines).metadata().get(AUTHOR).value()).isNull();
  }

  private static String month(LocalDate date) {
    return date.format(DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH));
  }



  @Provide
  Arbitrary<String> roles() {
    return Arbitraries.of("staff writer", "Staff Writer", "business correspondent", "Reporter");
  }

  @Provide
  Arbitrary<LocalDate> weekStarts() {
    return Layouts.dates().filter(date -> date.getDayOfMonth() <= 22);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    // past the 12th, so that the slashed date is day-first on its face
    return Layouts.dates().filter(date -> date.getDayOfMonth() > 12);
  }

  @Provide
  Arbitrary<String> posters() {
    return Arbitraries.of("webeditor", "admin", "Newsdesk", "j.doe");
  }
}
