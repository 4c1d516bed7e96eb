package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Credits as pages in many places set them: a byline element with its own label in the page's
 * language ("Piše: A", "Von A"), a credit line "A &amp; B" in a class no byline rule knows beside a
 * Dublin Core creator naming only A, and a footer that says only "All rights reserved" after the
 * outlet's name. Each with the case it must leave alone.
 */
class CreditsAbroadTest {
  private static final String PARAGRAPHS =
      "<p>The city will close the old bridge to visitors for two days next week so that divers can inspect the foundations of the arch.</p>"
          + "<p>Shop owners in the old bazaar said the closure was poorly timed, with tour groups still arriving in October.</p>";

  @Property(tries = 40)
  void aBylineElementsOwnLabelIsNoPartOfTheName(@ForAll("labels") String label, @ForAll("names") String name) {
    HtmlPage page = page("", "<main><h1>Divers to check bridge foundations</h1><div class=\"single-info\"><span class=\"single-author\">"
        + label + " " + name + "</span> <span class=\"single-date\">08.10.2024.</span></div><div class=\"single-content\">" + PARAGRAPHS
        + "</div></main>");

    assertThat(page.metadata().author().value()).isEqualTo(name);
  }

  @Property(tries = 30)
  void aVisibleCreditNamingTheMetaAuthorAndMoreWins(@ForAll("names") String first, @ForAll("names") String second, @ForAll("joins") String join) {
    HtmlPage page = page("<meta name=\"DC.creator\" content=\"" + first + "\">", "<article><h1>Divers to check bridge foundations</h1>"
        + "<p class=\"story__credit\">" + first + join + second + "</p>" + PARAGRAPHS + "</article>");

    assertThat(page.metadata().author().value()).isEqualTo(first.equals(second) ? first : first + " and " + second);
  }

  /** Names under a picture, or names without the meta author among them, are nobody's credit. */
  @Property(tries = 30)
  void namesElsewhereLeaveTheMetaAuthor(@ForAll("names") String first, @ForAll("names") String second, @ForAll("names") String third) {
    Assume.that(!first.equals(second) && !first.equals(third));
    HtmlPage page = page("<meta name=\"DC.creator\" content=\"" + first + "\">", "<article><h1>Divers to check bridge foundations</h1>"
        + "<figure><img src=\"a.jpg\"><figcaption>" + first + " &amp; " + second + "</figcaption></figure>"
        + "<p class=\"guests\">" + second + " &amp; " + third + "</p>" + PARAGRAPHS + "</article>");

    assertThat(page.metadata().author().value()).isEqualTo(first);
  }

  @Property(tries = 20)
  void aFooterThatOnlyReservesItsRightsConfirmsTheLogo(@ForAll("outlets") String outlet) {
    HtmlPage page = page("<title>Ferry to go into dry dock in November</title>", "<header><h2 class=\"logo\"><a href=\"/en/\">" + outlet
        + "</a></h2></header><main><h1>Ferry to leave service for three weeks</h1>" + PARAGRAPHS + "</main><footer><p>" + outlet
        + " · Rua de Lisboa 14, Mindelo · All rights reserved</p></footer>", "https://monitor.example/en/ferry");

    assertThat(page.metadata().outlet().value()).isEqualTo(outlet);
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("Piše:", "Autor:", "Autorka:", "Texte :", "Von", "Par", "Por", "di", "Av", "Автор:");
  }

  @Provide
  Arbitrary<String> names() {
    return Combinators.combine(Arbitraries.of("Amra", "Jelena", "Marko", "Carla", "Tomás", "Anna"),
        Arbitraries.of("Hodžić", "Vuković", "Radonjić", "Lopes", "Rojas", "Berg")).as((given, family) -> given + " " + family);
  }

  @Provide
  Arbitrary<String> joins() {
    return Arbitraries.of(" &amp; ", " and ", ", ");
  }

  @Provide
  Arbitrary<String> outlets() {
    return Arbitraries.of("Mindelo Monitor", "Neretva Times", "Koror Courier", "Vientiane Ledger");
  }
}
