package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.Layouts.paragraphs;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What follows a byline's names, generated: a job or an organisation after a pipe, a comma or a
 * dash ("Erlend Sinclair | Local Democracy Reporting Service"), the place after a name in capitals
 * ("BY ZAINAB OMAR, Stone Town"), the partner paper a note under the story says first published it
 * ("Leah Kootoo, Nunavut Tidings"). The people are the authors, the rest is not; a byline of two
 * people stays two people.
 */
class BylineTailsTest {

  @Property(tries = 60)
  void aJobOrAnOrganisationAfterTheNameIsNoAuthor(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll("separators") String separator, @ForAll("employers") String employer, @ForAll("dateLines") String dateLine) {
    List<String> lines = List.of("KESTREL BAY TIDE", "News › Council", headline, person + separator + employer, dateLine,
        paragraph("the harbour"), "", paragraph("the tenders"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(person);
    assertThat(paragraphs(lines)).containsExactly(paragraph("the harbour"), paragraph("the tenders"));
  }

  @Property(tries = 60)
  void aPlaceAfterANameInCapitalsIsNoAuthor(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll("places") String place, @ForAll boolean labelled) {
    String capitals = person.toUpperCase(Locale.ROOT);
    List<String> lines = List.of("HERITAGE", "", headline, "", (labelled ? "BY " : "By ") + capitals + ", " + place, "",
        paragraph("the old customs house"), "", paragraph("the seafront"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualToIgnoringCase(person);
  }

  @Property(tries = 40)
  void aPartnerPaperTheNoteSaysPublishedTheStoryIsNoAuthor(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll("partners") String partner, @ForAll("notes") String note, @ForAll("dateLines") String dateLine) {
    List<String> lines = List.of("NORTHERN LIGHTS NETWORK", headline, person + ", " + partner, dateLine,
        paragraph("the food bank"), "", paragraph("the sealift"), "", String.format(note, partner));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(person);
  }

  /** Two people over the date stay two people, whatever the story says about publishing. */
  @Property(tries = 40)
  void twoPeopleOverTheDateAreBothAuthors(
      @ForAll(supplier = Layouts.Headlines.class) String headline, @ForAll("pairs") List<String> people, @ForAll("dateLines") String dateLine) {
    String said = people.get(1) + " said the report was published in March and appeared in the council's minutes.";
    List<String> lines = List.of("NORTHERN LIGHTS NETWORK", headline, String.join(", ", people), dateLine,
        paragraph("the food bank"), "", said);

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(String.join(", ", people));
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" | ", ", ", " — ", " · ");
  }

  @Provide
  Arbitrary<String> employers() {
    return Arbitraries.of("Local Democracy Reporting Service", "Staff Writer", "Senior Correspondent", "Pamir Wire",
        "Kestrel Bay Herald", "Community News Network");
  }

  @Provide
  Arbitrary<String> places() {
    return Arbitraries.of("Stone Town", "Kirkwall", "Port Alvaro", "Nuuk");
  }

  @Provide
  Arbitrary<String> partners() {
    return Arbitraries.of("Nunavut Tidings", "Azores Islander", "Lowmarsh Courier");
  }

  @Provide
  Arbitrary<String> notes() {
    return Arbitraries.of("This story was originally published by %s and is republished here under a content-sharing agreement.",
        "This article first appeared in %s.", "Republished courtesy of %s.", "This story ran in the %s on Tuesday.");
  }

  @Provide
  Arbitrary<String> dateLines() {
    return Arbitraries.of("Thu 5 Dec 2024 at 14:02 GMT", "Dec. 5, 2024 – 4:12 p.m. ET", "5 December 2024");
  }

  @Provide
  Arbitrary<List<String>> pairs() {
    return Layouts.people().list().ofSize(2).uniqueElements();
  }
}
