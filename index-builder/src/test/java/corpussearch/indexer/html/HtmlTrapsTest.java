package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.extract.FieldValue;
import org.junit.jupiter.api.Test;

/** The ways a page misleads a naive reader of its metadata. */
class HtmlTrapsTest {

  private static final String BODY =
      "<article><h1>Ferry fares to rise in April</h1><p>Fares on every island route will rise by eight per cent from April, the operator said on Monday.</p>"
          + "<p>Residents' groups said the rise would fall hardest on people who commute to the mainland each day.</p></article>";

  @Test
  void metaAuthorThatIsAnAddressIsRejected() {
    HtmlPage page = page("<meta property=\"article:author\" content=\"https://www.facebook.com/islandtimes\">"
        + "<meta name=\"author\" content=\"Ruth Gale\">", BODY);
    assertThat(page.metadata().author()).isEqualTo(FieldValue.of("Ruth Gale", "meta-author"));
  }

  @Test
  void metaAuthorThatIsTheOutletIsRejected() {
    HtmlPage page = page("<meta property=\"og:site_name\" content=\"The Island Times\"><meta name=\"author\" content=\"Island Times\">", BODY);
    assertThat(page.metadata().author().isKnown()).isFalse();
    assertThat(page.metadata().outlet().value()).isEqualTo("The Island Times");
  }

  @Test
  void headlineComesFromTheH1WhenTheTitleTagDiffers() {
    HtmlPage page = page("<title>Ferries: prices up - Island Times breaking news and weather</title>", BODY);
    assertThat(page.metadata().title()).isEqualTo(FieldValue.of("Ferry fares to rise in April", "h1"));
  }

  @Test
  void ogTitleWithTheOutletAppendedLosesIt() {
    HtmlPage page = page("<meta property=\"og:site_name\" content=\"Island Times\">"
        + "<meta property=\"og:title\" content=\"Ferry fares to rise in April | Island Times\">", BODY);
    assertThat(page.metadata().title()).isEqualTo(FieldValue.of("Ferry fares to rise in April", "og:title"));
  }

  @Test
  void modifiedDateNeverStandsInForThePublishedOne() {
    HtmlPage page = page("""
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry fares to rise in April",
        "dateModified":"2024-03-02","datePublished":"2024-02-27"}</script>
        <meta property="article:modified_time" content="2024-03-02">""", BODY);
    assertThat(page.metadata().date()).isEqualTo(FieldValue.of("2024-02-27", "json-ld"));
  }

  @Test
  void onlyAModifiedDateMeansTheDateIsUnknown() {
    HtmlPage page = page("<meta property=\"article:modified_time\" content=\"2024-03-02\">",
        "<p>Updated <time datetime=\"2024-03-02\">2 March</time></p>" + BODY);
    assertThat(page.metadata().date().isKnown()).isFalse();
  }
}
