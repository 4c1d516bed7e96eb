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
 * Pages built of components (Adobe Experience Manager, Sitecore, Magnolia): each part of the text
 * in a box of its own, wrapped once or twice more, with cards for other pages between the boxes.
 * Every part of the text is body, however deep each is wrapped; a card announcing another page is not.
 */
class ComponentBoxesTest {

  private static final String CARD_HEADLINE = "How community monitoring works: a guide for partner villages";

  @Property(tries = 60)
  void everyBoxOfTheTextIsKeptAndTheCardBetweenThemIsNot(@ForAll("parts") List<List<String>> parts, @ForAll("boxes") String box,
      @ForAll @IntRange(min = 0, max = 2) int cardAt, @ForAll boolean cardClassed) {
    StringBuilder content = new StringBuilder("<div class=\"title\"><h1>Villagers replant mangroves</h1></div>");
    for (int i = 0; i < parts.size(); i++) {
      content.append(box).append("<p>").append(String.join("</p><p>", parts.get(i))).append("</p>").append(closing(box));
      if (i == Math.min(cardAt, parts.size() - 1)) {
        content.append(card(cardClassed));
      }
    }
    HtmlPage page = page("", "<div class=\"root\"><div class=\"cmp-container\">" + content + "</div></div>");

    assertThat(page.paragraphs()).containsAll(parts.stream().flatMap(List::stream).toList()).doesNotContain(CARD_HEADLINE);
  }

  /**
   * The line of date and author a theme sets by the text ("entry-meta", "article__meta"), a box beside
   * the story ("infobox"), a note called out from it (a Ghost callout card) and an editor's endnote ("lg-endnote") are no part of the text.
   */
  @Property(tries = 40)
  void metaLinesBoxesAndCalloutsAreNoPartOfTheText(@ForAll("parts") List<List<String>> parts, @ForAll("sideBoxes") String box) {
    List<String> text = parts.stream().flatMap(List::stream).toList();
    String aside = "Have you been approached by recruiters? Counselling is available at the advice line.";
    HtmlPage page = page("", "<article><h1>Villagers replant mangroves</h1><div class=\"" + box + "\"><p>" + aside + "</p></div><p>"
        + String.join("</p><p>", text) + "</p></article>");

    assertThat(page.paragraphs()).containsAll(text).doesNotContain(aside);
  }

  @Provide
  Arbitrary<String> sideBoxes() {
    return Arbitraries.of("entry-meta", "article__meta", "post-meta byline-wrap", "infobox", "info-box", "neos-nodetypes-text info-box",
        "kg-card kg-callout-card", "callout callout--note", "factbox", "theme-admonition theme-admonition-note alert alert--secondary",
        "lg-endnote", "article-endnotes");
  }

  /** A box named a teaser that holds prose is the article's lead, as some systems name their standfirst, and is kept. */
  @Property(tries = 20)
  void aTeaserBoxHoldingProseIsKept(@ForAll("parts") List<List<String>> parts) {
    String lead = parts.get(0).get(0);
    HtmlPage page = page("", "<article><h1>Villagers replant mangroves</h1><div class=\"article__teaser\"><p>" + lead + "</p></div>"
        + "<div class=\"article__body\"><p>" + String.join("</p><p>", parts.get(parts.size() - 1)) + "</p></div></article>");

    assertThat(page.paragraphs()).contains(lead);
  }

  private static String card(boolean classed) {
    String card = "<div class=\"teaser\"><div class=\"cmp-teaser\"><div class=\"cmp-teaser__content\"><p class=\"cmp-teaser__pretitle\">Programme</p>"
        + "<h3 class=\"cmp-teaser__title\">" + CARD_HEADLINE + "</h3></div></div></div>";
    return classed ? card : "<div class=\"image\"><div class=\"cmp-image\"><img src=\"/nursery.jpg\" alt=\"\"></div></div>";
  }

  @Provide
  Arbitrary<List<List<String>>> parts() {
    Arbitrary<String> subject = Arbitraries.of("Women's groups", "The network", "Volunteers", "Local authorities", "Fishers");
    Arbitrary<String> verb = Arbitraries.of("said on Monday that", "reported in October that", "told visitors that");
    Arbitrary<String> clause = Arbitraries.of("about 68 per cent of the young trees planted last year were still alive after the floods.",
        "the planting season ran from June to October, when the lagoon water is least salty and the mud is soft.",
        "\"our mothers cut these trees to cook and to boil salt, and now we plant them back,\" in the words of one leader.",
        "the replanting is financed by a climate fund and by a small fee paid by tourists who visit by canoe.");
    Arbitrary<String> sentence = Combinators.combine(subject, verb, clause).as((s, v, c) -> s + " " + v + " " + c);
    return sentence.list().ofMinSize(1).ofMaxSize(4).uniqueElements().list().ofMinSize(2).ofMaxSize(4)
        .filter(parts -> parts.stream().flatMap(List::stream).distinct().count() == parts.stream().mapToLong(List::size).sum());
  }

  /** The end tags of the boxes {@code box} opens, innermost first. */
  private static String closing(String box) {
    List<String> tags = java.util.regex.Pattern.compile("<(\\w+)").matcher(box).results().map(tag -> "</" + tag.group(1) + ">").toList();
    return String.join("", tags.reversed());
  }

  @Provide
  Arbitrary<String> boxes() {
    return Arbitraries.of("<div class=\"text\"><div class=\"cmp-text\">", "<div class=\"component rich-text\"><div class=\"component-content\">",
        "<div class=\"text-block\">", "<section class=\"paragraph\"><div class=\"paragraph__inner\"><div class=\"field\">");
  }
}
