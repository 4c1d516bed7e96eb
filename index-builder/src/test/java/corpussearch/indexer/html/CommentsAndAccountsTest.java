package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.extract.FieldValue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Readers' comments, a blog post's account name and a Drupal page's RDFa: whose name and date is whose. */
class CommentsAndAccountsTest {

  private static final String TEXT =
      "<p>Fixing the sagging roof of the township arena will cost about two point four million dollars, according to an engineering report presented to council.</p>"
          + "<p>The arena, built in 1967, was closed in March after staff noticed that two of the wooden roof trusses over the stands had cracked.</p>";

  @Property(tries = 40)
  void aCommentsDateNeverDatesTheArticle(@ForAll("commentContainers") String container, @ForAll("commentDates") String commentDate) {
    String body = "<article><h1>Greenway to open on Saturday after ten years</h1>"
        + "<div class=\"meta submitted\"><span class=\"date-display\">Tue, 03/12/2024 - 10:15</span></div>" + TEXT + "</article>"
        + container.replace("DATE", commentDate);

    // "Tue, 03/12/2024" fits both 12 March and 3 December: the page alone cannot say, so unknown beats the comment's day.
    assertThat(page("", body).metadata().date().value()).isNotEqualTo("2024-03-13");
  }

  @Test
  void rdfaDublinCoreDateOfTheNodeDatesThePageNotTheCommentsOne() {
    String body = "<div class=\"node\"><h1>Greenway to open on Saturday after ten years</h1>"
        + "<span property=\"dc:date dc:created\" content=\"2024-03-12T10:15:00+00:00\" class=\"date-display\">Tue, 03/12/2024 - 10:15</span>"
        + TEXT + "</div><div id=\"comments\" class=\"comment-wrapper\"><div class=\"comment\" typeof=\"sioct:Comment\">"
        + "<span property=\"dc:date dc:created\" content=\"2024-03-13T08:02:00+00:00\">Wed, 03/13/2024 - 08:02</span><p>Great news.</p></div></div>";

    assertThat(page("", body).metadata().date()).isEqualTo(FieldValue.of("2024-03-12", "dc-date"));
  }

  @Property(tries = 10)
  void rdfaLiteSchemaDatesDateThePage(@ForAll("rdfaDateProperties") String property) {
    String body = "<div vocab=\"https://schema.org/\" typeof=\"NewsArticle\"><h1 property=\"headline\">Greenway to open on Saturday after ten years</h1>"
        + "<span property=\"" + property + "\" content=\"2024-03-12T10:15:00+00:00\">Tue, 03/12/2024</span>" + TEXT + "</div>";

    assertThat(page("", body).metadata().date()).isEqualTo(FieldValue.of("2024-03-12", "microdata"));
  }

  @Provide
  Arbitrary<String> rdfaDateProperties() {
    return Arbitraries.of("datePublished", "schema:datePublished");
  }

  @Property(tries = 40)
  void aPostedLabelBeatsTheMastheadsDateOfToday(@ForAll("postedLabels") String label, @ForAll("spelledDates") String posted) {
    String body = "<table><tr><td class=\"masthead\"><div class=\"mastdate\"><span>Wednesday, March 05, 2008</span> | <a href=\"/w\">Weather</a></div></td></tr>"
        + "<tr><td class=\"content\"><span class=\"headline\">County board approves rezoning for ethanol plant</span><br />"
        + "<span class=\"storydate\">" + label + " " + posted + "</span><br />" + TEXT + "</td></tr></table>";

    assertThat(page("", body).metadata().date()).isEqualTo(FieldValue.of("2008-03-04", "shown-date"));
  }

  @Test
  void aHeadlineSpanOnItsOwnLineOfATableCellIsTheTitle() {
    String body = "<table><tr><td class=\"content\"><span class=\"sectionhead\">LOCAL NEWS</span><br />"
        + "<span id=\"ctl00_lblHeadline\" class=\"headline\">County board approves rezoning for ethanol plant</span><br />"
        + "<span class=\"byline\">By Earl T. Hobbs<br />Herald Staff Writer</span><br />" + TEXT + "</td></tr></table>";

    HtmlPage page = page("<title>Herald Online :: Ethanol plant wins zoning OK</title>", body);

    assertThat(page.metadata().title()).isEqualTo(FieldValue.of("County board approves rezoning for ethanol plant", "emphasised-headline"));
    assertThat(page.metadata().author()).isEqualTo(FieldValue.of("Earl T. Hobbs", "byline"));
  }

  @Property(tries = 40)
  void aPostsAccountNameIsItsAuthorButCommentersAndLoginsAreNot(
      @ForAll("personNames") String writer, @ForAll("personNames") String commenter, @ForAll("accountMarkup") String markup) {
    String body = "<article><div class=\"post-header\">" + markup.replace("NAME", writer) + "<span class=\"date\">Jun 7, 2024</span></div>"
        + "<h1>Arena roof repairs will cost more than planned</h1>" + TEXT + "</article>"
        + "<section data-hook=\"comments-section\"><div data-hook=\"comment\">" + markup.replace("NAME", commenter) + "<p>Worth it.</p></div></section>";

    assertThat(page("", body).metadata().author()).isEqualTo(FieldValue.of(writer, "user-name"));
  }

  @Test
  void aWriterWhoAnswersInTheCommentsIsStillTheAuthor() {
    aPostsAccountNameIsItsAuthorButCommentersAndLoginsAreNot("Lorne Beaudry", "Lorne Beaudry", "<div class=\"profile-name\">NAME</div>");
  }

  @Test
  void aLoginHandleOnTheAccountElementIsNoAuthor() {
    String body = "<article><span class=\"username\">ccnewsdesk</span><h1>Arena roof repairs will cost more than planned</h1>" + TEXT + "</article>";

    assertThat(page("", body).metadata().author().isKnown()).isFalse();
  }

  @Property(tries = 30)
  void aStoryListsTimesNeverDateTheArticle(@ForAll("teaserLists") String list, @ForAll boolean listFirst) {
    String story = "<div class=\"center\"><h1>Arena roof repairs will cost more than planned</h1>"
        + "<p class=\"dates\">First published: 10 March 2024 · Last updated: 12 March 2024</p>" + TEXT + "</div>";
    String body = listFirst ? list + story : story + list;

    assertThat(page("", body).metadata().date()).isEqualTo(FieldValue.of("2024-03-10", "shown-date"));
  }

  @Property(tries = 40)
  void aBylineThatEndsInTheOutletsNameGivesTheWriter(
      @ForAll("personNames") String writer, @ForAll boolean capitals, @ForAll("outletJoins") String join, @ForAll boolean inMeta) {
    String shown = capitals ? writer.toUpperCase(java.util.Locale.ROOT) : writer;
    String byline = "By " + shown + join + "Bay Journal";
    String head = "<meta property=\"og:site_name\" content=\"Bay Journal\">" + (inMeta ? "<meta name=\"author\" content=\"" + byline + "\">" : "");
    String body = "<article><h1>Arena roof repairs will cost more than planned</h1><span class=\"tnt-byline\">" + byline + "</span>" + TEXT + "</article>";

    assertThat(page(head, body).metadata().author().value()).isEqualToIgnoringCase(writer);
  }

  @Provide
  Arbitrary<String> outletJoins() {
    return Arbitraries.of(" ", ", ", " | ", " - ", " of the ");
  }

  @Provide
  Arbitrary<String> teaserLists() {
    return Arbitraries.of(
        "<div class=\"left-rail\"><h3>Latest</h3><ul><li><a href=\"/a\">Ferry fares to rise</a> <time datetime=\"2024-03-14T08:00\">2h ago</time></li></ul></div>",
        "<aside><a href=\"/b\">Council rates set</a><time datetime=\"2024-03-13\">Yesterday</time></aside>",
        "<footer><ul><li><a href=\"/c\">Port strike ends</a><br><time datetime=\"2024-02-01\">1 Feb</time></li></ul></footer>");
  }

  @Provide
  Arbitrary<String> commentContainers() {
    return Arbitraries.of(
        "<div id=\"comments\"><p class=\"comment-time\">DATE</p><p>Fantastic news.</p></div>",
        "<section data-hook=\"comments-section\"><span class=\"date\">DATE</span><p>Fantastic news.</p></section>",
        "<div class=\"thread\"><div typeof=\"sioc:Post sioct:Comment\"><span class=\"date\">DATE</span><p>Fantastic news.</p></div></div>",
        "<ol class=\"commentlist\"><li><span class=\"posted\">DATE</span><p>Fantastic news.</p></li></ol>");
  }

  @Provide
  Arbitrary<String> commentDates() {
    return Arbitraries.of("Wed, 03/13/2024 - 08:02", "03/13/2024 8:02 AM", "March 13, 2024", "13 March 2024");
  }

  @Provide
  Arbitrary<String> postedLabels() {
    return Arbitraries.of("Posted:", "Posted", "Published:", "Posted on", "Published");
  }

  @Provide
  Arbitrary<String> spelledDates() {
    return Arbitraries.of("Tuesday, March 4, 2008 12:00 AM CST", "March 4, 2008", "4 March 2008", "Tue, Mar 4, 2008");
  }

  @Provide
  Arbitrary<String> personNames() {
    Arbitrary<String> given = Arbitraries.of("Lorne", "Amaka", "Siobhán", "Tomasz", "Priya", "Hēmi", "Jean-Luc", "Marisol");
    Arbitrary<String> family = Arbitraries.of("Beaudry", "Okonkwo", "Keady", "Wiśniewski", "Raman", "Ngata", "Dubois", "Ortega-Vidal");
    return Combinators.combine(given, family).as((g, f) -> g + " " + f);
  }

  @Provide
  Arbitrary<String> accountMarkup() {
    return Arbitraries.of(
        "<span data-hook=\"user-name\" class=\"user-name\"><span>NAME</span></span>",
        "<a class=\"username\" href=\"/profile/x\">NAME</a>",
        "<div class=\"profile-name\">NAME</div>",
        "<span class=\"display-name\">NAME</span>");
  }
}
