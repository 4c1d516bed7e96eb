package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
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
 * A town with a person's shape ("Port Hope", "Mount Forest") in the masthead's list of
 * communities, over a release run as news with a "Contributed" or "Submitted" byline, and written
 * as a place in the story ("… Works of Port Hope", "in Port Hope", a dateline in capitals): never
 * the author, which stays unknown. A reporter bylined "By …" keeps the name even when the story
 * uses it as a place.
 */
class PlacesAreNoAuthorsTest {

  @Property(tries = 100)
  void aTownTheStoryWritesAsAPlaceIsNoAuthor(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll("towns") String town, @ForAll("towns") String other,
      @ForAll("credits") String credit, @ForAll("asPlace") String place, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(outlet.toUpperCase(Locale.ROOT), "Cobourg · " + town + " · Grafton · Colborne",
        "Home  Local News  Sports  Community  Contact", "LOCAL NEWS", headline, credit, "Thursday, November 14, 2024",
        paragraph("the trail"), "", String.format(place, town, town.toUpperCase(Locale.ROOT)) + " " + paragraph("the stone"),
        "", paragraph("the detour " + other));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isNull();
  }

  @Property(tries = 60)
  void aBylinedReporterKeepsANameThatIsAlsoAPlace(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll("asPlace") String place, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(outlet.toUpperCase(Locale.ROOT), "", headline, "", "By " + person, "Thursday, November 14, 2024", "",
        paragraph("the trail"), "", String.format(place, person, person.toUpperCase(Locale.ROOT)) + " " + paragraph("the stone"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(person);
  }

  /**
   * "Name, Place" above the date with no label: the reporter and where they filed from, the place
   * written in the text with the other apostrophe ("Cox's Bazar" in the byline, "Cox’s Bazar" in
   * the story). A second person the story never writes as a place stays an author.
   */
  @Property(tries = 60)
  void thePlaceAfterAnUnlabelledReportersNameIsNoSecondAuthor(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll("possessiveTowns") String town, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(outlet.toUpperCase(Locale.ROOT), "", headline, "", person + ", " + town, "Thursday, November 14, 2024", "",
        "Violence in the camps of " + town.replace('\'', '’') + " has risen sharply, " + paragraph("the camps"), "", paragraph("the stone"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(person);
  }

  /**
   * A columnist's name under the headline, over the date, that the page also links as "More from
   * Name" (a place's shape: "from" before a name) and calls "Dr Surname" in the bio under the
   * column: a person, and the author.
   */
  @Property(tries = 60)
  void aNameTheBioCallsByTitleAndSurnameStaysTheAuthor(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll("honorifics") String honorific, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String surname = person.substring(person.lastIndexOf(' ') + 1);
    List<String> lines = List.of(outlet.toUpperCase(Locale.ROOT), "OPINION", headline, person, "7 Nov 2025", paragraph("the coast"), "",
        paragraph("the river"), "", honorific + " " + surname + " is a lecturer in international relations at a university in Nairobi.",
        "More from " + person, "Why the port still matters to the region");

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(person);
  }

  @Property(tries = 30)
  void twoUnlabelledReportersStayAuthors(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.People.class) String person,
      @ForAll(supplier = Layouts.People.class) String other, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(outlet.toUpperCase(Locale.ROOT), "", headline, "", person + ", " + other, "Thursday, November 14, 2024", "",
        paragraph("the camps"), "", paragraph("the stone"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).contains(person).contains(other);
  }

  @Provide
  Arbitrary<String> honorifics() {
    return Arbitraries.of("Dr", "Ms", "Mr", "Prof");
  }

  @Provide
  Arbitrary<String> possessiveTowns() {
    return Arbitraries.of("Cox's Bazar", "St John's", "Port Hope", "Bishop's Stortford");
  }

  @Provide
  Arbitrary<String> towns() {
    return Arbitraries.of("Port Hope", "Mount Forest", "Grand Bend", "Glen Morris", "Bay Roberts", "Castle Rock");
  }

  @Provide
  Arbitrary<String> credits() {
    return Arbitraries.of("Contributed", "Submitted", "Special to the paper", "Staff");
  }

  /** The town as a place: {@code %1$s} as written, {@code %2$s} in capitals. */
  @Provide
  Arbitrary<String> asPlace() {
    return Arbitraries.of("The contract went to Northumberland Marine Works of %1$s in October.",
        "Crews will stage equipment at the yard in %1$s.", "Volunteers came from %1$s and Grafton.",
        "%2$s, Ont. — The town said this week that repairs would start soon and last the winter, with crews from the county"
            + " roads department and a marine contractor working side by side on the eroded bank below the trail path.");
  }
}
