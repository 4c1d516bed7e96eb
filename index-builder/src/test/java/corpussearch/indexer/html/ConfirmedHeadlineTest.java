package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.extract.FieldValue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A headline the {@code <title>} and a shown heading agree on, against a blog's tagline set larger above it. */
class ConfirmedHeadlineTest {

  private static final String HEADLINE = "Wharf to be rebuilt after rot found in piles";
  private static final String TEXT =
      "<p>The harbour authority said on Monday that it would spend twelve million dollars replacing the old timber wharf, closed to trucks since an inspection.</p>"
          + "<p>Fishing crews have been unloading at the northern jetty since the closure, a detour that skippers say adds an hour to every trip.</p>";

  @Property(tries = 30)
  void theTitlesHeadlineShownAsAHeadingBeatsATaglineAboveIt(
      @ForAll("taglines") String tagline, @ForAll("titleShapes") String title, @ForAll("headingTags") String heading) {
    String body = "<div id=\"banner\"><h1 id=\"banner-header\"><a href=\"/\">The Wharf Watcher</a></h1><h2 id=\"banner-description\">" + tagline + "</h2></div>"
        + "<div id=\"alpha\"><h2 class=\"date-header\">March 04, 2008</h2>" + heading.replace("HEADLINE", HEADLINE)
        + "<div class=\"entry-body\">" + TEXT + "</div></div>";

    assertThat(page("<title>" + title.replace("HEADLINE", HEADLINE) + "</title>", body).metadata().title())
        .isEqualTo(FieldValue.of(HEADLINE, "title-tag"));
  }

  @Property(tries = 20)
  void aLabelSetIntoTheH1IsNoPartOfTheHeadline(@ForAll("kickers") String kicker, @ForAll("declarations") String declaration) {
    String body = "<article><h1>" + kicker + " " + HEADLINE + "</h1>" + TEXT + "</article>";

    assertThat(page(declaration.replace("HEADLINE", HEADLINE), body).metadata().title().value()).isEqualTo(HEADLINE);
  }

  /**
   * A heading that opens with the place or its owner and goes on into the declared headline
   * ("Suva council says wharf …", "Suva's wharf …" over JSON-LD's "Wharf …"): no label but the
   * start of the sentence, so the page's heading is the whole headline and the card's is cut.
   */
  @Property(tries = 20)
  void aHeadingThatRunsOnIntoTheDeclaredHeadlineIsTheHeadline(@ForAll("leads") String lead, @ForAll("declarations") String declaration) {
    String shown = lead + " " + HEADLINE.toLowerCase(java.util.Locale.ROOT).charAt(0) + HEADLINE.substring(1);
    String body = "<article><h1>" + shown + "</h1>" + TEXT + "</article>";

    assertThat(page(declaration.replace("HEADLINE", HEADLINE), body).metadata().title().value()).isEqualTo(shown);
  }

  @Property(tries = 10)
  void aPossessiveLeadIsPartOfTheHeadline(@ForAll("declarations") String declaration) {
    String shown = "Suva's " + HEADLINE;
    String body = "<article><h1>" + shown + "</h1>" + TEXT + "</article>";

    assertThat(page(declaration.replace("HEADLINE", HEADLINE), body).metadata().title().value()).isEqualTo(shown);
  }

  @Provide
  Arbitrary<String> leads() {
    return Arbitraries.of("Suva", "Suva council says", "Port of Suva", "Suva's");
  }

  /**
   * A table layout's cell: a kicker in its own {@code <div>}, then the headline in a large font, and
   * a {@code <title>} that words the story otherwise. The kicker's block ends its line, so the
   * headline fills one of its own and beats the title (GeneratedPagesTest seed 7352869587793644356,
   * tries 60, found this: the kicker and the headline were read as one line).
   */
  @Property(tries = 20)
  void aHeadlineUnderAKickerBlockInATableCellBeatsATitleItDoesNotShow(@ForAll("blockKickers") String kicker, @ForAll("otherTitles") String title) {
    String body = "<table><tr><td><a href=\"index.html\"><img src=\"logo.gif\" alt=\"Harbour Times\"></a></td></tr><tr><td>"
        + "<font size=\"1\">News &gt; Local</font><br>" + kicker + "<font size=\"5\"><b>" + HEADLINE + "</b></font><br>"
        + "<p><font size=\"2\">Published March 10, 2018</font></p>" + TEXT + "</td></tr></table>";

    assertThat(page("<title>" + title + "</title>", body).metadata().title().value()).isEqualTo(HEADLINE);
  }

  @Provide
  Arbitrary<String> blockKickers() {
    return Arbitraries.of("<div><b>NEWS · LOCAL</b></div>", "<p><b>HARBOUR</b></p>", "<div><strong>EXCLUSIVE</strong></div>");
  }

  @Provide
  Arbitrary<String> otherTitles() {
    return Arbitraries.of("What the vote means for you: Wharf explained", "Harbour news in brief", "Wharf: what happens next");
  }

  @Provide
  Arbitrary<String> kickers() {
    return Arbitraries.of("<span class=\"kicker\">EXCLUSIVE</span>", "<span>Live:</span>", "Watch |", "<em>Breaking</em> —");
  }

  @Provide
  Arbitrary<String> declarations() {
    return Arbitraries.of("<meta property=\"og:title\" content=\"HEADLINE\">",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"HEADLINE\"}</script>");
  }

  @Provide
  Arbitrary<String> taglines() {
    return Arbitraries.of("Keeping an eye on the harbour board", "News and gossip from the waterfront", "A blog about boats, mostly");
  }

  @Provide
  Arbitrary<String> titleShapes() {
    return Arbitraries.of("The Wharf Watcher: HEADLINE", "HEADLINE | The Wharf Watcher", "HEADLINE - The Wharf Watcher");
  }

  @Provide
  Arbitrary<String> headingTags() {
    return Arbitraries.of("<h3 class=\"entry-header\">HEADLINE</h3>", "<h2>HEADLINE</h2>", "<div class=\"post-title\">HEADLINE</div>");
  }
}
