package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Two things that stand where an outlet's name might and are none, generated: a section's head of
 * one common word under a printed page's running header ("HERITAGE" over a story of a heritage
 * fund), and a picture credit after a byline's names ("By Kari Eide / Photo: Per Olsen"). The
 * paper's own name, wherever else the page prints it, is the outlet; a one-word masthead that is a
 * proper name stays the outlet.
 */
class SectionWordsAndCreditsTest {

  @Property(tries = 40)
  void aSectionWordTheStoryUsesIsNoMasthead(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll("sections") String section,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    String header = outlet.toUpperCase(Locale.ROOT) + " | NEWS              Tuesday, December 3, 2024 | 5";
    List<String> lines = List.of(header, "", section.toUpperCase(Locale.ROOT), "", headline, "", "BY NODIRA SAIDOVA", "",
        paragraph("the " + section.toLowerCase(Locale.ROOT) + " fund"), "", paragraph("the seafront"));

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualToIgnoringCase(outlet);
  }

  /** "KESTREL" over the headline, a word no sentence of the page uses: the paper's name. */
  @Property(tries = 20)
  void aOneWordMastheadThatIsAProperNameStaysTheOutlet(
      @ForAll("names") String name, @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of(name.toUpperCase(Locale.ROOT), "", headline, "", "By Nodira Saidova", "5 December 2024", "",
        paragraph("the harbour"), "", paragraph("the seafront"));

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualToIgnoringCase(name);
  }

  @Property(tries = 40)
  void aPictureCreditInTheBylineIsNoOutlet(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll("credits") String credit,
      @ForAll(supplier = Layouts.Headlines.class) String headline) {
    List<String> lines = List.of("Reader · Saved Dec 5, 2024 · Archive · Share", "", headline, "",
        "By Kari Johansen Eide / " + credit + " Per Olsen", "4 December 2024", "", paragraph("the cod quota"), "",
        paragraph("the salting sheds"), "", outlet + " is published in Svolvær. Subscribe to read all our English articles.");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(outlet);
  }

  @Provide
  Arbitrary<String> sections() {
    return Arbitraries.of("Heritage", "Farming", "Transport", "Housing", "Fisheries");
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("Kestrel", "Lowmarsh", "Riverton");
  }

  @Provide
  Arbitrary<String> credits() {
    return Arbitraries.of("Photo:", "Photos by", "Illustration:", "Foto:", "Pictures:");
  }
}
