package corpussearch.indexer.html;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.extract.FieldValue;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {

  private static final String BODY =
      "<article><p>The council voted on Tuesday to close the old bridge for repairs that engineers say are overdue.</p>"
          + "<p>Traffic will be sent over the northern crossing until the work ends in the spring of next year.</p></article>";

  static HtmlPage page(String head, String body) {
    return page(head, body, null);
  }

  /** A JSON-LD person: {@code {"@type":"Person","name":"…"}}. */
  static String person(String name) {
    return "{\"@type\":\"Person\",\"name\":\"" + name + "\"}";
  }

  static HtmlPage page(String head, String body, String address) {
    String html = "<!doctype html><html><head>" + head + "</head><body>" + body + "</body></html>";
    return HtmlPage.parse(html.getBytes(StandardCharsets.UTF_8), null, address);
  }

  @Test
  void jsonLdNewsArticleGivesEveryField() {
    HtmlPage page = page("""
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
         "headline":"Bridge to close for repairs","datePublished":"2023-04-11T08:30:00-04:00",
         "dateModified":"2023-04-12T10:00:00Z","author":{"@type":"Person","name":"Maria Lopez"},
         "publisher":{"@type":"Organization","name":"The Valley Herald"}}</script>""", BODY);
    assertThat(page.metadata().title()).isEqualTo(FieldValue.of("Bridge to close for repairs", "json-ld"));
    assertThat(page.metadata().author()).isEqualTo(FieldValue.of("Maria Lopez", "json-ld"));
    assertThat(page.metadata().outlet()).isEqualTo(FieldValue.of("The Valley Herald", "json-ld"));
    assertThat(page.metadata().date()).isEqualTo(FieldValue.of("2023-04-11", "json-ld"));
  }

  @Test
  void jsonLdInGraphWithTypeArrayAndSeveralAuthors() {
    HtmlPage page = page("""
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
         {"@type":"WebSite","name":"Site"},
         {"@type":["ReportageNewsArticle","Article"],"headline":"Floods reach the delta",
          "author":[{"@type":"Person","name":"Ana Silva"},"Tom Berg",{"name":"Lee Chan"}],
          "datePublished":"2022-09-30"}]}</script>""", BODY);
    assertThat(page.metadata().title().value()).isEqualTo("Floods reach the delta");
    assertThat(page.metadata().author()).isEqualTo(FieldValue.of("Ana Silva, Tom Berg and Lee Chan", "json-ld"));
    assertThat(page.metadata().date().value()).isEqualTo("2022-09-30");
  }

  @Test
  void jsonLdAuthorAndPublisherByReferenceAndArticleAsMainEntity() {
    HtmlPage page = page("""
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
         {"@type":"WebPage","@id":"https://x.example/p#page","mainEntity":{"@type":"NewsArticle","headline":"Canal reopens",
          "author":{"@id":"https://x.example/#/person/1"},"publisher":{"@id":"https://x.example/#org"},"datePublished":"2023-07-08"}},
         {"@type":"Person","@id":"https://x.example/#/person/1","name":"Rhys Morgan"},
         {"@type":"Organization","@id":"https://x.example/#org","name":"Canal Times"}]}</script>""", BODY);
    assertThat(page.metadata().title()).isEqualTo(FieldValue.of("Canal reopens", "json-ld"));
    assertThat(page.metadata().author()).isEqualTo(FieldValue.of("Rhys Morgan", "json-ld"));
    assertThat(page.metadata().outlet()).isEqualTo(FieldValue.of("Canal Times", "json-ld"));
  }

  @Test
  void brokenJsonLdLeavesTheOtherSourcesToSpeak() {
    HtmlPage page = page("""
        <script type="application/ld+json">{"@type":"NewsArticle", "headline": </script>
        <meta property="og:title" content="Harbour reopens after storm">""", BODY);
    assertThat(page.metadata().title()).isEqualTo(FieldValue.of("Harbour reopens after storm", "og:title"));
  }

  @Test
  void microdataGivesHeadlineAuthorAndDate() {
    HtmlPage page = page("<title>x</title>", """
        <article itemscope itemtype="https://schema.org/NewsArticle">
        <h1 itemprop="headline">Mill closes after ninety years</h1>
        <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jo Brand</span></span>
        <meta itemprop="datePublished" content="2021-02-03">
        <p>The mill that employed half the town shut its gates on Friday, ending ninety years of weaving.</p>
        <p>Workers gathered outside for a last photograph before the machines were switched off for good.</p></article>""");
    assertThat(page.metadata().title()).isEqualTo(FieldValue.of("Mill closes after ninety years", "microdata"));
    assertThat(page.metadata().author()).isEqualTo(FieldValue.of("Jo Brand", "microdata"));
    assertThat(page.metadata().date()).isEqualTo(FieldValue.of("2021-02-03", "microdata"));
  }

  @Test
  void openGraphTags() {
    HtmlPage page = page("""
        <meta property="og:title" content="Schools to stay open"><meta property="og:site_name" content="Daily Courier">
        <meta property="article:published_time" content="2020-06-01T12:00:00Z">
        <meta property="article:author" content="Sam Reed">""", BODY);
    assertThat(page.metadata().title()).isEqualTo(FieldValue.of("Schools to stay open", "og:title"));
    assertThat(page.metadata().outlet()).isEqualTo(FieldValue.of("Daily Courier", "og:site_name"));
    assertThat(page.metadata().date()).isEqualTo(FieldValue.of("2020-06-01", "article:published_time"));
    assertThat(page.metadata().author()).isEqualTo(FieldValue.of("Sam Reed", "article:author"));
  }

  @Test
  void dublinCoreTags() {
    HtmlPage page = page("""
        <meta name="DC.title" content="Rail strike called off"><meta name="DC.creator" content="Priya Patel">
        <meta name="DC.date" content="2019-11-20"><meta name="DC.publisher" content="Northern Echo">""", BODY);
    assertThat(page.metadata().title()).isEqualTo(FieldValue.of("Rail strike called off", "dc-title"));
    assertThat(page.metadata().author()).isEqualTo(FieldValue.of("Priya Patel", "dc-creator"));
    assertThat(page.metadata().date()).isEqualTo(FieldValue.of("2019-11-20", "dc-date"));
    assertThat(page.metadata().outlet()).isEqualTo(FieldValue.of("Northern Echo", "dc-publisher"));
  }

  @Test
  void metaAuthorAndBylMetaTag() {
    assertThat(page("<meta name=\"author\" content=\"Kim Novak\">", BODY).metadata().author())
        .isEqualTo(FieldValue.of("Kim Novak", "meta-author"));
    assertThat(page("<meta name=\"byl\" content=\"By Kim Novak and Lou Reed\">", BODY).metadata().author())
        .isEqualTo(FieldValue.of("Kim Novak and Lou Reed", "meta-byl"));
  }

  @Test
  void timeElementMarkedPublishedBeatsAnUpdateStamp() {
    HtmlPage page = page("<title>Dam plans</title>", """
        <article><header><h1>Dam plans</h1>
        <p>Updated <time class="updated" datetime="2024-01-09T10:00">9 January</time></p>
        <p>Published <time class="published" datetime="2024-01-05T08:00">5 January</time></p></header>"""
        + BODY.substring("<article>".length()));
    assertThat(page.metadata().date()).isEqualTo(FieldValue.of("2024-01-05", "time-datetime"));
  }

  @Test
  void visibleBylines() {
    assertThat(page("", "<a rel=\"author\" href=\"/a\">Nina Simone</a><a rel=\"author\" href=\"/b\">Ray Charles</a>" + BODY)
        .metadata().author()).isEqualTo(FieldValue.of("Nina Simone and Ray Charles", "byline"));
    assertThat(page("", "<div class=\"article-byline\">By Ella Fitz, Staff Writer</div>" + BODY).metadata().author())
        .isEqualTo(FieldValue.of("Ella Fitz", "byline"));
    assertThat(page("", "<p>By Miles Davis</p>" + BODY).metadata().author()).isEqualTo(FieldValue.of("Miles Davis", "byline"));
  }

  @Test
  void titleTagIsTheLastResortWithTheOutletSuffixRemoved() {
    HtmlPage page = page("<title>Ferry fares to rise | The Island Times</title>", "<div>" + BODY + "</div>", "https://www.islandtimes.com/news/ferry");
    assertThat(page.metadata().title()).isEqualTo(FieldValue.of("Ferry fares to rise", "title-tag"));
    assertThat(page.metadata().outlet()).isEqualTo(FieldValue.of("The Island Times", "title-suffix"));
  }

  @Test
  void titleTagWithSectionAndAuthorPartsKeepsOnlyTheHeadline() {
    HtmlPage arts = page("<title>Museum returns carved masks | Arts | The Halvorsen Times</title>", "<div>" + BODY + "</div>",
        "https://www.halvorsentimes.example/arts/masks");
    assertThat(arts.metadata().title()).isEqualTo(FieldValue.of("Museum returns carved masks", "title-tag"));
    assertThat(arts.metadata().outlet()).isEqualTo(FieldValue.of("The Halvorsen Times", "title-suffix"));
    HtmlPage post = page("<title>Why trees cool cities | by Naomi Castellano | Urban Futures | Inkwell</title>", "<div>" + BODY + "</div>",
        "https://inkwell.example/urban-futures/trees");
    assertThat(post.metadata().title().value()).isEqualTo("Why trees cool cities");
  }

  @Test
  void aTitleSuffixThatNamesNeitherSiteNorOutletIsNoOutlet() {
    HtmlPage page = page("<title>Ferry fares to rise - Opinion</title>", BODY, "https://www.islandtimes.com/news/ferry");
    assertThat(page.metadata().title().value()).isEqualTo("Ferry fares to rise");
    assertThat(page.metadata().outlet().isKnown()).isFalse();
  }
}
