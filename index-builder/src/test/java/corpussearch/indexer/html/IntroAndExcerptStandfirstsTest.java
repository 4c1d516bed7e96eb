package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round 38's pages, generated: the standfirst a page sets under its headline in a box its class names an intro or an
 * excerpt ("article-intro", "entry-excerpt", "StoryIntro"), a summary written for the head, not a paragraph of the text.
 * Left alone: such a box holding the text itself, one further down that heads a section, and a class that only starts
 * with the word ("introduction", "excerpts-list").
 */
class IntroAndExcerptStandfirstsTest {

  private static String paragraphs(List<String> text) {
    return text.stream().map(p -> "<p>" + p + "</p>").reduce("", String::concat);
  }

  private static List<String> kept(String headline, String box, List<String> text) {
    return page("", "<article><h1>" + headline + "</h1>" + box + "<div class=\"author\">By Ana Sitoe</div><div class=\"body\">" + paragraphs(text)
        + "</div></article>").paragraphs();
  }

  /** "<h1>…</h1><div class="article-intro"><p>summary</p></div>", the byline, the body: the summary is not text. */
  @Property(tries = 50)
  void aStandfirstNamedIntroOrExcerptIsNotText(@ForAll("texts") List<String> text, @ForAll("standfirsts") String summary,
      @ForAll("introClasses") String named, @ForAll("headlines") String headline, @ForAll boolean wrapped) {
    String box = "<div class=\"" + named + "\">" + (wrapped ? "<p>" + summary + "</p>" : summary) + "</div>";

    assertThat(kept(headline, box, text)).containsAll(text).doesNotContain(summary);
  }

  /** "<p class="entry-excerpt">summary</p>" straight under the headline: not text. */
  @Property(tries = 40)
  void aParagraphNamedAnExcerptUnderTheHeadlineIsNotText(@ForAll("texts") List<String> text, @ForAll("standfirsts") String summary,
      @ForAll("introClasses") String named, @ForAll("headlines") String headline) {
    assertThat(kept(headline, "<p class=\"" + named + "\">" + summary + "</p>", text)).containsAll(text).doesNotContain(summary);
  }

  /** A box named an intro that holds the text's paragraphs, or stands below the first one, is text. */
  @Property(tries = 40)
  void anIntroBoxHoldingTheTextOrBelowItIsKept(@ForAll("texts") List<String> text, @ForAll("introClasses") String named,
      @ForAll("headlines") String headline, @ForAll boolean holding) {
    String body = holding ? "<div class=\"" + named + "\">" + paragraphs(text) + "</div>"
        : "<div class=\"body\">" + paragraphs(text.subList(0, 1)) + "<div class=\"" + named + "\"><p>" + text.get(1) + "</p></div>"
            + paragraphs(text.subList(2, text.size())) + "</div>";

    assertThat(page("", "<article><h1>" + headline + "</h1>" + body + "</article>").paragraphs()).containsAll(text);
  }

  /** "<div class="introduction"><p>first paragraph</p></div>" over the rest: a class that only starts with the word keeps it. */
  @Property(tries = 40)
  void aClassThatOnlyStartsWithIntroKeepsItsParagraph(@ForAll("texts") List<String> text, @ForAll("nearMissClasses") String named,
      @ForAll("headlines") String headline) {
    String body = "<div class=\"" + named + "\">" + paragraphs(text.subList(0, 1)) + "</div><div class=\"body\">"
        + paragraphs(text.subList(1, text.size())) + "</div>";

    assertThat(page("", "<article><h1>" + headline + "</h1>" + body + "</article>").paragraphs()).containsAll(text);
  }

  @Provide
  Arbitrary<String> introClasses() {
    return Arbitraries.of("intro", "article-intro", "article__intro", "story_intro lead", "entry-excerpt", "post-excerpt", "excerpt",
        "field field--name-field-intro", "StoryIntro", "ArticleExcerpt", "c-article-intro text-large");
  }

  @Provide
  Arbitrary<String> nearMissClasses() {
    return Arbitraries.of("introduction", "introtext-wrapper", "excerpts-list", "article-introduction", "introducing");
  }

  @Provide
  Arbitrary<String> headlines() {
    return Arbitraries.of("Why the insurgents keep coming back", "Ferry fares to rise by eight per cent", "Local deals keep markets open",
        "Drought pushes herders towards the towns");
  }

  @Provide
  Arbitrary<String> standfirsts() {
    Arbitrary<String> what = Arbitraries.of("Military gains keep unravelling.", "Prices have doubled in a year.", "The talks ended without a deal.",
        "Herders are moving south earlier than ever.");
    Arbitrary<String> why = Arbitraries.of("The reasons lie in recruitment, grievance and the state's own conduct.",
        "Residents say the council never asked them.", "Our correspondent asks who pays for the delay.");
    return Combinators.combine(what, why).as((w, y) -> w + " " + y);
  }

  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> subject = Arbitraries.of("Traders in the market town", "The mediators", "Two village chiefs", "Aid workers", "Drivers on the road");
    Arbitrary<String> verb = Arbitraries.of("said on Monday that", "told reporters in October that", "wrote in a report that");
    Arbitrary<String> clause = Arbitraries.of("the agreement had held for three months despite two attacks on the road to the east.",
        "prices of rice and millet had fallen by a fifth since the convoys began moving again in the spring.",
        "\"every deal we make is a bet that nobody will break it in the next month,\" in the words of one of them.",
        "the introduction of the new permits, an excerpt of which was read aloud, had not been shared with the villages.");
    return Combinators.combine(subject, verb, clause).as((s, v, c) -> s + " " + v + " " + c).list().ofMinSize(3).ofMaxSize(6).uniqueElements();
  }
}
