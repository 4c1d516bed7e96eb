package corpussearch.indexer.paragraphs;

import static corpussearch.indexer.paragraphs.Articles.P1;
import static corpussearch.indexer.paragraphs.Articles.P2;
import static corpussearch.indexer.paragraphs.Articles.split;
import static corpussearch.indexer.paragraphs.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Furniture of printed pages, newsletters, show notes and Markdown exports: jump lines, page
 * teasers, adverts under their label, sponsor lines and offer codes, notes to editors, emphasis
 * marks. Generated; prose using the same words stays.
 */
class PrintAndNewsletterFurnitureTest {

  @Property(tries = 60)
  void jumpLinesTeasersAndLabelledAdvertsBetweenBodyParagraphsAreDropped(@ForAll("printFurniture") String line) {
    assertThat(texts(split(P1, line, P2))).containsExactly(P1, P2);
  }

  @Property(tries = 60)
  void sponsorsOfferCodesAndNotesToEditorsAreDropped(@ForAll("newsletterFurniture") String line) {
    assertThat(texts(split(P1, P2, line))).containsExactly(P1, P2);
  }

  @Property(tries = 20)
  void proseAboutSponsorsAndPagesStays(@ForAll("prose") String sentence) {
    assertThat(texts(split(P1, sentence))).containsExactly(P1, sentence);
  }

  @Property(tries = 30)
  void markdownEmphasisAndLinksAreTakenOffBodyText(@ForAll("marks") String open) {
    String close = new StringBuilder(open).reverse().toString();
    assertThat(texts(split(open + P1 + close, "[" + P2 + "](https://example.org/a)")))
        .containsExactly(P1, P2);
  }

  @Property(tries = 60)
  void aRowOfSeparatedItemsIsALinkBar(@ForAll("items") java.util.List<String> items, @ForAll("separators") String separator) {
    assertThat(texts(split(P1, String.join(separator, items), P2))).containsExactly(P1, P2);
  }

  @Property(tries = 40)
  void aLabelledCardOfShortEntriesIsDroppedAndLabelledSentencesStay(@ForAll("labels") String label) {
    String card = label + "\nMedia Relations\nMinistry of Transportation\n250 555-0147";
    String facts = label + "\nThe bridge was last rehabilitated in 1994.\nThe province maintains 2,870 bridges.";

    assertThat(texts(split(P1, card, P2))).containsExactly(P1, P2);
    assertThat(String.join(" ", texts(split(P1, facts)))).contains("rehabilitated in 1994", "2,870 bridges");
  }

  @Property(tries = 40)
  void aDatedSignedMessageIsAComment(@ForAll("signatures") String signature) {
    String message = "\"So sorry to hear about Hal. He never forgot a name.\" — " + signature;
    assertThat(texts(split(P1, message, P2))).containsExactly(P1, P2);
  }

  @Provide
  Arbitrary<java.util.List<String>> items() {
    return Arbitraries.of("Apple Podcasts", "Spotify", "Listen on: RSS", "Terms", "Privacy", "Season 4", "52 min",
        "Contact us").list().ofMinSize(4).ofMaxSize(7);
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" | ", " · ", " • ");
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("Contact:", "Media enquiries:", "Learn More:", "For more information:");
  }

  @Provide
  Arbitrary<String> signatures() {
    return Arbitraries.of("Malcolm D., September 18, 2024", "Jean & Trevor, 19 September 2024",
        "A neighbour, Sept. 20, 2024");
  }

  @Provide
  Arbitrary<String> printFurniture() {
    Arbitrary<Integer> page = Arbitraries.integers().between(1, 60);
    return Arbitraries.oneOf(
        page.map(p -> "(Continued from Page " + p + ")"),
        page.map(p -> "Continued on page " + p),
        page.map(p -> "PAGE " + p + " ▸ SPORT: Rovers through to county semi-final"),
        Arbitraries.of("[ADVERTISEMENT]  HEGARTY'S HARDWARE — Paint, timber & garden supplies — Open 7 days",
            "(Advertisement) Visit the Riverside Garden Centre this weekend",
            "Sponsored: Three ways to save on your energy bill"));
  }

  @Provide
  Arbitrary<String> newsletterFurniture() {
    Arbitrary<String> code = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(4).ofMaxLength(10);
    return Arbitraries.oneOf(
        Arbitraries.of("This week's sponsor: Ardent Custody. Institutional-grade safekeeping.",
            "This episode is sponsored by Harbourline Insurance.",
            "Forwarded this email? Subscribe here to get the brief every weekday.",
            "EDITORS: For more columns, photos and graphics, visit the portal.",
            "Editor's note: This story has been corrected."),
        Combinators.combine(code, Arbitraries.integers().between(5, 50))
            .as((c, pct) -> "This episode is sponsored by Harbourline. Use code " + c + " for " + pct + "% off."));
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of(
        "The festival's main sponsor withdrew its support in March, leaving organisers short of funds.",
        "She turned to page four of the report, where the figures for the eastern wards were printed.");
  }

  @Provide
  Arbitrary<String> marks() {
    return Arbitraries.of("*", "**", "_", "__");
  }
}
