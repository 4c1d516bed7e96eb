package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A meta line sets the byline, the date and the view count in adjacent spans that only styling
 * separates; its text runs them together ("Par Awa TraoréPublié le 26 octobre 2026"). The byline
 * ends where the next span starts: the writer is the name alone, a newsroom's label names nobody,
 * and names a byline links with a comma or "and" between them are all still read.
 */
class GluedMetaLineTest {

  private static final String PARAGRAPHS =
      "<p>Several hundred displaced pupils went back to class on Monday in temporary classrooms set up on land lent by the town hall.</p>"
          + "<p>The regional education office said 1,840 pupils from districts hit by the violence had enrolled since the start of term.</p>";

  @Property(tries = 60)
  void theWriterEndsWhereTheDateSpanStarts(@ForAll("people") String writer, @ForAll("labels") String label, @ForAll("dates") String date) {
    HtmlPage page = page("", article(metaLine(label, "<a href=\"/equipe/writer\">" + writer + "</a>", date)));

    assertThat(page.metadata().author().value()).isEqualTo(writer);
  }

  @Property(tries = 40)
  void aNewsroomLabelBesideTheDateNamesNobody(@ForAll("newsrooms") String newsroom, @ForAll("labels") String label, @ForAll("dates") String date) {
    HtmlPage page = page("", article(metaLine(label, "<a href=\"/equipe/desk\">" + newsroom + "</a>", date)));

    assertThat(page.metadata().author().isKnown()).as(page.metadata().author().toString()).isFalse();
  }

  @Property(tries = 40)
  void linkedNamesWithSeparatorsBetweenThemAreAllRead(@ForAll("people") String first, @ForAll("people") String second, @ForAll("joiners") String joiner,
      @ForAll("dates") String date) {
    net.jqwik.api.Assume.that(!first.equals(second));
    String names = "<a href=\"/equipe/a\">" + first + "</a>" + joiner + "<a href=\"/equipe/b\">" + second + "</a>";
    HtmlPage page = page("", article(metaLine("By", names, date)));

    assertThat(page.metadata().author().value()).as(names + " / " + date).contains(first, second).doesNotContain("Publi", "Posted", "2026", "views");
  }

  private static String metaLine(String label, String names, String date) {
    return "<div class=\"post-meta\"><span class=\"meta-item\">" + label + " " + names + "</span><span class=\"meta-item\">" + date
        + "</span><span class=\"meta-item\">3 512 views</span></div>";
  }

  private static String article(String metaLine) {
    return "<article><h1>Displaced pupils return to class in temporary schools</h1>" + metaLine + PARAGRAPHS + "</article>";
  }

  @Provide
  Arbitrary<String> people() {
    return Arbitraries.of("Awa Traoré", "Jane Doe", "Moussa Kaboré", "Lotte Peeters", "Daniel Okafor", "Aminata Sow", "Pierre Dubreuil");
  }

  @Provide
  Arbitrary<String> newsrooms() {
    return Arbitraries.of("La Rédaction", "Staff", "Redaction", "The Editors");
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("Par", "By", "par");
  }

  @Provide
  Arbitrary<String> dates() {
    return Arbitraries.of("Publié le 26 octobre 2026", "Published October 26, 2026", "Posted 26 Oct 2026", "26 octobre 2026");
  }

  @Provide
  Arbitrary<String> joiners() {
    return Arbitraries.of(", ", " and ", " & ");
  }
}
