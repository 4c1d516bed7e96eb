package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Labels stacked over the headline (the section repeated from the menu, then a "Premium" mark), a
 * section trail ("Business · Region") and a tagline saying whose news the site is, under its
 * name: generated, with the headline found and the same words kept as a headline when they are one.
 */
class LabelsAndTaglinesAboveTheHeadlineTest {

  @Property(tries = 60)
  void stackedLabelsAboveTheHeadlineAreNotIt(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("sections") String section, @ForAll("marks") String mark) {
    List<String> lines = List.of(outlet, "", "Home   " + section + "   Asia   World   Opinion   Business", "", section, mark, "",
        headline, "", "Nurul Aisyah Rahim", "Correspondent", "", "Published Jun 12, 2024, 05:00 AM", "",
        paragraph("the hawker centre"), "", paragraph("the stallholders"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 60)
  void aSectionTrailAboveTheHeadlineIsNotIt(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("sections") String section, @ForAll("dots") String dot) {
    List<String> lines = List.of(outlet, "", "News    Travel    Business    Environment", "", "Business" + dot + section, "",
        headline, "", paragraph("the hawker centre"), "", paragraph("the stallholders"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 20)
  void aHeadlineWithADotBetweenItsClausesStaysTheHeadline(@ForAll("countries") String country, @ForAll("dots") String dot) {
    String headline = country + " lifts fuel subsidy" + dot + "Bus fares to rise next month";
    List<String> lines = List.of(headline, "", paragraph("the agency"), "", paragraph("the offices"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Provide
  Arbitrary<String> dots() {
    return Arbitraries.of(" · ", " • ");
  }

  @Property(tries = 60)
  void aTaglineUnderTheSiteNameIsNotTheHeadline(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("taglines") String tagline) {
    List<String> lines = List.of(outlet, tagline, "", "News", "Politics", "Society", "Money", "", headline, "",
        paragraph("the cruise ships"), "", paragraph("the council"));

    Extraction result = extract(lines);
    assertThat(result.metadata().get(TITLE).value()).isEqualTo(headline);
    assertThat(result.metadata().get(OUTLET).value()).isEqualTo(outlet);
  }

  @Property(tries = 20)
  void aHeadlineAboutSomeonesNewsStaysTheHeadline(@ForAll("countries") String country) {
    String headline = country + "'s news agency to close its regional offices";
    List<String> lines = List.of(headline, "", paragraph("the agency"), "", paragraph("the offices"));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Provide
  Arbitrary<String> sections() {
    return Arbitraries.of("Singapore", "Malaysia", "Kenya", "Wales");
  }

  @Provide
  Arbitrary<String> marks() {
    return Arbitraries.of("Premium", "Exclusive", "Analysis", "Subscriber only");
  }

  @Provide
  Arbitrary<String> countries() {
    return Arbitraries.of("Norway", "Ghana", "Chile", "New Zealand");
  }

  @Provide
  Arbitrary<String> taglines() {
    return Arbitraries.oneOf(
        countries().map(c -> c + "'s news in English"),
        countries().map(c -> c + "'s independent newspaper"),
        Arbitraries.of("Your local news", "Your community newspaper"));
  }
}
