package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.extract.FieldValue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Declared values that need the rest of the page to be read right: a UTC timestamp whose day is
 * not the newsroom's, a publisher stated as an item of its own, a blog's name before the headline
 * in its {@code <title>}.
 */
class DeclaredButMisleadingTest {

  private static final LocalDate FIRST_DAY = LocalDate.of(2008, 1, 1);

  private static final String PARAGRAPHS =
      "<p>Fares on every island route will rise by eight per cent from April, the operator said on Monday.</p>"
          + "<p>Residents' groups said the rise would fall hardest on people who commute to the mainland each day.</p>";

  @Property(tries = 40)
  void aUtcTimestampTakesTheDayThePageShowsWhenItIsOneDayOff(
      @ForAll @IntRange(min = 0, max = 5475) int day, @ForAll @IntRange(min = 0, max = 1) int utcDayAhead, @ForAll boolean shownDayMatches) {
    LocalDate local = FIRST_DAY.plusDays(day);
    LocalDate utc = local.plusDays(utcDayAhead);
    String shown = (shownDayMatches ? local : utc).format(DateTimeFormatter.ofPattern("MMM. d, yyyy", Locale.ENGLISH));
    HtmlPage page = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry fares to rise\","
        + "\"datePublished\":\"" + utc + "T02:15:00Z\"}</script>",
        "<article><h1>Ferry fares to rise</h1><div class=\"byline\">" + shown + " 7:15 p.m. PT</div>" + PARAGRAPHS + "</article>");

    LocalDate expected = shownDayMatches ? local : utc;
    assertThat(page.metadata().date().value()).isEqualTo(expected.toString());
  }

  @Property(tries = 20)
  void aTimestampWithItsOwnOffsetIsAlreadyLocal(@ForAll @IntRange(min = 0, max = 5475) int day) {
    LocalDate date = FIRST_DAY.plusDays(day);
    String shown = date.plusDays(1).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    HtmlPage page = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry fares to rise\","
        + "\"datePublished\":\"" + date + "T23:15:00-07:00\"}</script>",
        "<article><h1>Ferry fares to rise</h1><div class=\"dateline\">" + shown + "</div>" + PARAGRAPHS + "</article>");

    assertThat(page.metadata().date()).isEqualTo(FieldValue.of(date.toString(), "json-ld"));
  }

  @Property(tries = 20)
  void aMicrodataPublisherItemGivesItsName(@ForAll("outlets") String outlet) {
    HtmlPage page = page("<title>Ferry fares to rise | " + outlet + "</title>",
        "<header><a class=\"logo\" href=\"/\">" + outlet + "</a><ul><li><a href=\"/news\">News</a></li></ul></header>"
            + "<article itemscope itemtype=\"https://schema.org/NewsArticle\">"
            + "<div itemprop=\"publisher\" itemscope itemtype=\"https://schema.org/NewsMediaOrganization\">"
            + "<meta itemprop=\"name\" content=\"" + outlet + "\"></div>"
            + "<h1 itemprop=\"headline\">Ferry fares to rise</h1>" + PARAGRAPHS + "</article>");

    assertThat(page.metadata().outlet()).isEqualTo(FieldValue.of(outlet, "microdata"));
  }

  @Property(tries = 30)
  void aBlogNameBeforeTheShownHeadlineIsTheOutletAndNotPartOfTheTitle(
      @ForAll("outlets") String blog, @ForAll("separators") String separator) {
    String headline = "The bittern is back at the reserve";
    HtmlPage page = page("<title>" + blog + separator + headline + "</title>"
            + "<meta property=\"og:title\" content=\"" + blog + separator + headline + "\">",
        "<header><h1 class=\"title\"><a href=\"/\">" + blog + "</a></h1></header>"
            + "<div class=\"post\"><h3 class=\"post-title\">" + headline + "</h3>" + PARAGRAPHS + "</div>",
        "https://someblog.blogspot.example/2021/05/post.html");

    assertThat(page.metadata().title().value()).isEqualTo(headline);
    assertThat(page.metadata().outlet()).isEqualTo(FieldValue.of(blog, "title-prefix"));
  }

  @Property(tries = 20)
  void aKickerBeforeAColonIsNotTakenForTheOutletWithoutAShownHeading(@ForAll("outlets") String outlet) {
    HtmlPage page = page("<title>Rail strike: commuters face a week of disruption</title>",
        "<article><p><b>Rail strike</b></p>" + PARAGRAPHS + "</article>");

    assertThat(page.metadata().outlet().value()).isNotEqualTo("Rail strike");
  }

  @Property(tries = 30)
  void aLoginHandleOrADeskInTheAuthorTagGivesWayToTheVisibleByline(
      @ForAll("placeholders") String account, @ForAll("people") String person) {
    HtmlPage page = page("<meta name=\"author\" content=\"" + account + "\">",
        "<article><h1>Ferry fares to rise</h1><div class=\"entry-meta\"><span class=\"byline\"> by <span class=\"author vcard\">"
            + "<a class=\"url fn n\" href=\"/author/x/\">" + person + "</a></span></span></div>" + PARAGRAPHS + "</article>");

    assertThat(page.metadata().author()).isEqualTo(FieldValue.of(person, "byline"));
  }

  @Property(tries = 30)
  void anOutletsAccountAsTheJsonLdAuthorGivesWayToTheVisibleByline(@ForAll("accounts") String account, @ForAll("people") String person) {
    HtmlPage page = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry fares to rise\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\"" + account + "\"}}</script>",
        "<article><h1>Ferry fares to rise</h1><div class=\"amp-wp-byline\"><span class=\"amp-wp-author author vcard\">" + person + "</span></div>"
            + PARAGRAPHS + "</article>");

    assertThat(page.metadata().author().value()).isEqualTo(person);
  }

  @Property(tries = 30)
  void anEditorInTheAuthorTagGivesWayToTheWriterTheAboutTheAuthorBoxDescribes(@ForAll("people") String writer, @ForAll("editorRoles") String role) {
    HtmlPage page = page("<meta name=\"author\" content=\"Gráinne Kelly, " + role + "\">",
        "<article><h1>Ferry fares to rise</h1>" + PARAGRAPHS + "<div class=\"author-box\"><h4>About the author</h4><p>" + writer
            + " writes about transport and the border economy for the Quarterly. She lives in Moville.</p></div></article>");

    assertThat(page.metadata().author()).isEqualTo(FieldValue.of(writer, "author-cards"));
  }

  @Property(tries = 30)
  void aBioBoxPresentingOneOfTwoMetaAuthorsKeepsBoth(
      @ForAll("people") String first, @ForAll("people") String second, @ForAll boolean aboutFirst, @ForAll boolean nameFirst, @ForAll("bioBoxes") String box) {
    Assume.that(!first.equals(second));
    String presented = aboutFirst ? first : second;
    String bio = nameFirst ? "<h5>" + presented + "</h5><p>Staff Reporter</p><p>She covers transport and the border economy.</p>"
        : "<h4>About the author</h4><p>" + presented + " writes about transport and the border economy for the Quarterly.</p>";
    HtmlPage page = page("<meta name=\"author\" content=\"" + first + ", " + second + "\">",
        "<article><h1>Ferry fares to rise</h1>" + PARAGRAPHS + "<div class=\"" + box + "\">" + bio + "</div></article>");

    assertThat(page.metadata().author().value()).isEqualTo(first + " and " + second);
  }

  @Provide
  Arbitrary<String> bioBoxes() {
    return Arbitraries.of("author-box", "card-author", "author-bio", "about-the-author", "post-author-box", "td-author-box");
  }

  @Provide
  Arbitrary<String> accounts() {
    return Arbitraries.of("TTBN Web", "Herald Online", "Courier Admin", "KSBT Digital", "Web Desk");
  }

  @Provide
  Arbitrary<String> editorRoles() {
    return Arbitraries.of("Editor", "Managing Editor", "Editor-in-Chief", "Online Editor");
  }

  @Property(tries = 30)
  void aBylineBlockMarkedByADataAttributeGivesTheNameWithoutThePlaceBesideIt(
      @ForAll("people") String person, @ForAll("outlets") String outlet) {
    HtmlPage page = page("",
        "<article><h1>Ferry fares to rise</h1><div data-component=\"byline-block\"><div><span>" + person + "</span><span>"
            + outlet + ", Norwich</span></div></div>" + PARAGRAPHS + "</article>");

    assertThat(page.metadata().author().value()).isEqualTo(person);
  }

  @Property(tries = 30)
  void aShownPublishedAndUpdatedLineGivesThePublishedDay(@ForAll @IntRange(min = 0, max = 5475) int day) {
    LocalDate date = FIRST_DAY.plusDays(day);
    DateTimeFormatter long_ = DateTimeFormatter.ofPattern("HH:mm 'BST', EEEE, d MMMM yyyy", Locale.ENGLISH);
    String line = "Published " + date.atTime(12, 0).format(long_) + " | Updated " + date.plusDays(1).atTime(13, 0).format(long_);
    HtmlPage page = page("<title>Ferry fares to rise | Island Times</title>",
        "<div class=\"story\"><h1>Ferry fares to rise</h1><div class=\"meta\">" + line + "</div>" + PARAGRAPHS + "</div>");

    assertThat(page.metadata().date().value()).isEqualTo(date.toString());
  }

  @Provide
  Arbitrary<String> placeholders() {
    return Arbitraries.of("admin", "jsmith", "web_editor", "Editorial Staff", "Newsroom", "Web Desk", "Administrator", "TTBN Web",
        "Herald Online", "KSBT Digital", "Courier Admin");
  }

  @Provide
  Arbitrary<String> people() {
    return Arbitraries.of("Nadia Mensah", "Ana Saidova", "Jean-Luc Okafor", "Hye-jin Park", "Tobias van der Berg");
  }

  @Provide
  Arbitrary<String> outlets() {
    return Arbitraries.of("The Marsh Watcher", "Evening Standard-Gazette", "Fenland Notes", "The Quiet Kitchen");
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(": ", " | ", " - ", " · ");
  }
}
