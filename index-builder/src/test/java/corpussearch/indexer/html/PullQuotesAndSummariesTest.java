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
import net.jqwik.api.constraints.IntRange;

/**
 * Two boxes a content system sets beside the text and names for what they are: a pull quote ("pull-quote", or the bare class "pull"; a
 * layout class "pull-right" names no box) (a
 * sentence of the text set large again, often reworded, so that no repeat of it gives it away) and
 * the summary field set under the headline, named in English or in the newsroom's language (a French chapô). Neither is the article's text; the paragraphs of the
 * text, a summary box that holds them and a summary further down are.
 */
class PullQuotesAndSummariesTest {

  @Property(tries = 40)
  void aPullQuoteNamedSoIsNotText(@ForAll("texts") List<String> text, @ForAll("pullQuoteClasses") String named,
      @ForAll @IntRange(min = 1, max = 3) int at, @ForAll boolean blockquote) {
    String quote = "Local deals have bought time for farmers, but they rest on a handful of trusted people";
    String box = blockquote ? "<blockquote class=\"" + named + "\"><p>" + quote + "</p></blockquote>"
        : "<div class=\"" + named + "\"><p>" + quote + "</p></div>";
    HtmlPage page = page("", "<article><h1>Local deals keep markets open</h1><div class=\"body\">" + paragraphs(text, Math.min(at, text.size() - 1), box)
        + "</div></article>");

    assertThat(page.paragraphs()).containsAll(text).doesNotContain(quote);
  }

  /** A quotation floated by a layout class ("pull-right") is the story's own block quotation. */
  @Property(tries = 30)
  void aQuotationFloatedByALayoutClassIsText(@ForAll("texts") List<String> text, @ForAll("floatClasses") String named,
      @ForAll @IntRange(min = 1, max = 3) int at) {
    String quote = "No chief may sign an agreement that leaves the wells of the east to one side, the elders wrote in their letter to the governor.";
    String box = "<blockquote class=\"" + named + "\"><p>" + quote + "</p></blockquote>";
    HtmlPage page = page("", "<article><h1>Local deals keep markets open</h1><div class=\"body\">" + paragraphs(text, Math.min(at, text.size() - 1), box)
        + "</div></article>");

    assertThat(page.paragraphs()).containsAll(text).contains(quote);
  }

  @Provide
  Arbitrary<String> floatClasses() {
    return Arbitraries.of("pull-right", "pull-left", "quote pull-right", "blockquote-reverse pull-left");
  }

  @Property(tries = 40)
  void aSummaryFieldUnderTheHeadlineIsNotText(@ForAll("texts") List<String> text, @ForAll("summaryClasses") String named, @ForAll boolean wrapped) {
    String summary = "Military gains keep unravelling. The reasons lie in recruitment, grievance and the state's own conduct.";
    String box = "<div class=\"" + named + "\">" + (wrapped ? "<p>" + summary + "</p>" : summary) + "</div>";
    HtmlPage page = page("", "<article><h1>Why the insurgents keep coming back</h1>" + box
        + "<div class=\"author\">By Ana Sitoe</div><div class=\"body\">" + paragraphs(text, 0, "") + "</div></article>");

    assertThat(page.paragraphs()).containsAll(text).doesNotContain(summary);
  }

  /** A box named a summary that holds the text itself, or stands below its first paragraph, is text. */
  @Property(tries = 40)
  void aSummaryBoxHoldingTheTextOrBelowItIsKept(@ForAll("texts") List<String> text, @ForAll("summaryClasses") String named, @ForAll boolean holding) {
    String body = holding
        ? "<div class=\"" + named + "\">" + paragraphs(text, 0, "") + "</div>"
        : "<div class=\"body\">" + paragraphs(text.subList(0, 1), 0, "") + "<div class=\"" + named + "\"><p>" + text.get(1) + "</p></div>"
            + paragraphs(text.subList(2, text.size()), 0, "") + "</div>";
    HtmlPage page = page("", "<article><h1>Why the insurgents keep coming back</h1>" + body + "</article>");

    assertThat(page.paragraphs()).containsAll(text);
  }

  private static String paragraphs(List<String> text, int boxAt, String box) {
    StringBuilder html = new StringBuilder();
    for (int i = 0; i < text.size(); i++) {
      html.append(i == boxAt ? box : "").append("<p>").append(text.get(i)).append("</p>");
    }
    return html.toString();
  }

  @Provide
  Arbitrary<String> pullQuoteClasses() {
    return Arbitraries.of("pull-quote", "pullquote", "wp-block-pullquote", "article__pull-quote", "story-pullquote is-style-large", "pull_quote", "pull",
        "quote pull", "pullout", "pull-out");
  }

  @Provide
  Arbitrary<String> summaryClasses() {
    return Arbitraries.of("field field--name-field-summary", "article-summary", "summary", "node__summary text-formatted", "story_summary",
        "chapeau", "article__chapo", "entradilla", "bajada", "linha-fina", "article-ingress", "sommario");
  }

  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> subject = Arbitraries.of("Traders in the market town", "The mediators", "Two village chiefs", "Aid workers", "Drivers on the road");
    Arbitrary<String> verb = Arbitraries.of("said on Monday that", "told reporters in October that", "wrote in a report that");
    Arbitrary<String> clause = Arbitraries.of("the agreement had held for three months despite two attacks on the road to the east.",
        "prices of rice and millet had fallen by a fifth since the convoys began moving again in the spring.",
        "\"every deal we make is a bet that nobody will break it in the next month,\" in the words of one of them.",
        "the summary of the talks, written by the governor's office, had not been shared with the villages.");
    return Combinators.combine(subject, verb, clause).as((s, v, c) -> s + " " + v + " " + c).list().ofMinSize(3).ofMaxSize(6).uniqueElements();
  }
}
