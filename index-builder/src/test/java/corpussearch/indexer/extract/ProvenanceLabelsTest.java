package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A republished story's source over its headline ("From our partner: Hawke's Bay Tribune",
 * "Originally published in The Dispatch"), generated over labels, separators and publications,
 * under the aggregator's name and an optional regions bar and region label: never the headline. A headline that
 * opens with the same words and goes on ("From farm to fork: …", "Via Rail cuts three routes")
 * stays the headline.
 */
class ProvenanceLabelsTest {

  @Property(tries = 100)
  void aSourceLabelOverTheHeadlineIsNoHeadline(
      @ForAll(supplier = Layouts.Outlets.class) String aggregator, @ForAll("sourceLabels") String label,
      @ForAll boolean regionLabel, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.People.class) String person) {
    List<String> lines = new ArrayList<>(List.of(aggregator.toUpperCase(Locale.ROOT)));
    if (regionLabel) {
      lines.addAll(List.of("Northland  Auckland  Waikato  Hawke's Bay  Wellington  Otago", "Hawke's Bay"));
    }
    lines.addAll(List.of(label, headline, person + ", Local Democracy Reporter", "5:00am Fri, 29 Nov 2024",
        paragraph("the pools"), paragraph("the repair bill")));

    assertThat(extract(lines).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Property(tries = 40)
  void aHeadlineOpeningLikeASourceLabelStays(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll("headlinesLikeLabels") String headline,
      @ForAll(supplier = Layouts.People.class) String person) {
    assertThat(extract(Layouts.bylinedStory(outlet, headline, person)).metadata().get(TITLE).value()).isEqualTo(headline);
  }

  @Provide
  Arbitrary<String> sourceLabels() {
    // a label that ends in a preposition runs into the name; one that does not is set off from it
    Arbitrary<String> runOn = Arbitraries.of("From our partners at ", "Partner content from ", "Originally published in ",
        "First appeared on ", "Courtesy of ", "Republished with permission from ", "Syndicated from ", "Via ");
    Arbitrary<String> setOff = Combinators.combine(Arbitraries.of("From our partner", "From our sister paper", "Partner content", "Via"),
        Arbitraries.of(": ", " — ", " | ")).as((l, s) -> l + s);
    Arbitrary<String> label = Arbitraries.oneOf(runOn, setOff);
    Arbitrary<String> paper = Arbitraries.of("Hawke's Bay Tribune", "The Dispatch", "the Valley Echo", "Kestrel Herald", "Lowmarsh & District News");
    return Combinators.combine(label, paper).as((l, p) -> l + p);
  }

  @Provide
  Arbitrary<String> headlinesLikeLabels() {
    return Arbitraries.of("From farm to fork: how the new food rules work", "From Kyiv to Kharkiv, refugees return home for winter",
        "Via Rail cuts three routes in the north", "Courtesy calls to rise as council adopts new code",
        "Originally planned for 2020, the bypass finally opens", "From Our Partners At The Mill, A Warning About Jobs");
  }
}
