package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MainContentTest {

  private static final String P1 = "The city will spend four million on new flood barriers along the river, the mayor announced on Monday.";
  private static final String P2 = "Engineers said the barriers would protect more than two thousand homes from the kind of flooding seen last winter.";
  private static final String P3 = "Construction is due to start in June and to finish before the autumn storms arrive.";
  private static final String HEADING = "What happens next";

  private static final String FURNITURE = """
      <header class="site-header"><a href="/">Riverside Post</a><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></header>
      <nav><a href="/">Home</a> <a href="/politics">Politics</a></nav>
      <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
      <aside><h3>Most read</h3><p>Ten things to do this weekend in the valley and around it</p></aside>
      """;

  private static final String AFTER = """
      <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
      <section class="newsletter"><p>Sign up for our morning briefing, delivered to your inbox every day.</p></section>
      <div id="comments"><h2>Comments</h2><div class="comment"><p>This is a waste of money and everyone knows it, frankly.</p></div></div>
      <div class="related-stories"><h2>Related</h2><ul><li><a href="/a">Mayor faces questions over budget</a></li></ul></div>
      <footer><p>© 2024 Riverside Post Ltd. All rights reserved.</p></footer>
      <script>var tracking = "do not index this";</script>
      """;

  @Test
  void articleElementGivesTheBodyWithoutPageFurniture() {
    String body = FURNITURE + "<article><h1>Flood barriers for the river</h1>"
        + "<figure><img src=x.jpg><figcaption>Photo: Jane Smith / Agency</figcaption></figure>"
        + "<p>" + P1 + "</p><p>" + P2 + "</p><h2>" + HEADING + "</h2><p>" + P3 + "</p>"
        + "<form><input name=email><button>Subscribe</button></form></article>" + AFTER;
    assertThat(page("", body).paragraphs()).containsExactly(P1, P2, HEADING, P3);
  }

  @Test
  void withoutMarkupTheDensestTextBlockIsTheBody() {
    String body = FURNITURE + "<div class=\"wrap\"><div class=\"col\"><h1>Flood barriers</h1><div class=\"txt\">"
        + "<p>" + P1 + "</p><p>" + P2 + "</p><h2>" + HEADING + "</h2><p>" + P3 + "</p></div></div>"
        + "<div class=\"col2\"><p><a href=/x>Weather</a> <a href=/y>Traffic</a> <a href=/z>Jobs</a></p></div></div>" + AFTER;
    assertThat(page("", body).paragraphs()).containsExactly(P1, P2, HEADING, P3);
  }

  @Test
  void articleBodyMicrodataWinsOverALargerPageWrapper() {
    String body = "<main><div class=\"promo\">Subscribe now for one dollar a week and read everything we publish online.</div>"
        + "<div itemprop=\"articleBody\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
        + "<ul class=\"more\"><li><a href=/1>Another story about the river and its many bridges and locks</a></li></ul></main>";
    assertThat(page("", body).paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void aPageWithNoTextHasNoBody() {
    assertThat(page("<title>Empty</title>", "<nav><a href=/>Home</a></nav><script>x()</script>").paragraphs()).isEqualTo(List.of());
  }

  @Property(tries = 30)
  void aHeadingThatLinksToAnotherPageIsATeaserNotASection(
      @ForAll("teaserLabels") String label, @ForAll boolean headingInsideLink, @ForAll boolean before) {
    String teaser = "School board trims budget, keeps bus routes";
    String link = headingInsideLink
        ? "<a href=\"/news/2024/4/12/school-board\"><div>" + label + "</div><h2>" + teaser + "</h2></a>"
        : "<h2><a href=\"/news/2024/4/12/school-board\">" + label + ": " + teaser + "</a></h2>";
    String text = "<p>" + P1 + "</p><p>" + P2 + "</p><h2>" + HEADING + "</h2><p>" + P3 + "</p>";
    String body = "<article>" + (before ? link + text : text + link) + "</article>";

    assertThat(page("", body).paragraphs()).containsExactly(P1, P2, HEADING, P3);
  }

  @Test
  void aHeadingWithItsOwnAnchorStaysASection() {
    String body = "<article><p>" + P1 + "</p><h2><a href=\"#next\">" + HEADING + "</a></h2><p>" + P2 + "</p></article>";

    assertThat(page("", body).paragraphs()).containsExactly(P1, HEADING, P2);
  }

  /**
   * A container mixing blocks with loose text and nodes that show no text (comments a CMS leaves
   * between its parts, a server's {@code <?…?>} instruction, conditional comments) is read whole,
   * whatever the order: such a node once stopped the whole page from being read.
   */
  @Property(tries = 40)
  void nodesThatShowNoTextBesideLooseTextLoseNothing(@ForAll("silentNodes") List<String> silent) {
    String loose = "Filed from the harbour office late on Monday evening.";
    List<String> parts = List.of("<p>" + P1 + "</p>", loose, "<p>" + P2 + "</p>", "<b>" + loose + "</b>", "<p>" + P3 + "</p>");
    StringBuilder container = new StringBuilder("<div class=\"story\">");
    for (int i = 0; i < parts.size(); i++) {
      container.append(silent.get(i % silent.size())).append(parts.get(i));
    }
    String body = "<article><h1>Flood barriers for the river</h1>" + container + silent.get(0) + "</div></article>";

    assertThat(String.join(" ", page("", body).paragraphs())).contains(P1, P2, P3, loose);
  }

  @Provide
  Arbitrary<List<String>> silentNodes() {
    return Arbitraries.of("<!-- .news-text -->", "<!--[if lt IE 9]><p>Old browser</p><![endif]-->", "<?php echo $teaser; ?>", "", " ",
        "<!---->", "<![CDATA[ x ]]>").list().ofMinSize(1).ofMaxSize(6);
  }

  @Provide
  Arbitrary<String> teaserLabels() {
    return Arbitraries.of("Previous", "Next", "Older post", "Up next", "Read this next");
  }
}
