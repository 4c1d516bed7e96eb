package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.extract;
import static corpussearch.indexer.extract.Articles.field;
import static corpussearch.indexer.extract.Articles.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * An agency that names itself with its initials in brackets ("Kwanza News Agency (AKN) - Agência
 * Kwanza de Notícias …") is the outlet when the page uses the initials elsewhere too (a slug at the top, a sign-off or credit at the end), whatever
 * language they come from; an organisation the story names with initials it never uses again is
 * no outlet.
 */
class InitialledOutletsTest {

  @Property(tries = 150)
  void anAgencyNamedWithInitialsThePageUsesIsTheOutlet(
      @ForAll("agencies") String agency, @ForAll("initials") String initials, @ForAll("uses") String use,
      @ForAll("closings") String closing) {
    boolean slug = use.contains("|");
    String used = use.replace("{i}", initials);
    Extraction result = extract(slug ? used : "", "", "Licensed water taxis to serve the bay from January", "",
        paragraph("the water taxis"), "", slug ? "" : used, "", agency + " (" + initials + ")" + closing);

    assertThat(field(result, MetadataField.OUTLET).value()).as(agency + " (" + initials + ")").isEqualTo(agency);
  }

  @Property(tries = 100)
  void anOrganisationNamedOnceWithItsInitialsIsNoOutlet(@ForAll("agencies") String agency, @ForAll("initials") String initials) {
    Extraction result = extract("Licensed water taxis to serve the bay from January", "", paragraph("the water taxis"), "",
        agency + " (" + initials + ") said on Tuesday it would inspect every boat.");

    assertThat(field(result, MetadataField.OUTLET).value()).as(agency).isNull();
  }

  @Provide
  Arbitrary<String> agencies() {
    return Combinators.combine(Arbitraries.of("Kwanza", "Sahel", "Teranga", "Pamir", "Nordic", "Harbour"),
            Arbitraries.of("News Agency", "Press Agency", "Wire Service", "News Service"))
        .as((place, kind) -> place + " " + kind);
  }

  @Provide
  Arbitrary<String> initials() {
    return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(5);
  }

  @Provide
  Arbitrary<String> uses() {
    return Arbitraries.of("{i}-ING 0412 | 19.11.2024 | ECONOMIA | 367 palavras", "FIM/DC/HM/{i}",
        "Reproduction permitted with credit to {i}.");
  }

  @Provide
  Arbitrary<String> closings() {
    return Arbitraries.of(" - Agência de Notícias. Reproduction permitted to subscribers.", "", ". All rights reserved.",
        " — desk anglais, tel +221 33 000 00 00");
  }
}
