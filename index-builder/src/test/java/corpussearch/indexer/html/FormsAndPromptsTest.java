package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Forms and calls to action in a page's body: furniture, unless the form is the whole page. */
class FormsAndPromptsTest {

  private static final String P1 = "The county board voted three to two on Monday night to rezone farmland east of the town for an ethanol plant.";
  private static final String P2 = "The vote came after a public hearing that lasted nearly four hours and drew more than two hundred people.";
  private static final String P3 = "Opponents raised concerns about the plant's water use, its smell and the grain trucks on the county road.";

  @Property(tries = 30)
  void aFormAroundTheWholePageIsThePageNotFurniture(@ForAll("hiddenFields") String hidden, @ForAll("containers") String container) {
    String text = "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
    String body = "<form name=\"aspnetForm\" method=\"post\" action=\"Story.aspx?id=1\">" + hidden
        + "<table><tr><td class=\"navbar\"><a href=\"/\">Home</a> | <a href=\"/sports\">Sports</a></td></tr>"
        + "<tr><td>" + container.replace("TEXT", text) + "</td></tr></table></form>";

    assertThat(page("", body).paragraphs()).containsExactly(P1, P2, P3);
  }

  @Property(tries = 40)
  void anEmailSignUpBoxGoesWithItsFormWhateverItsClass(
      @ForAll("promptHeadings") String heading, @ForAll("promptSentences") String sentence, @ForAll("styleClasses") String style,
      @ForAll("emailFields") String field) {
    String box = "<div class=\"" + style + "\"><p>" + heading + "</p><p>" + sentence + "</p>"
        + "<form>" + field + "<button type=\"submit\">Subscribe</button></form></div>";
    String body = "<main><h1>Board approves rezoning</h1><div class=\"" + style + "\"><p>" + P1 + "</p><p>" + P2 + "</p>"
        + box + "<p>" + P3 + "</p></div></main>";

    assertThat(page("", body).paragraphs()).containsExactly(P1, P2, P3);
  }

  @Property(tries = 20)
  void aCallToActionCardInsideTheTextIsFurniture(@ForAll("ctaClasses") String cta) {
    String body = "<article><h1>Board approves rezoning</h1><section class=\"gh-content\"><p>" + P1 + "</p><p>" + P2 + "</p>"
        + "<div class=\"" + cta + "\"><p>This paper is free to read because members pay for it. <a href=\"/join\">Become a member</a>.</p></div>"
        + "<p>" + P3 + "</p></section></article>";

    assertThat(page("", body).paragraphs()).containsExactly(P1, P2, P3);
  }

  @Property(tries = 30)
  void theOneShortTextBesideAnImageIsItsCaption(@ForAll("imageBoxes") String box, @ForAll("captions") String caption) {
    String body = "<main><h1>Board approves rezoning</h1><div class=\"story\"><p>" + P1 + "</p>" + box.replace("CAPTION", caption)
        + "<p>" + P2 + "</p><p>" + P3 + "</p></div></main>";

    assertThat(page("", body).paragraphs()).containsExactly(P1, P2, P3);
  }

  @Property(tries = 10)
  void textAroundAnInlineImageStaysInItsParagraph(@ForAll("captions") String words) {
    String inline = "Residents cheered <img class=\"emoji\" src=\"e.png\" alt=\":)\"> when the result was read out. " + words;
    String body = "<main><h1>Board approves rezoning</h1><div class=\"story\"><p>" + P1 + "</p><div><p>" + inline + "</p></div>"
        + "<p>" + P2 + "</p></div></main>";

    assertThat(page("", body).paragraphs()).hasSize(3);
  }

  @Property(tries = 10)
  void aHeadingOverNothingButLinksHeadsNoSection(@ForAll("listHeadings") String heading) {
    String body = "<main><h1>Board approves rezoning</h1><div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<div class=\"more-by\"><h4>" + heading + "</h4><ul><li><a href=\"/c\">Port strike ends</a></li><li><a href=\"/d\">Ferry fares rise</a></li></ul></div>"
        + "</div></main>";

    assertThat(page("", body).paragraphs()).containsExactly(P1, P2, P3);
  }

  @Property(tries = 20)
  void anAuthorBoxAfterTheTextIsFurniture(@ForAll("authorBoxClasses") String box) {
    String body = "<article><h1>Board approves rezoning</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<section class=\"" + box + "\"><p>Kate Lowe is the county reporter at the Herald.</p></section></article>";

    assertThat(page("", body).paragraphs()).containsExactly(P1, P2, P3);
  }

  @Provide
  Arbitrary<String> authorBoxClasses() {
    return Arbitraries.of("about-the-author", "author-box", "td-author-info", "c-author-card", "author-profile wide", "about-author");
  }

  @Provide
  Arbitrary<String> listHeadings() {
    return Arbitraries.of("More from Priti Shah", "Read next", "In this series", "Elsewhere on the site");
  }

  @Provide
  Arbitrary<String> imageBoxes() {
    return Arbitraries.of("<div class=\"wp-block-image\"><img src=\"w.jpg\"><p class=\"has-small-font-size\">CAPTION</p></div>",
        "<div class=\"x1\"><a href=\"big.jpg\"><picture><img src=\"w.jpg\"></picture></a><span>CAPTION</span></div>",
        "<table align=\"right\"><tr><td><img src=\"w.jpg\"><br><small>CAPTION</small></td></tr></table>");
  }

  @Provide
  Arbitrary<String> captions() {
    return Arbitraries.of("The old timber wharf at low tide. (Photo: Courier files)", "Farmers fill the courtroom for Monday's hearing.",
        "Supplied: Harbour Authority");
  }

  @Provide
  Arbitrary<String> hiddenFields() {
    Arbitrary<String> state = Arbitraries.strings().alpha().numeric().ofMinLength(8).ofMaxLength(60);
    return state.map(value -> "<div><input type=\"hidden\" name=\"__VIEWSTATE\" value=\"" + value + "\" />"
        + "<input type=\"hidden\" name=\"__EVENTTARGET\" value=\"\" /></div>");
  }

  @Provide
  Arbitrary<String> containers() {
    return Arbitraries.of("<span class=\"storybody\">TEXT</span>", "<div id=\"ctl00_pnlStory\">TEXT</div>", "TEXT",
        "<div class=\"content\">TEXT</div>");
  }

  @Provide
  Arbitrary<String> promptHeadings() {
    return Arbitraries.of("Get Signal Daily", "The Morning Brief", "Sign up for Valley Weekly", "Don't miss a story");
  }

  @Provide
  Arbitrary<String> promptSentences() {
    return Arbitraries.of("The day's tech and telco news in five minutes, every weekday at 7am.",
        "Our best stories, straight to your inbox every Friday.", "Everything that happened in the valley this week, in one email.");
  }

  @Provide
  Arbitrary<String> styleClasses() {
    return Arbitraries.of("mt-10 rounded-lg bg-gray-50 p-6", "box", "x9f2a", "col");
  }

  @Provide
  Arbitrary<String> emailFields() {
    return Combinators.combine(Arbitraries.of("type=\"email\"", "type=\"text\" name=\"email\"", "type=\"text\" placeholder=\"Your e-mail\""),
        Arbitraries.of("", " required")).as((kind, extra) -> "<input " + kind + extra + "/>");
  }

  @Provide
  Arbitrary<String> ctaClasses() {
    return Arbitraries.of("kg-card kg-cta-card", "post-cta", "cta", "call-to-action box", "inline-cta member");
  }
}
