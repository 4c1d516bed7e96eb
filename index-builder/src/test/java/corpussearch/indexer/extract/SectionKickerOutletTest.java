package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.Articles.field;
import static corpussearch.indexer.extract.Articles.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A site copied from the browser: the masthead, a menu printed one item per line, the section the
 * story is filed under set again over the headline (as the menu writes it, or in capitals), then
 * the story and a copyright line. The section is never the outlet; the copyright line names it,
 * in the language of the site ("Le Courrier du Sahel", "Jornal do Norte": a name's small words
 * stay in lower case). A body's name printed in the header and again over a release's headline,
 * which no menu lists, is still its issuer.
 */
class SectionKickerOutletTest {

  private static final List<String> MENU = List.of("Accueil", "Politique", "Société", "Économie", "Sécurité", "Culture", "Sport");

  @Property(tries = 80)
  void theSectionOverTheHeadlineIsNoOutlet(@ForAll("outlets") String outlet, @ForAll("sections") String section, @ForAll boolean capitals,
      @ForAll boolean mastheadOnTop) {
    List<String> lines = new ArrayList<>();
    if (mastheadOnTop) {
      lines.add(outlet);
      lines.add("Quotidien d'information générale");
    }
    lines.addAll(MENU);
    lines.add(capitals ? section.toUpperCase(Locale.ROOT) : section);
    lines.addAll(List.of("Mopti : les commerçants dénoncent une taxe imposée par les hommes armés", "Par Moussa Diarra", "Publié le 21 novembre 2026 à 08h15", "",
        paragraph("the traders' complaints"), "", paragraph("the new patrols"), "", "© 2026 " + outlet + ". Tous droits réservés."));

    FieldValue found = field(new MetadataExtractor().extract(lines), MetadataField.OUTLET);

    assertThat(found.value()).as(String.join("\n", lines)).isEqualTo(outlet);
  }

  @Property(tries = 40)
  void aSectionTheMenuListsIsNoOutletEvenWithNothingElseNamingOne(@ForAll("sections") String section, @ForAll boolean capitals) {
    List<String> lines = new ArrayList<>(MENU);
    lines.add(capitals ? section.toUpperCase(Locale.ROOT) : section);
    lines.addAll(List.of("Mopti : les commerçants dénoncent une taxe imposée par les hommes armés", "Par Moussa Diarra", "Publié le 21 novembre 2026 à 08h15", "",
        paragraph("the traders' complaints"), "", paragraph("the new patrols")));

    FieldValue found = field(new MetadataExtractor().extract(lines), MetadataField.OUTLET);

    assertThat(found.value()).as(String.join("\n", lines)).isNotEqualToIgnoringCase(section);
  }

  @Property(tries = 40)
  void anIssuerRepeatedOverAReleaseNoMenuListsStaysTheOutlet(@ForAll("issuers") String issuer) {
    List<String> lines = List.of(issuer, "Government of the Republic", "", issuer, "", "Ministry opens three new rural health posts", "5 March 2025", "",
        paragraph("the new health posts"), "", paragraph("the staffing plan"));

    assertThat(field(new MetadataExtractor().extract(lines), MetadataField.OUTLET).value()).isEqualTo(issuer);
  }

  /** A story sentence in French or Portuguese, its words in lower case, is never a name however short. */
  @Property(tries = 40)
  void aShortSentenceWithSmallWordsIsNoOutletName(@ForAll("sentences") String sentence) {
    assertThat(OutletNames.isOutletName(sentence)).isFalse();
  }

  @Provide
  Arbitrary<String> outlets() {
    return Arbitraries.of("Le Courrier du Sahel", "Jornal do Norte", "La Voix des Lacs", "Gazzetta della Valle", "Diario del Sur", "Stimme der Region",
        "Nieuwsblad van Oost");
  }

  @Provide
  Arbitrary<String> sections() {
    return Arbitraries.of("Politique", "Société", "Sécurité", "Culture", "Sport");
  }

  @Provide
  Arbitrary<String> issuers() {
    return Arbitraries.of("Ministry of Health", "Department of Water Affairs", "National Disaster Agency");
  }

  @Provide
  Arbitrary<String> sentences() {
    return Arbitraries.of("Le maire a parlé", "Les élèves sont de retour", "A escola do bairro", "La route du nord est fermée", "O director da escola");
  }
}
