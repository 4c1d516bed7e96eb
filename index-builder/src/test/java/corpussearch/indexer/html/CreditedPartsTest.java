package corpussearch.indexer.html;

import static corpussearch.indexer.html.BylinesAbroadTest.PARAGRAPHS;
import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Names in metadata that are no writer's: a photographer whom the credit line tells apart from
 * the writer ("A (text) and B (photos)"), a content system's account ("Portal Administrator").
 * Each with the credit it must leave alone: two writers one of whom took the photo, a person's
 * name in the meta tag.
 */
class CreditedPartsTest {

  @Property(tries = 40)
  void aPhotographerTheCreditLineTellsApartIsNoAuthor(@ForAll("names") String writer, @ForAll("names") String photographer,
      @ForAll("credits") String credit) {
    if (writer.equals(photographer)) {
      return;
    }
    HtmlPage page = page(jsonLdAuthors(writer, photographer), "<main><h1>Footbridges to be rebuilt before the tourist season</h1>"
        + "<p class=\"credits\">" + credit.formatted(writer, photographer) + "</p>" + PARAGRAPHS + "</main>");

    assertThat(page.metadata().author().value()).isEqualTo(writer);
  }

  @Property(tries = 30)
  void twoWritersStayWhenACaptionCreditsOneForThePhoto(@ForAll("names") String first, @ForAll("names") String second) {
    if (first.equals(second)) {
      return;
    }
    HtmlPage page = page(jsonLdAuthors(first, second), "<main><h1>Footbridges to be rebuilt before the tourist season</h1>"
        + "<figure><img src=\"b.jpg\"><figcaption>The old bridge at Dunmore. Photo: " + second + "</figcaption></figure>" + PARAGRAPHS + "</main>");

    assertThat(page.metadata().author().value()).isEqualTo(first + " and " + second);
  }

  @Property(tries = 30)
  void aContentSystemsAccountIsNoAuthor(@ForAll("accounts") String account) {
    HtmlPage page = page("<meta name=\"author\" content=\"" + account + "\">",
        "<main><h1>Footbridges to be rebuilt before the tourist season</h1>" + PARAGRAPHS + "</main>");

    assertThat(page.metadata().author().value()).isNull();
  }

  @Property(tries = 20)
  void aGovernmentDirectorateAboveTheDateIsNoAuthor(@ForAll("directorates") String office) {
    HtmlPage page = page("<meta name=\"author\" content=\"Portal Administrator\">", "<main><h1>Footbridges to be rebuilt before the tourist season</h1>"
        + "<div class=\"byline\">" + office + " | 17/10/2024</div>" + PARAGRAPHS + "</main>");

    assertThat(page.metadata().author().value()).isNull();
  }

  @Property(tries = 20)
  void aPersonInTheMetaTagIsTheAuthor(@ForAll("names") String name) {
    HtmlPage page = page("<meta name=\"author\" content=\"" + name + "\">",
        "<main><h1>Footbridges to be rebuilt before the tourist season</h1>" + PARAGRAPHS + "</main>");

    assertThat(page.metadata().author().value()).isEqualTo(name);
  }

  private static String jsonLdAuthors(String first, String second) {
    return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"author\":["
        + "{\"@type\":\"Person\",\"name\":\"" + first + "\"},{\"@type\":\"Person\",\"name\":\"" + second + "\"}]}</script>";
  }

  @Provide
  Arbitrary<String> names() {
    return Combinators.combine(Arbitraries.of("Lucía", "Tomás", "Anna", "Erik", "Mariyam", "Jean-Paul"),
        Arbitraries.of("Techera", "Rojas", "Berg", "Lindqvist", "Shiuna", "Habimana")).as((given, family) -> given + " " + family);
  }

  @Provide
  Arbitrary<String> credits() {
    return Arbitraries.of("%s (text) and %s (photos)", "Words: %s. Photos: %s", "%s (texto) y %s (fotos)", "Text by %s, photographs by %s",
        "%s · %s (photo)");
  }

  @Provide
  Arbitrary<String> directorates() {
    return Combinators.combine(Arbitraries.of("Communications", "Press", "Planning", "Public Information"),
        Arbitraries.of("Directorate", "Secretariat", "Division", "Unit")).as((field, body) -> field + " " + body);
  }

  @Provide
  Arbitrary<String> accounts() {
    return Combinators.combine(Arbitraries.of("Portal", "Site", "System", "Super", "Default", "Web"),
        Arbitraries.of("Administrator", "Admin", "User", "Webmaster")).as((place, role) -> place + " " + role);
  }
}
