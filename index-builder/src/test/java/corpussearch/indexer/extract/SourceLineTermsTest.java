package corpussearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A reader view's closing source line with the site's terms of reuse, "Source: The Steppe
 * Observer. Any use of materials is allowed only with a hyperlink to steppeobserver.example": the
 * publication, because its name squashed is the address it links to. A source cited for a figure,
 * with no address of its own name, is no outlet.
 */
class SourceLineTermsTest {

  private static final String BODY =
      "The capital's transport department will keep all of its electric buses on the city's busiest routes through the"
          + " winter, reversing last year's decision to withdraw them when temperatures fell.";

  @Property(tries = 60)
  void aSourceLineLinkingToItsOwnAddressNamesTheOutlet(@ForAll(supplier = Layouts.Outlets.class) String outlet,
      @ForAll("labels") String label, @ForAll("terms") String terms, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String site = outlet.replaceFirst("^The ", "").toLowerCase(Locale.ROOT).replace(" ", "") + ".example";
    List<String> lines = List.of(headline, "", BODY, "", BODY, "", label + " " + outlet + ". " + terms + " " + site);

    assertThat(Layouts.extract(lines).metadata().outlet().value()).isEqualTo(outlet);
  }

  @Property(tries = 30)
  void aSourceCitedForAFigureIsNoOutlet(@ForAll("terms") String terms, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(headline, "", BODY, "", BODY, "", "Source: Ministry of Transport. " + terms + " transport.example");

    assertThat(Layouts.extract(lines).metadata().outlet().value()).isNull();
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("Source:", "Fuente:", "Izvor:", "Via:");
  }

  @Provide
  Arbitrary<String> terms() {
    return Arbitraries.of("Any use of materials is allowed only with a hyperlink to",
        "Reproduction is permitted with a link to", "Read the original at");
  }
}
