package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.extract.FieldValue;
import org.junit.jupiter.api.Test;

/** Pages that declare little: what a reader sees has to do. */
class VisibleSignalsTest {

  private static final String TEXT =
      "<p>A fire that broke out late on Saturday destroyed most of the old woollen mill on River Road, the largest building in town.</p>"
          + "<p>No one was hurt, fire officials said, but the blaze could be seen from three miles away and burned for most of the night.</p>";

  @Test
  void legacyTablePageGivesHeadlineBylineDateAndOutletFromItsText() {
    HtmlPage page = page("<TITLE>Weekly Echo - News</TITLE>", """
        <TABLE><TR><TD><B>SECTIONS</B><BR><A HREF="/a">Front Page</A><BR><A HREF="/b">Sports</A></TD>
        <TD><P><FONT SIZE="1">Week of Wednesday, March 15, 2006 &middot; Vol. 41, No. 11</FONT></P>
        <P><FONT SIZE="5"><B>Fire guts former woollen mill; no one hurt</B></FONT></P>
        <P><I>By Raymond Szabo<BR>Echo Correspondent</I></P>""" + TEXT + """
        </TD></TR><TR><TD COLSPAN="2">Copyright &copy; 2006 Weekly Echo. Webmaster: webmaster@echo.example</TD></TR></TABLE>""");
    assertThat(page.metadata().title()).isEqualTo(FieldValue.of("Fire guts former woollen mill; no one hurt", "emphasised-headline"));
    assertThat(page.metadata().author()).isEqualTo(FieldValue.of("Raymond Szabo", "byline"));
    assertThat(page.metadata().date()).isEqualTo(FieldValue.of("2006-03-15", "shown-date"));
    assertThat(page.metadata().outlet().value()).isEqualTo("Weekly Echo");
  }

  @Test
  void bylineElementPrefersItsAuthorLinkOverTheJobTitleAfterIt() {
    HtmlPage page = page("", "<h1>Hosepipe ban extended to three districts</h1><div class=\"author\"><span>"
        + "<a href=\"/authors/gemma-pritchard/\">Gemma Pritchard</a> Local Democracy Reporter</span></div>" + TEXT);
    assertThat(page.metadata().author()).isEqualTo(FieldValue.of("Gemma Pritchard", "byline"));
  }

  @Test
  void bylineLabelsAndTrailingAddresses() {
    assertThat(page("", "<p class=\"byline\">Words: Femi Adebayo</p>" + TEXT).metadata().author().value()).isEqualTo("Femi Adebayo");
    assertThat(page("", "<ul class=\"asset-byline\"><li>By Corinne Blackwell <a href=\"mailto:cb@x.example\">cb@x.example</a></li></ul>" + TEXT)
        .metadata().author().value()).isEqualTo("Corinne Blackwell");
  }

  @Test
  void shownDateSkipsTheUpdateStamp() {
    HtmlPage page = page("", "<div class=\"time-container\"><span class=\"time-info\">11:02, 17 AUG 2022</span>"
        + "<span class=\"time-info\">Updated 16:40, 19 AUG 2022</span></div>" + TEXT);
    assertThat(page.metadata().date()).isEqualTo(FieldValue.of("2022-08-17", "shown-date"));
  }

  @Test
  void outletInitialsAreSpelledOutAndTheSpelledOutNameIsNoAuthor() {
    HtmlPage page = page("<meta name=\"author\" content=\"Baltic News Agency\"><meta name=\"publisher\" content=\"Baltic News Agency\">"
        + "<meta property=\"og:site_name\" content=\"BNA\">", "<div class=\"author\">Ilze Kalnina, BNA</div>" + TEXT);
    assertThat(page.metadata().outlet()).isEqualTo(FieldValue.of("Baltic News Agency", "meta-publisher"));
    assertThat(page.metadata().author()).isEqualTo(FieldValue.of("Ilze Kalnina", "byline"));
  }

  @Test
  void siteHeaderH1IsNotTheHeadline() {
    HtmlPage page = page("<meta property=\"og:title\" content=\"Ferry fares rise again\">",
        "<header><h1>The Island Times Daily Edition</h1></header>" + TEXT);
    assertThat(page.metadata().title()).isEqualTo(FieldValue.of("Ferry fares rise again", "og:title"));
  }

  @Test
  void aDeclaredHeadlineThatAgreesWithTheH1IsReportedAsItsSource() {
    HtmlPage page = page("<meta property=\"og:title\" content=\"Ferry fares rise again | Island Times\"><meta property=\"og:site_name\" content=\"Island Times\">",
        "<article><h1>Ferry fares rise again</h1>" + TEXT + "</article>");
    assertThat(page.metadata().title()).isEqualTo(FieldValue.of("Ferry fares rise again", "og:title"));
  }
}
