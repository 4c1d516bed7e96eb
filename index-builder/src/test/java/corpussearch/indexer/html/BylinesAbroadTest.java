package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.extract.NameAndDateShapes;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/**
 * Pages of English-language sites abroad and of older or site-builder layouts: two authors joined
 * by another language's "and" or a slash, writers' labels with a colon or dash ("Report:",
 * "Writers:", "Author —"), a section label in bold above an unstyled headline, a tagline under
 * the logo, a date with a Russian month name. Each with the prose or name it must leave alone.
 */
class BylinesAbroadTest {

  static final String PARAGRAPHS =
      "<p>The regional council approved a plan on Tuesday to rebuild three footbridges lost in the floods two years ago.</p>"
          + "<p>Work will start in the spring and should be finished before the tourist season, the council's engineer said.</p>";

  @Property(tries = 40)
  void anotherLanguagesAndJoinsTwoNames(@ForAll("names") String first, @ForAll("names") String second, @ForAll("conjunctions") String and) {
    HtmlPage page = page("", "<article><h1>Funicular back in service after two-year repair</h1><div class=\"byline\"><a href=\"/people/a\">"
        + first + "</a> " + and + " <a href=\"/people/b\">" + second + "</a> <span class=\"date\">26/09/2024</span></div>" + PARAGRAPHS + "</article>");

    assertThat(page.metadata().author().value()).isEqualTo(first.equals(second) ? first : first + " and " + second);
  }

  @Property(tries = 30)
  void aBylineLineJoinedByAnotherLanguagesAndIsSplitIntoBoth(@ForAll("names") String first, @ForAll("names") String second,
      @ForAll("conjunctions") String and) {
    assertThat(NameAndDateShapes.bylineNames(first + " " + and + " " + second + " 26/09/2024").map(Authors::split))
        .contains(List.of(first, second));
  }

  @Example
  void aNameWithAParticleThatIsAlsoAConjunctionStaysWhole() {
    HtmlPage page = page("", "<article><h1>Philosophers gather for a week of lectures in the old town</h1>"
        + "<p class=\"byline\">By José Ortega y Gasset</p>" + PARAGRAPHS + "</article>");

    assertThat(page.metadata().author().value()).isEqualTo("José Ortega y Gasset");
  }

  @Property(tries = 40)
  void aWritersLabelWithAColonOrDashNamesTheAuthors(@ForAll("names") String first, @ForAll("names") String second,
      @ForAll("labels") String label) {
    String names = first.equals(second) ? first : first + " / " + second;
    HtmlPage page = page("", "<table><tr><td><b><font size=\"4\">Trail reopens with new bridges after floods</font></b>"
        + "<p><font><i>" + label + " " + names + ", Gizo</i><br>Posted 03 Aug 2005</font></p>" + PARAGRAPHS + "</td></tr></table>");

    assertThat(page.metadata().author().value()).isEqualTo(first.equals(second) ? first : first + " and " + second);
  }

  @Example
  void aReportLabelBeforeAPhraseIsNoByline() {
    HtmlPage page = page("", "<article><h1>Audit finds gaps in the council's road budget</h1>"
        + "<p>Report: Council finances worse than feared</p>" + PARAGRAPHS + "</article>");

    assertThat(page.metadata().author().isKnown()).isFalse();
  }

  @Property(tries = 30)
  void aSectionLabelAboveTheHeadlineIsNoTitle(@ForAll("sections") String section, @ForAll("places") String place) {
    HtmlPage page = page("<title>Tavush Times — independent news from the north</title>"
            + "<meta property=\"og:title\" content=\"The trail is open again\">",
        "<div><div class=\"t030__title\">" + section + " · " + place + "</div><div class=\"t030__descr\">" + place
            + " forest trail reopens with new bridges after floods</div></div>" + "<div>23 сентября 2024 · Author — Anahit Grigoryan</div>"
            + PARAGRAPHS);

    assertThat(page.metadata().title().value()).isEqualTo(place + " forest trail reopens with new bridges after floods");
    assertThat(page.metadata().date().value()).isEqualTo("2024-09-23");
    assertThat(page.metadata().author().value()).isEqualTo("Anahit Grigoryan");
  }

  @Example
  void aHeadlineWithAnInterpunctIsStillAHeadline() {
    HtmlPage page = page("<title>Nightly news</title>", "<div><b>Storm damage · Harbour wall collapses after record tide</b></div>" + PARAGRAPHS);

    assertThat(page.metadata().title().value()).isEqualTo("Storm damage · Harbour wall collapses after record tide");
  }

  @Property(tries = 20)
  void aTaglineUnderTheLogoIsNoOutlet(@ForAll("taglines") String tagline) {
    HtmlPage page = page("<title>Pepper farms try drip lines</title>",
        "<header><a class=\"logo\" href=\"/\">The Kampot Mail</a><p class=\"tag\">" + tagline + "</p></header><article>"
            + "<h1>Pepper growers test drip irrigation as dry season lengthens</h1>" + PARAGRAPHS
            + "<figure><figcaption>Drip lines near Tuk Meas. Chan Dara/The Kampot Mail</figcaption></figure></article>"
            + "<footer><p>The Kampot Mail is printed every Friday.</p></footer>");

    assertThat(page.metadata().outlet().value()).isIn("The Kampot Mail", null);
  }

  @Provide
  Arbitrary<String> names() {
    return Combinators.combine(Arbitraries.of("Camila", "Tomás", "Anna", "Erik", "Mariyam", "Jean-Paul"),
        Arbitraries.of("Fuentes", "Rojas", "Berg", "Lindqvist", "Shiuna", "Habimana")).as((given, family) -> given + " " + family);
  }

  @Provide
  Arbitrary<String> conjunctions() {
    return Arbitraries.of("y", "e", "und", "et", "och", "og", "en", "i");
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("Report:", "Writers:", "Author —", "Story:", "Reporters:", "Words:");
  }

  @Provide
  Arbitrary<String> sections() {
    return Arbitraries.of("NATURE", "NEWS", "Health", "CITY LIFE");
  }

  @Provide
  Arbitrary<String> places() {
    return Arbitraries.of("Dilijan", "Tavush", "Ijevan");
  }

  @Provide
  Arbitrary<String> taglines() {
    return Arbitraries.of("Southern Cambodia in English", "News for the Coast and Islands", "Independent Since 1962");
  }
}
