package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A video or audio player's title bar and a "cite this" box, named so in their class: neither is
 * the story, and the story's paragraphs around them are kept.
 */
class PlayerAndCitationBoxesTest {

  private static final String LEAD =
      "Ghana has sent hundreds of additional troops and police to its northern border with Burkina Faso, the defence ministry said on Friday.";
  private static final String FOLLOW =
      "The ministry said the reinforcements would be stationed in the Upper East and Upper West regions and would carry out joint patrols.";

  @Property(tries = 30)
  void aNamedPlayerOrCitationBoxIsDroppedAndTheStoryKept(@ForAll("boxes") String box) {
    HtmlPage page = page("", "<article><h1>Ghana reinforces its northern border</h1><div class=\"article-body\"><p>" + LEAD + "</p>" + box
        + "<p>" + FOLLOW + "</p></div></article>");

    assertThat(page.paragraphs()).contains(LEAD, FOLLOW).noneMatch(p -> p.contains("Sahel violence") || p.contains("Commentary, 12"));
  }

  @Provide
  Arbitrary<String> boxes() {
    Arbitrary<String> player = Arbitraries.of("m-video-player", "video-player", "audio-player__bar", "media-player js-media-player")
        .map(name -> "<div class=\"" + name + "\"><span class=\"" + name.split(" ")[0] + "__title\">Ghana on alert as Sahel violence reaches its"
            + " borders</span> <span>02:14</span></div>");
    Arbitrary<String> citation = Arbitraries.of("cite-this", "how-to-cite", "box cite-this-box")
        .map(name -> "<div class=\"" + name + "\"><h3>Cite this</h3><p>Jo Lee, \u201cCheap drones and the war in the Sahel,\u201d Kingsgate"
            + " Institute Commentary, 12 March 2025.</p></div>");
    return Arbitraries.oneOf(player, citation);
  }
}
