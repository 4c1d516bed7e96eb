package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.extract.FieldValue;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Pages without paragraphs or headings: table portals, text set between {@code <br>}s, articles split by an ad. */
class OlderLayoutsTest {

  private static final List<String> PARAGRAPHS = List.of(
      "The shuttered fish processing plant will reopen for the summer season next month, bringing back about 160 seasonal jobs to the town.",
      "The company confirmed on Monday that it has signed a two-year lease on the facility and plans to process crab until the end of September.",
      "The plant closed in the fall of 2001 when its previous owner went into receivership, leaving many workers short of the hours they needed.",
      "Town council has offered to waive the water fee for the first season as a gesture of support, the mayor said on Tuesday evening.");
  private static final String HEADLINE = "Harbour Point fish plant to reopen for summer, 160 jobs return";

  @Property(tries = 30)
  void aPortalsStoryBoxGivesItsBoldHeadlineAndOnlyItsText(@ForAll("emphasis") String emphasis, @ForAll("breaks") String paragraphBreak) {
    String story = String.join(paragraphBreak, PARAGRAPHS);
    String body = "<table><tr><td><font size=\"5\"><b>Cape Morrow Bulletin</b></font><br><font size=\"1\">Your online news source</font></td></tr></table>"
        + "<table><tr><td width=\"150\"><b>Modules</b><br>&middot; Home<br>&middot; News Archive<br><br><b>Who's Online</b><br>"
        + "There are currently 7 guests and 0 members online.</td><td>"
        + "<table><tr><td>" + emphasis.replace("HEADLINE", HEADLINE) + "<br><font size=\"1\">Posted by admin on Tuesday, June 10, 2003 @ 14:22:05 EDT (342 reads)</font></td></tr>"
        + "<tr><td><font size=\"2\">By Walt Ferrier" + paragraphBreak + story + "</font></td></tr></table>"
        + "<table><tr><td><b>Related Links</b><br>&middot; More about Business<br><b>Most read story:</b><br>Co-op store posts first profit</td></tr></table>"
        + "</td></tr></table><center>All the rest &copy; 2003 by Cape Morrow Bulletin</center>";

    HtmlPage page = page("<title>Cape Morrow Bulletin :: Fish plant to reopen for summer season</title>", body);

    assertThat(page.metadata().title()).isEqualTo(FieldValue.of(HEADLINE, "emphasised-headline"));
    assertThat(page.metadata().outlet().value()).isEqualTo("Cape Morrow Bulletin");
    assertThat(page.paragraphs()).containsExactlyElementsOf(PARAGRAPHS);
  }

  /**
   * An old hand-made page: its name only as a masthead image ("dispatch_mast.gif") and in the
   * copyright line, and a sidebar list of links under an edition label ("THIS WEEK") above the story.
   */
  @Property(tries = 20)
  void aMastheadImageTheCopyrightRepeatsNamesTheOutletOverAnEditionLabel(@ForAll("mastheadFiles") String file, @ForAll("editionLabels") String label) {
    String body = "<center><img src=\"images/" + file + "\" width=560 height=80 alt=\"Emerald Isle Dispatch\"></center>"
        + "<center><font size=-1>Montserrat's weekly newspaper - On-Line Edition</font></center><table><tr><td width=130><font size=-1><b>" + label
        + "</b><br><a href=\"index.htm\">Front Page</a><br><a href=\"news1.htm\">News</a><br><a href=\"sports.htm\">Sports</a></font></td><td>"
        + "<p><font size=+2><b>" + HEADLINE + "</b></font></p><p><font size=3>" + String.join("</font></p><p><font size=3>", PARAGRAPHS)
        + "</font></p><p><font size=-2>&copy; 1998 Emerald Isle Dispatch. Page design by Salem Computer Services.</font></p></td></tr></table>";

    HtmlPage page = page("<title>Emerald Isle Dispatch On-Line</title>", body);

    assertThat(page.metadata().outlet().value()).isEqualTo("Emerald Isle Dispatch");
  }

  @Provide
  Arbitrary<String> mastheadFiles() {
    return Arbitraries.of("dispatch_mast.gif", "masthead.jpg", "nameplate_1998.gif", "MAST2.GIF", "brand-top.png");
  }

  @Provide
  Arbitrary<String> editionLabels() {
    return Arbitraries.of("THIS WEEK", "IN THIS ISSUE", "Today", "THIS EDITION");
  }

  @Property(tries = 20)
  void anArticleSplitByAnAdKeepsEveryPart(@ForAll("partClasses") String partClass, @ForAll("interruptions") String interruption) {
    String body = "<div class=\"page\"><h1>" + HEADLINE + "</h1><div class=\"by\">By Kate Lowe</div>"
        + "<div class=\"" + partClass + "\"><p>" + PARAGRAPHS.get(0) + "</p></div>" + interruption
        + "<div class=\"" + partClass + "\"><p>" + PARAGRAPHS.get(1) + "</p><p>" + PARAGRAPHS.get(2) + "</p><p>" + PARAGRAPHS.get(3) + "</p></div></div>";

    assertThat(page("", body).paragraphs()).containsExactlyElementsOf(PARAGRAPHS);
  }

  /** Found by GeneratedPagesTest: the page was "not indexed" (the text's container was above the chosen content). */
  @Test
  void divsWithACaptionParagraphAfterTheFirstAreRead() {
    String body = "<div><div><a href=\"/\">Cape Morrow Bulletin</a></div><div><div><b>" + HEADLINE + "</b></div><div>Posted on Mar 3, 2020</div>"
        + "<div>" + PARAGRAPHS.get(0) + "</div><p><img src=\"photo.jpg\" alt=\"\"><br><small>Volunteers at work. Photo: Ines Carvalho</small></p>"
        + "<div>" + PARAGRAPHS.get(1) + "</div><div>" + PARAGRAPHS.get(2) + "</div></div><div><p><b>More news</b></p></div></div>";

    assertThat(page("<title>" + HEADLINE + "</title>", body).paragraphs()).containsSubsequence(PARAGRAPHS.subList(0, 3));
  }

  @Test
  void aTitleCutShortGivesWayToTheWholeHeadlineThePageOpensWith() {
    String body = "<table><tr><td class=\"main\">" + HEADLINE + "<br>by Kate Lowe<br>Feb. 2, 2004<br><br>"
        + String.join("<br><br>", PARAGRAPHS) + "</td></tr></table>";

    HtmlPage page = page("<title>Harbour Point fish plant to reopen</title>", body);

    assertThat(page.metadata().title().value()).isEqualTo(HEADLINE);
    assertThat(page.paragraphs()).containsExactlyElementsOf(PARAGRAPHS);
  }

  @Provide
  Arbitrary<String> emphasis() {
    return Arbitraries.of("<font size=\"3\"><b>HEADLINE</b></font>", "<b>HEADLINE</b>", "<strong>HEADLINE</strong>", "<font size=\"4\">HEADLINE</font>");
  }

  @Provide
  Arbitrary<String> breaks() {
    return Arbitraries.of("<br><br>", "<br>\n<br>\n", "<br /><br />");
  }

  @Provide
  Arbitrary<String> partClasses() {
    return Arbitraries.of("txt-block", "story-text", "article__part");
  }

  @Provide
  Arbitrary<String> interruptions() {
    return Arbitraries.of("<div class=\"ad-container\"><div>Advertisement</div></div>", "<aside class=\"pull\">Pull quote</aside>",
        "<div class=\"inline-promo\"><a href=\"/x\">Read more: ferry fares</a></div>");
  }
}
