package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.OUTLET;
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

/**
 * Outlets set 15 missed, in generated combinations: a paper's name that its running head prints
 * on every page beats a section's head set once under the first ("CAMP NEWS"); a footer that
 * describes the paper after a dash ("X – independent liberal morning paper. Subscribe …") names
 * it when nothing else does.
 */
class RecurringAndFooterOutletsTest {

  @Property(tries = 60)
  void aNameInTheRunningHeadOfEveryPageBeatsASectionHeadSetOnce(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll(supplier = Layouts.Dates.class) LocalDate date, @ForAll("sections") String section) {
    String issue = date.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH));
    List<String> lines = List.of(outlet.toUpperCase(Locale.ROOT) + "   " + issue + "   Page 7", "", section, "", headline, "",
        paragraph("the road"), "", paragraph("the culverts"), "", outlet.toUpperCase(Locale.ROOT) + "   " + issue + "   Page 8", "",
        paragraph("the shearing"));

    assertThat(OutletNames.comparable(extract(lines).metadata().get(OUTLET).value())).isEqualTo(OutletNames.comparable(outlet));
  }

  @Property(tries = 40)
  void aFooterDescribingThePaperAfterADashNamesIt(
      @ForAll(supplier = Layouts.Outlets.class) String outlet, @ForAll(supplier = Layouts.Headlines.class) String headline,
      @ForAll("descriptions") String description) {
    List<String> lines = List.of(headline, "", "Text: Jane Doe", "", paragraph("the ferries"), "", paragraph("the piers"), "",
        outlet + " – " + description + ". Subscribe from 1 kr for the first month.");

    assertThat(extract(lines).metadata().get(OUTLET).value()).isEqualTo(outlet);
  }

  @Provide
  Arbitrary<String> sections() {
    return Arbitraries.of("CAMP NEWS", "LOCAL NEWS", "SPORT", "Farming");
  }

  @Provide
  Arbitrary<String> descriptions() {
    return Arbitraries.of("independent liberal morning paper", "the island's weekly newspaper", "a reader-funded news site");
  }
}
