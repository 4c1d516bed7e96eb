package corpussearch.indexer.html;

import static corpussearch.indexer.html.BylinesAbroadTest.PARAGRAPHS;
import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static corpussearch.indexer.html.HtmlMetadataTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round 36's HTML pages, generated: a plain picture whose {@code alt} the host spells names the
 * outlet; a {@code <title>}'s first part that opens the {@code <h1>} is the headline's, not a blog's
 * name; a declared headline after a label the heading runs on from in lower case is a card's cut; a
 * name the byline leaves out and a "Camera:" credit names is no writer; "About the author:" before a
 * one-sentence bio names the writer.
 */
class PictureNamesTitlePartsAndCameraCreditsTest {

  private static final String HEADLINE = "Footbridges to be rebuilt before the tourist season";

  /** {@code <img src="wpimages/wp0a1b2c3d_06.png" alt="Rakiura Rag">} on rakiurarag.example: the outlet. */
  @Property(tries = 40)
  void aPicturesAltTheHostSpellsNamesTheOutlet(@ForAll("siteNames") String name) {
    String host = name.replace(" ", "").toLowerCase(Locale.ROOT) + ".example";

    assertThat(pictured(name, host).metadata().outlet().value()).isEqualTo(name);
  }

  /** The same picture on a host that does not spell its words ("Rakiura Rag" on harbourlights.example) names no outlet. */
  @Property(tries = 20)
  void aPicturesAltTheHostDoesNotSpellNamesNoOutlet(@ForAll("siteNames") String name) {
    assertThat(pictured(name, "harbourlights.example").metadata().outlet().value()).isNotEqualTo(name);
  }

  private static HtmlPage pictured(String alt, String host) {
    String body = "<div id=\"top\"><img src=\"wpimages/wp0a1b2c3d_06.png\" alt=\"" + alt + "\" width=\"320\"></div><div id=\"story\"><h1>"
        + HEADLINE + "</h1>" + PARAGRAPHS + "</div>";
    return page("", body, "https://" + host + "/news/2025/footbridges.html");
  }

  /** "Ex-recruit turned mentor – Isar Chronicle" over the h1 "Ex-recruit turned mentor: a Kyrgyz returnee's …", the site's name shown: the h1. */
  @Property(tries = 40)
  void aTitlesFirstPartThatOpensTheHeadingIsTheHeadlines(@ForAll("openings") String opening, @ForAll("tails") String tail,
      @ForAll("siteNames") String site) {
    String h1 = opening + ": " + tail;
    String head = "<title>" + opening + " – " + site + "</title><meta property=\"og:title\" content=\"" + opening + "\">";
    String body = "<header><h2 class=\"site-title\">" + site + "</h2></header><article itemscope itemtype=\"https://schema.org/NewsArticle\">"
        + "<h1 itemprop=\"headline\">" + h1 + "</h1>" + PARAGRAPHS + "</article>";

    assertThat(page(head, body).metadata().title().value()).isEqualTo(h1);
  }

  /** JSON-LD's "Why IS-K recruiters …" under the {@code <h1>} "Where they sleep: why IS-K recruiters …": the h1 goes on, it is the headline. */
  @Property(tries = 40)
  void aDeclaredHeadlineTheHeadingRunsOnInLowerCaseIsACardsCut(@ForAll("labels") String label, @ForAll("tails") String tail) {
    String h1 = label + ": " + tail;

    assertThat(declaredUnder(capitalised(tail), h1)).isEqualTo(h1);
  }

  /** "EXCLUSIVE: why …" and "Where they sleep: Why …" set a label before the declared headline: the declared one stays. */
  @Property(tries = 30)
  void aDeclaredHeadlineAfterACapitalsLabelOrBeforeACapitalStays(@ForAll("labels") String label, @ForAll("tails") String tail,
      @ForAll boolean capitals) {
    String declared = capitalised(tail);
    String h1 = capitals ? label.toUpperCase(Locale.ROOT) + ": " + tail : label + ": " + declared;

    assertThat(declaredUnder(declared, h1)).isEqualTo(declared);
  }

  private static String declaredUnder(String declared, String h1) {
    String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + declared + "\"}</script>";
    return page(head, "<article><h1>" + h1 + "</h1>" + PARAGRAPHS + "</article>").metadata().title().value();
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** JSON-LD's authors A, B and C, the byline "By A and B" and "Camera: C" under the video: A and B wrote it. */
  @Property(tries = 40)
  void aNameTheBylineLeavesOutAndACameraCreditNamesIsNoWriter(@ForAll("names") String first, @ForAll("names") String second,
      @ForAll("names") String camera, @ForAll("cameraLabels") String label) {
    Assume.that(!first.equals(second) && !first.equals(camera) && !second.equals(camera));
    String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + HEADLINE + "\",\"author\":["
        + person(first) + "," + person(second) + "," + person(camera) + "]}</script>";
    String body = "<article><h1>" + HEADLINE + "</h1><div class=\"byline\">By " + first + " and " + second + "</div>"
        + "<div class=\"video\"><p>The council's engineer at the site of the old bridge.</p><p>" + label + " " + camera + "</p></div>"
        + PARAGRAPHS + "</article>";

    assertThat(page(head, body).metadata().author().value()).isEqualTo(first + " and " + second);
  }


  /** {@code <div class="author-box"><p><b>About the author:</b> Inês Machava writes Rovuma Watch.</p></div>}: the writer. */
  @Property(tries = 40)
  void aBioBoxLabelledAboutTheAuthorNamesTheWriter(@ForAll("names") String name, @ForAll("siteNames") String blog,
      @ForAll("bioLabels") String label) {
    String body = "<div class=\"post\"><h3 class=\"post-title\">" + HEADLINE + "</h3>" + PARAGRAPHS + "</div><div class=\"author-box\"><p><b>" + label
        + "</b> " + name + " writes " + blog + ".</p></div>";

    assertThat(page("", body).metadata().author().value()).isEqualTo(name);
  }

  @Provide
  Arbitrary<String> siteNames() {
    return Combinators.combine(Arbitraries.of("Rakiura", "Isar", "Rovuma", "Kestrel", "Pamir", "Tasman"),
        Arbitraries.of("Rag", "Chronicle", "Watch", "Ledger", "Notes", "Courier")).as((place, kind) -> place + " " + kind);
  }

  @Provide
  Arbitrary<String> openings() {
    return Arbitraries.of("Ex-recruit turned mentor", "The long road home", "Back from the front", "A second chance");
  }

  @Provide
  Arbitrary<String> tails() {
    return Combinators.combine(Arbitraries.of("a Kyrgyz", "why one Tajik", "how an Uzbek", "what a Kazakh"),
        Arbitraries.of("returnee", "teacher", "imam", "social worker"),
        Arbitraries.of("works with young men in Munich", "talks recruits out of travel"))
        .as((who, job, rest) -> who + " " + job + " " + rest);
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("Where they sleep", "Behind closed doors", "Inside the network", "Lost in transit");
  }

  @Provide
  Arbitrary<String> names() {
    return Combinators.combine(Arbitraries.of("Inês", "Tomás", "Aigerim", "Erik", "Mariyam", "Jean-Paul"),
        Arbitraries.of("Machava", "Rojas", "Bekova", "Lindqvist", "Shiuna", "Habimana")).as((given, family) -> given + " " + family);
  }

  @Provide
  Arbitrary<String> cameraLabels() {
    return Arbitraries.of("Camera:", "Camera by", "Video:", "Camera -");
  }

  @Provide
  Arbitrary<String> bioLabels() {
    return Arbitraries.of("About the author:", "About the writer:", "About the author -", "About the author.");
  }
}
