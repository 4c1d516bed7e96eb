package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Names in markup that need turning round, setting aside or finding: a catalogue's "Surname,
 * Given", a desk in the author tag, an organisation credited as author, a card's "Written by"
 * label, a blog footer's "Posted by", and a site name declared in a short form that the page's
 * title spells out.
 */
class NamesInMarkupTest {

  private static final String PARAGRAPHS =
      "<p>State officials are urging anglers to remove ice shanties from the lake by Sunday, a week early.</p>"
          + "<p>Ice thickness at several test holes had dropped below four inches, the department said.</p>";

  @Property(tries = 40)
  void aCatalogueNameIsTurnedRound(@ForAll("given") String given, @ForAll("surnames") String surname) {
    HtmlPage page = page("<meta name=\"DC.creator\" content=\"" + surname + ", " + given + "\">",
        "<article><h1>Beetle wings hold clues to peat bog recovery</h1>" + PARAGRAPHS + "</article>");

    assertThat(page.metadata().author().value()).isEqualTo(given + " " + surname);
  }

  @Property(tries = 40)
  void aDeskInTheAuthorTagGivesWayToTheVisibleByline(
      @ForAll("given") String given, @ForAll("surnames") String surname, @ForAll("desks") String desk) {
    HtmlPage page = page("<meta name=\"author\" content=\"KSBT " + desk + "\"><meta property=\"og:site_name\" content=\"KSBT\">",
        "<article><h1>Highway to reopen months ahead of schedule</h1><div class=\"byline\">" + given + " " + surname
            + "<br>Reporter</div>" + PARAGRAPHS + "</article>");

    assertThat(page.metadata().author().value()).isEqualTo(given + " " + surname);
  }

  @Property(tries = 40)
  void aShortDeclaredSiteNameTakesTheTitlesFullerSpellingButNotAnOrganisationWord(
      @ForAll("callSigns") String callSign, @ForAll("extensions") String extension) {
    HtmlPage page = page("<title>Highway to reopen months ahead of schedule | " + callSign + " " + extension + "</title>"
            + "<meta property=\"og:site_name\" content=\"" + callSign + "\">",
        "<article><h1>Highway to reopen months ahead of schedule</h1>" + PARAGRAPHS + "</article>");

    boolean organisationWord = extension.equals("Media") || extension.equals("Media Group") || extension.equals("Inc.");
    assertThat(page.metadata().outlet().value()).isEqualTo(organisationWord ? callSign : callSign + " " + extension);
  }

  @Property(tries = 30)
  void anOrganisationCreditedAsAuthorGivesWayToThePersonInTheByline(
      @ForAll("given") String given, @ForAll("surnames") String surname, @ForAll("organisationTypes") String type) {
    HtmlPage page = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Highway to reopen\","
            + "\"author\":{\"@type\":\"" + type + "\",\"name\":\"KSBT News\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"KSBT\"}}</script>",
        "<article><h1>Highway to reopen months ahead of schedule</h1><p class=\"byline\">By " + given + " " + surname + "</p>"
            + PARAGRAPHS + "</article>");

    assertThat(page.metadata().author().value()).isEqualTo(given + " " + surname);
  }

  @Property(tries = 30)
  void aCardLabelledWrittenByNamesTheAuthor(
      @ForAll("given") String given, @ForAll("surnames") String surname, @ForAll("cardLabels") String label,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 2) int slot) {
    String other = slot == 1 ? 2 + "" : 1 + "";
    HtmlPage page = page("<meta name=\"twitter:label" + other + "\" content=\"Reading time\"><meta name=\"twitter:data" + other
            + "\" content=\"4 min read\"><meta name=\"twitter:label" + slot + "\" content=\"" + label + "\">"
            + "<meta name=\"twitter:data" + slot + "\" content=\"" + given + " " + surname + "\">",
        "<article><h1>Highway to reopen months ahead of schedule</h1>" + PARAGRAPHS + "</article>");

    assertThat(page.metadata().author().value()).isEqualTo(given + " " + surname);
  }

  @Property(tries = 30)
  void aBlogFootersPostedByLineNamesTheAuthor(@ForAll("given") String given, @ForAll("surnames") String surname,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 12) int hour) {
    HtmlPage page = page("<title>Lake Notes: Highway to reopen months ahead of schedule</title>",
        "<div class=\"post\"><h3 class=\"post-title\">Highway to reopen months ahead of schedule</h3><div class=\"post-body\">" + PARAGRAPHS
            + "</div><div class=\"post-footer\"><span>Posted by <span class=\"fn\">" + given + " " + surname + "</span> at " + hour
            + ":15 AM</span></div></div>");

    assertThat(page.metadata().author().value()).isEqualTo(given + " " + surname);
  }

  @Provide
  Arbitrary<String> organisationTypes() {
    return Arbitraries.of("Organization", "NewsMediaOrganization", "Corporation");
  }

  @Provide
  Arbitrary<String> cardLabels() {
    return Arbitraries.of("Written by", "Author", "By");
  }

  @Provide
  Arbitrary<String> given() {
    return Arbitraries.of("Chidi", "Jenna", "Agnieszka", "Tomas", "Mary Ann");
  }

  @Provide
  Arbitrary<String> surnames() {
    return Arbitraries.of("Okafor", "Morales", "Wrona", "Reyval", "Lindqvist");
  }

  @Provide
  Arbitrary<String> desks() {
    return Arbitraries.of("Digital Team", "Web Desk", "Staff", "Newsroom", "Editors");
  }

  @Provide
  Arbitrary<String> callSigns() {
    return Combinators.combine(Arbitraries.of("K", "W"), Arbitraries.strings().withCharRange('A', 'Z').ofLength(3))
        .as((first, rest) -> first + rest);
  }

  @Provide
  Arbitrary<String> extensions() {
    return Arbitraries.of("News 4", "News 9", "Channel 12", "Public Radio", "Media", "Media Group", "Inc.");
  }
}
