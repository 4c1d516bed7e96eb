package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round 33's pages, generated: a think tank's field of experts, names linked to their own pages
 * and no byline class; a JSON-LD author list that names the photographer the byline credits apart; components named in camel case ("ArticleDek", "AudioPlayer") over the
 * text, the byline under the standfirst.
 */
class ExpertFieldsPartialBylinesAndCamelCaseClassesTest {

  private static final String PARAGRAPHS =
      "<p>Exchange houses in Dubai and Doha report closing accounts and rejecting transfers linked to listed names, officials said.</p>"
          + "<p>Investigators in Iran, Turkey and Central Asia have described how the network had to improvise new channels.</p>";

  @Property(tries = 40)
  void namesLinkedToTheirOwnPagesAboveTheTextAreTheWriters(@ForAll("people") String first, @ForAll("people") String second,
      @ForAll("folders") String folder, @ForAll("titles") String title) {
    HtmlPage page = page("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Gulf sanctions are working\","
            + "\"author\":{\"@type\":\"Organization\",\"name\":\"IGCAA\"}}</script>",
        "<nav><a href=\"/experts\">Experts</a></nav><div class=\"menu\"><a href=\"/photo-gallery\">Photo Gallery</a></div><article>"
            + "<h1>Gulf sanctions are working</h1><div class=\"field field--name-field-experts\"><div><a href=\"/" + folder + "/" + slug(first)
            + "\">" + title + first + "</a></div><div><a href=\"/" + folder + "/" + slug(second) + "/\">" + second + "</a></div></div>"
            + "<div class=\"field--name-field-date\">19/11/2024</div>" + PARAGRAPHS + "</article>");

    assertThat(page.metadata().author().value()).isEqualTo(first.equals(second) ? first : first + " and " + second);
  }

  /** A link whose text is a name but whose address is a section's ("/photo-gallery") names no writer. */
  @Property(tries = 20)
  void aMenuLinkShapedLikeANameIsNoWriter(@ForAll("sections") String section) {
    HtmlPage page = page("", "<div id=\"navigation\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/" + slug(section) + "\">" + section
        + "</a></li></ul></div><article><h1>Gulf sanctions are working</h1>" + PARAGRAPHS + "</article>");

    assertThat(page.metadata().author().isKnown()).isFalse();
  }

  /** JSON-LD lists the writer and the photographer; the byline sets "Text: A" over "Photo: B". */
  @Property(tries = 40)
  void aPhotographerTheBylineCreditsApartIsNoWriter(@ForAll("people") String writer, @ForAll("people") String other,
      @ForAll("otherParts") String part) {
    HtmlPage page = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Uzbek man charged over plot\","
            + "\"author\":[{\"@type\":\"Person\",\"name\":\"" + writer + "\"},{\"@type\":\"Person\",\"name\":\"" + other + "\"}]}</script>",
        "<article><h1>Uzbek man charged over plot</h1><div class=\"article__byline\"><div>Text: <a href=\"/authors/" + slug(writer) + "\">"
            + writer + "</a></div><div>" + part.replace("NAME", other) + "</div></div>" + PARAGRAPHS + "</article>");

    assertThat(page.metadata().author().value()).isEqualTo(writer);
  }

  /** Two writers in JSON-LD, one byline and a bio card for each: both write. */
  @Property(tries = 20)
  void aSecondWriterWithACardStays(@ForAll("people") String writer, @ForAll("people") String other) {
    HtmlPage page = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Uzbek man charged over plot\","
            + "\"author\":[{\"@type\":\"Person\",\"name\":\"" + writer + "\"},{\"@type\":\"Person\",\"name\":\"" + other + "\"}]}</script>",
        "<article><h1>Uzbek man charged over plot</h1><div class=\"byline\">By " + writer + "</div>" + PARAGRAPHS
            + "<div class=\"author-bio\"><h3>" + writer + "</h3><p>" + writer + " covers security.</p></div>"
            + "<div class=\"author-bio\"><h3>" + other + "</h3><p>" + other + " covers courts.</p></div></article>");

    assertThat(page.metadata().author().value()).isEqualTo(writer.equals(other) ? writer : writer + " and " + other);
  }

  @Property(tries = 40)
  void camelCaseComponentsOverTheTextAreNoParagraphs(@ForAll("people") String writer, @ForAll("people") String photographer,
      @ForAll("dekClasses") String dek, @ForAll("playerClasses") String player) {
    HtmlPage page = page("", "<article><h1 class=\"ArticleTitle\">Four years of near misses</h1><p class=\"" + dek + "\">The branch has tried"
        + " again and again to strike Europe. Why has it failed so far, and how long can that last?</p><div class=\"ArticleByline\">By " + writer
        + " <span>PHOTOGRAPHS BY " + photographer.toUpperCase(Locale.ROOT) + "</span></div><time datetime=\"2026-05-19T14:00:00Z\">May 19, 2026</time>"
        + "<div class=\"" + player + "\">Listen to this article · 24 min. Narrated by a professional voice actor</div>"
        + "<section class=\"ArticleBody\">" + PARAGRAPHS + "</section></article>");

    assertThat(page.paragraphs()).noneMatch(text -> text.contains("Listen to this article") || text.contains("PHOTOGRAPHS")
        || text.contains("May 19, 2026") || text.contains("Why has it failed"));
    assertThat(page.metadata().author().value()).isEqualTo(writer);
  }

  private static String slug(String name) {
    return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-");
  }

  @Provide
  Arbitrary<String> people() {
    return Combinators.combine(Arbitraries.of("Fatima", "James", "Sofia", "Marcus", "Ana", "Jean-Luc"),
        Arbitraries.of("Al-Mansoori", "Whitlow", "Bergqvist", "Eriksen", "Petrović", "O'Neil")).as((f, l) -> f + " " + l);
  }

  @Provide
  Arbitrary<String> folders() {
    return Arbitraries.of("experts", "people", "en/fellows", "about/our-people");
  }

  @Provide
  Arbitrary<String> titles() {
    return Arbitraries.of("", "Dr ", "Prof. ");
  }

  @Provide
  Arbitrary<String> sections() {
    return Arbitraries.of("Photo Gallery", "Press Releases", "Annual Reports");
  }

  @Provide
  Arbitrary<String> otherParts() {
    return Arbitraries.of("Photo: NAME", "Photos by NAME", "Video: NAME");
  }

  @Provide
  Arbitrary<String> dekClasses() {
    return Arbitraries.of("ArticleDek", "StoryStandfirst", "article-dek", "PageSubtitle");
  }

  @Provide
  Arbitrary<String> playerClasses() {
    return Arbitraries.of("AudioPlayer", "audio-player", "StoryVideoPlayer");
  }
}
