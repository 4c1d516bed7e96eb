package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.paragraph;
import static corpussearch.indexer.extract.Layouts.extract;
import static corpussearch.indexer.extract.MetadataField.AUTHOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A byline in capitals whose Gaelic surname keeps its prefix in ordinary case ("By SADIE FERREIRA
 * and OWEN MacAULAY"): every name is in capitals, and each is written as running text writes it
 * ("Owen MacAulay"). A place in ordinary case after a name in capitals is still no name.
 */
class GaelicCapitalsTest {

  @Property(tries = 80)
  void aGaelicPrefixInOrdinaryCaseIsPartOfANameInCapitals(@ForAll("plainNames") String first, @ForAll("gaelicNames") String second,
      @ForAll boolean gaelicFirst) {
    String a = gaelicFirst ? second : first;
    String b = gaelicFirst ? first : second;
    List<String> lines = List.of("Council debates the harbour levy again", "By " + capitals(a) + " and " + capitals(b), "March 3, 2025", "",
        paragraph("the harbour"), "", paragraph("the levy"));

    assertThat(extract(lines).metadata().get(AUTHOR).value()).isEqualTo(a + " and " + b);
  }

  @Property(tries = 40)
  void aPlaceInOrdinaryCaseAfterANameInCapitalsIsNoName(@ForAll("plainNames") String name, @ForAll("places") String place) {
    Assume.that(!place.isEmpty());
    assertThat(NameCase.isCapitals(place)).isFalse();
    assertThat(NameCase.asWritten(capitals(name))).isEqualTo(name);
  }

  /** "Owen MacAulay" as a capitals byline sets it: "OWEN MacAULAY". */
  private static String capitals(String name) {
    return name.replaceAll("\\bMcD", "McD").toUpperCase(Locale.ROOT).replace("MACA", "MacA").replace("MCD", "McD").replace("MCK", "McK")
        .replace("MACL", "MacL");
  }

  @Provide
  Arbitrary<String> plainNames() {
    return Arbitraries.of("Sadie Ferreira", "Tomasz Wieczorek", "Priya Raghavan", "Kwame Mensah", "Ana Machado");
  }

  @Provide
  Arbitrary<String> gaelicNames() {
    return Arbitraries.of("Owen MacAulay", "Fiona McDonald", "Ewan McKenzie", "Ailsa MacLeod");
  }

  @Provide
  Arbitrary<String> places() {
    return Arbitraries.of("Machakos", "Macclesfield", "Mackay", "McAllen");
  }
}
