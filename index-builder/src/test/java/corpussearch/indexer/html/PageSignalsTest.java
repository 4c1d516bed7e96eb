package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Signals that pages without declared metadata mislead with: a commenter's name set like a
 * byline, the masthead above the date line, an "Updated" line as the only date, a sidebar label
 * above the headline, text set straight into a table cell. Each with the reading that must stay.
 */
class PageSignalsTest {

  private static final String TEXT = "<p>Fares on every island route will rise by eight per cent from April, the operator said on Monday.</p>"
      + "<p>Residents' groups said the rise would fall hardest on people who commute to the mainland each day.</p>";

  @Property(tries = 20)
  void aCommentersNameIsNoByline(@ForAll("people") String reader, @ForAll boolean writerShown) {
    String byline = writerShown ? "<div class=\"byline vcard\"><span class=\"fn author\">Ruth Gale</span></div>" : "";
    HtmlPage page = page("", "<article><h1>Ferry fares to rise in April</h1>" + byline + TEXT + "</article><div id=\"comments\"><ol>"
        + "<li class=\"comment\"><div class=\"comment-author vcard\"><b class=\"fn\">" + reader + "</b> says:</div>"
        + "<p>About time this was sorted out.</p></li></ol></div>");

    assertThat(page.metadata().author().value()).isEqualTo(writerShown ? "Ruth Gale" : null);
  }

  @Property(tries = 20)
  void theMastheadAboveTheDateIsNoAuthorButAPersonIs(@ForAll("outlets") String outlet, @ForAll boolean person) {
    String above = person ? "Ruth Gale" : outlet;
    HtmlPage page = page("<meta property=\"og:site_name\" content=\"" + outlet + "\">",
        "<div><div>" + above + "</div><div>Tuesday, 2 January 2018</div><div><b>Ferry fares to rise in April</b></div>" + TEXT + "</div>");

    assertThat(page.metadata().author().value()).isEqualTo(person ? "Ruth Gale" : null);
  }

  @Property(tries = 20)
  void aBylineInCapitalsNamesEveryAuthorAsWritten(@ForAll("people") String first, @ForAll boolean capitals) {
    String names = first + " and Jean-Luc Moreau";
    HtmlPage page = page("", "<main><h1>Ferry fares to rise in April</h1><p>By " + (capitals ? names.toUpperCase(java.util.Locale.ROOT) : names)
        + "</p>" + TEXT + "</main>");

    assertThat(page.metadata().author().value()).isEqualTo(first + " and Jean-Luc Moreau");
  }

  @Property(tries = 20)
  void anUpdatedLineAloneDatesNothingButAPublishedOneDoes(@ForAll boolean published) {
    String line = published ? "Published 23 December 2022" : "Updated 23 December 2022";
    HtmlPage page = page("", "<main><h1>Ferry fares to rise in April</h1><p>" + line + "</p>" + TEXT + "</main>");

    assertThat(page.metadata().date().value()).isEqualTo(published ? "2022-12-23" : null);
  }

  @Property(tries = 20)
  void theImageLogoTheCopyrightLineRepeatsIsTheOutletWhateverLabelsTheSidebar(@ForAll("outlets") String outlet,
      @ForAll("people") String author) {
    HtmlPage page = page("<title>Ferry fares to rise in April</title>", "<table><tr><td colspan=2><a href=\"index.html\"><img src=\"l.gif\" alt=\""
        + outlet + "\"></a></td></tr><tr><td><p><b>MOST READ</b></p><ol><li><a href=\"/a\">Choir wins final</a></li></ol></td><td>"
        + "<font size=5><b>Ferry fares to rise in April</b></font><br><div class=\"byline\">" + author + "</div>" + TEXT
        + "</td></tr><tr><td colspan=2>© 2018 " + outlet + ". All rights reserved.</td></tr></table>");

    assertThat(page.metadata().outlet().value()).isEqualTo(outlet);
    assertThat(page.metadata().author().value()).isEqualTo(author);
  }

  @Property(tries = 20)
  void textSetStraightIntoACellBesideParagraphsIsRead(@ForAll("outlets") String outlet) {
    String loose = "The operator said the money would pay for two new ferries, the first of which is due to enter service next year.";
    HtmlPage page = page("", "<table><tr><td><font size=5><b>Ferry fares to rise in April</b></font><br>" + TEXT + loose
        + "<p>" + outlet + " will follow the story.</p></td></tr></table>");

    assertThat(page.metadata().title().value()).isEqualTo("Ferry fares to rise in April");
    assertThat(page.paragraphs()).anyMatch(paragraph -> paragraph.contains(loose));
  }

  @Provide
  Arbitrary<String> outlets() {
    return Arbitraries.of("Kestrel Valley Times", "Northfield Gazette", "Coral Coast Sentinel", "Brackenmoor Herald");
  }

  @Provide
  Arbitrary<String> people() {
    return Arbitraries.of("Amara Okafor", "Tomasz Wieczorek", "Priya Raghavan", "Kwame Mensah");
  }
}
