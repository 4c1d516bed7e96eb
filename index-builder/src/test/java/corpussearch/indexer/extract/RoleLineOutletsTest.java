package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.extract;
import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A broadcaster's story in a browser's reader view: the reporter's name, then a line giving the
 * job and the outlet ("Middle East correspondent, Harbour News"). The outlet is read off that
 * line; a place after the job is no outlet.
 */
class RoleLineOutletsTest {

  @Property(tries = 60)
  void theOutletAfterTheReportersJobIsTheOutlet(@ForAll("roles") String role, @ForAll("outlets") String outlet, @ForAll boolean by) {
    Extraction result = extract("hbn.example", "Drone strike hits fuel depot near the border", "5–6 minutes", "",
        (by ? "By " : "") + "Amara Okafor", role + ", " + outlet, "7 March 2026", "", paragraph("the depot"), "", paragraph("the border"));

    assertThat(result.metadata().get(OUTLET).value()).isEqualTo(outlet);
    assertThat(result.metadata().get(AUTHOR).value()).isEqualTo("Amara Okafor");
  }

  @Property(tries = 40)
  void aPlaceAfterTheJobIsNoOutlet(@ForAll("roles") String role, @ForAll("places") String place) {
    Extraction result = extract("Drone strike hits fuel depot near the border", "", "By Amara Okafor", role + ", " + place, "7 March 2026", "",
        paragraph("the depot"), "", paragraph("the border"));

    assertThat(result.metadata().get(OUTLET).value()).isNotEqualTo(place);
  }

  @Provide
  Arbitrary<String> roles() {
    return Arbitraries.of("Middle East correspondent", "Africa editor", "Senior reporter", "Security correspondent");
  }

  @Provide
  Arbitrary<String> outlets() {
    return Arbitraries.of("Harbour News", "Meridian Radio", "Coastal Times", "Delta Broadcasting Network");
  }

  @Provide
  Arbitrary<String> places() {
    return Arbitraries.of("Dakar", "Baghdad", "West Africa", "Lagos and Abuja");
  }
}
