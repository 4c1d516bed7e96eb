package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A publisher's name and postal address on one line at the foot of a newsletter or a report ("The
 * Sahel Brief, PO Box 2217, Dakar, Senegal") names the outlet and is furniture; a story's person
 * with an address or an age, and a sentence that mentions a street, name nothing.
 */
class PostalAddressOutletsTest {

  private static final String STORY =
      "Officials said the ferry would keep its winter timetable after residents filled the council chamber on Tuesday"
          + " night, and that the cost would be shared with the two neighbouring districts.";

  @Property(tries = 80)
  void aPublishersAddressLineNamesTheOutlet(@ForAll("organisations") String organisation, @ForAll("streets") String street,
      @ForAll("towns") String town, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person) {
    String address = organisation + ", " + street + ", " + town;
    List<String> lines = List.of(headline, "", "By " + person, "March 19, 2025", "", STORY, "", STORY, "",
        "Unsubscribe | Update preferences", address);

    assertThat(Layouts.extract(lines).metadata().outlet().value()).isEqualTo(organisation);
    assertThat(Layouts.paragraphs(lines)).noneMatch(paragraph -> paragraph.contains(street));
  }

  @Property(tries = 80)
  void aPersonWithAnAddressOrAnAgeIsNoPublisher(@ForAll(supplier = Layouts.People.class) String person,
      @ForAll("streets") String street, @ForAll("towns") String town) {
    assertThat(PostalAddressOutlets.publisher(person + ", " + street + ", " + town)).isEmpty();
    assertThat(PostalAddressOutlets.publisher(person + ", 45, a farmer from " + town + ", said the road was closed.")).isEmpty();
  }

  @Property(tries = 60)
  void aSentenceThatMentionsAStreetNamesNothing(@ForAll("organisations") String organisation, @ForAll("towns") String town) {
    assertThat(PostalAddressOutlets.publisher("Protesters gathered outside " + organisation + ", 14 Harbour View Road, " + town
        + ", on Tuesday morning and stayed until police arrived.")).isEmpty();
    assertThat(PostalAddressOutlets.publisher(organisation + ", 12 March 2025, " + town)).isEmpty();
  }

  @Provide
  Arbitrary<String> organisations() {
    return Arbitraries.oneOf(Layouts.outlets(),
        Arbitraries.of("The Sahel Brief", "Mindanao Dispatch", "Indian Ocean Security Institute", "Centre for Lake Studies"));
  }

  @Provide
  Arbitrary<String> streets() {
    return Arbitraries.of("PO Box 2217", "P.O. Box 85", "14 Harbour View Road", "3/F Veterans Building", "BP 1234",
        "Apartado 45", "Caixa Postal 120", "220 Main St.", "Postfach 1101");
  }

  @Provide
  Arbitrary<String> towns() {
    return Arbitraries.of("Dakar, Senegal", "Davao City 8000, Philippines", "Mombasa", "Maputo, Moçambique", "Lisboa",
        "Ouagadougou, Burkina Faso");
  }
}
