package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Bylines that join two writers with "with" ("Reported by A with B") list both, while "with
 * additional reporting by B" credits the first alone; a document's kind set where a byline goes
 * ("Press Release | Dec. 2, 2024") and a menu entry shaped like a name over another entry shaped
 * like a job ("Back Issues" / "Volunteer") name no writer.
 */
class BylineJoinsAndNonNamesTest {

  @Property(tries = 60)
  void withJoiningTwoNamesCreditsBoth(
      @ForAll(supplier = Layouts.People.class) String first, @ForAll(supplier = Layouts.People.class) String second,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("labels") String label, @ForAll("joins") String join) {
    Assume.that(!first.equals(second));
    List<String> lines = List.of(headline, "", label + first + join + second, "", paragraph("the pier"), "", paragraph("the ferry"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(first + " and " + second);
  }

  @Property(tries = 60)
  void additionalReportingAfterWithIsNoSecondWriter(
      @ForAll(supplier = Layouts.People.class) String first, @ForAll(supplier = Layouts.People.class) String second,
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("labels") String label, @ForAll("extras") String extra) {
    List<String> lines = List.of(headline, "", label + first + extra + second, "", paragraph("the pier"), "", paragraph("the ferry"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(first);
  }

  @Property(tries = 60)
  void aDocumentsKindWhereTheBylineGoesIsNoAuthor(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.Dates.class) LocalDate date,
      @ForAll("kinds") String kind, @ForAll("separators") String separator) {
    List<String> lines = List.of(headline, "", kind + separator + date.format(DateTimeFormatter.ofPattern("MMM. d, yyyy", Locale.ENGLISH)),
        "Source: Harbourside Freight Holdings", "", paragraph("the warehouse"), "", paragraph("the jobs"));

    assertThat(extract(lines).metadata().get(AUTHOR).isKnown()).isFalse();
  }

  @Property(tries = 60)
  void aPersonWhereTheBylineGoesIsTheAuthor(
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll("separators") String separator) {
    List<String> lines = List.of(headline, "", person + separator + date.format(DateTimeFormatter.ofPattern("MMM. d, yyyy", Locale.ENGLISH)),
        "", paragraph("the warehouse"), "", paragraph("the jobs"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(person);
  }

  @Property(tries = 60)
  void aNameShapedMenuEntryOverAJobShapedOneIsNoWriter(
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("menuEntries") String entry, @ForAll("jobEntries") String job, @ForAll("roles") String role) {
    List<String> lines = List.of("The Riverside Quadrangle", "News", "Culture", "Sports", entry, job, "", "NEWS", headline,
        "A longer standfirst that says what the story is about and why it matters to readers", person + ", " + role, "",
        paragraph("the food bank"), "", paragraph("the rents"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(person);
  }

  @Property(tries = 60)
  void aNameOverItsJobUnderTheHeadlineIsTheWriter(
      @ForAll(supplier = Layouts.People.class) String person, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("roles") String role) {
    List<String> lines = List.of("The Riverside Quadrangle", "", headline, person, role, "", paragraph("the food bank"), "", paragraph("the rents"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(person);
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("By ", "Reported by ", "Words: ", "by ");
  }

  @Provide
  Arbitrary<String> joins() {
    return Arbitraries.of(" with ", ", with ");
  }

  @Provide
  Arbitrary<String> extras() {
    return Arbitraries.of(", with additional reporting by ", " with additional reporting by ", ", with photographs by ", " with reporting from ");
  }

  @Provide
  Arbitrary<String> kinds() {
    return Arbitraries.of("Press Release", "Media Release", "News Release", "Sponsored Content", "Opinion", "Analysis");
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" | ", " · ", " — ");
  }

  @Provide
  Arbitrary<String> menuEntries() {
    return Arbitraries.of("Class Notes", "Photo Galleries", "Back Issues", "Print Edition");
  }

  @Provide
  Arbitrary<String> jobEntries() {
    return Arbitraries.of("Volunteer", "Contributors", "Editor", "Reporter");
  }

  @Provide
  Arbitrary<String> roles() {
    return Arbitraries.of("News Editor", "Staff Writer", "Senior Reporter", "Correspondent");
  }
}
