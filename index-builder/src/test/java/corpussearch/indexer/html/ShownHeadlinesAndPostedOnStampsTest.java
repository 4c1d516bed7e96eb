package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round 35's HTML pages, generated: a news extension without an {@code <h1>} that shows its
 * microdata headline in a smaller heading, under a shorter JSON-LD and OpenGraph headline written
 * for search; a WordPress "posted-on" span that sets the update's {@code <time>} before the
 * published one; a picture's credit in an element whose class says "author".
 */
class ShownHeadlinesAndPostedOnStampsTest {

  private static final String TEXT =
      "<p>Police arrested three men in coordinated raids on Wednesday evening, the security service said on Thursday.</p>"
          + "<p>Investigators seized weapons parts, several phones and a sketch of the area around the building, officials said.</p>";

  /** "Police foil synagogue plot" declared, "Danish police foil suspected plot against Copenhagen synagogue" shown. */
  @Property(tries = 40)
  void aShownMicrodataHeadlineWinsOverAShorterDeclaredOne(@ForAll("headlines") String shown, @ForAll("headingTags") String tag) {
    String declared = String.join(" ", Arrays.copyOf(shown.split(" "), 3));
    String head = "<title>" + declared + " - The Harbour Observer</title><meta property=\"og:title\" content=\"" + declared + "\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + declared + "\"}</script>";
    String body = "<div class=\"article\" itemscope itemtype=\"http://schema.org/Article\"><div class=\"header\"><" + tag
        + " itemprop=\"headline\">" + shown + "</" + tag + "></div>" + TEXT + "</div>";

    assertThat(page(head, body).metadata().title().value()).isEqualTo(shown);
  }

  /** A microdata headline in a meta tag, shown nowhere, does not outrank the declared one. */
  @Property(tries = 20)
  void aHiddenMicrodataHeadlineDoesNotOutrankJsonLd(@ForAll("headlines") String hidden) {
    String declared = "Police foil synagogue plot";
    String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + declared + "\"}</script>";
    String body = "<div itemscope itemtype=\"http://schema.org/Article\"><meta itemprop=\"headline\" content=\"" + hidden + "\"><h2>"
        + declared + "</h2>" + TEXT + "</div>";

    assertThat(page(head, body).metadata().title().value()).isEqualTo(declared);
  }

  /**
   * {@code <span class="posted-on"><time class="updated">June 19</time><time class="published">June 18</time></span>}:
   * the published day, also when the UTC timestamp falls a day off the shown one.
   */
  @Property(tries = 60)
  void thePublishedTimeBesideAnEarlierPrintedUpdateGivesTheDay(@ForAll("localTimes") LocalDateTime posted, @ForAll("offsets") int hours,
      @ForAll("updateClasses") String updateClass) {
    LocalDateTime updated = posted.plusDays(1);
    LocalDateTime utc = posted.minusHours(hours);
    DateTimeFormatter shown = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    String stamps = "<span class=\"posted-on\"><time class=\"" + updateClass + "\" datetime=\"" + updated + "\">" + shown.format(updated)
        + "</time><time class=\"entry-date published\" datetime=\"" + utc.atOffset(ZoneOffset.UTC) + "\" itemprop=\"datePublished\">"
        + shown.format(posted) + "</time></span>";
    String body = "<article><h1 class=\"entry-title\">Europol report finds growing share of plots</h1><div class=\"entry-meta\">" + stamps
        + " <span class=\"byline\">by Paolo Ferrante</span></div>" + TEXT + "</article>";

    assertThat(page("", body).metadata().date().value()).as(stamps).isEqualTo(posted.toLocalDate().toString());
  }

  /** {@code <div class="news-detail-photo-author">Photo: Outlet / Name</div>}: a class that says "author" around a picture's credit. */
  @Property(tries = 20)
  void aPicturesCreditInAnAuthorClassIsNoByline(@ForAll("photographers") String photographer) {
    String body = "<div class=\"news-detail\"><h1>Kazakhstan launches hotline for parents</h1><div class=\"news-detail-photo-author\">Photo: "
        + "Astana Daily Monitor / " + photographer + "</div>" + TEXT + "</div>";

    assertThat(page("", body).metadata().author().value()).isNotEqualTo(photographer);
  }

  @Provide
  Arbitrary<String> photographers() {
    return Arbitraries.of("Yerzhan Tulegenov", "Jonas Friis", "Marta Kowalska");
  }

  @Provide
  Arbitrary<String> headlines() {
    return Arbitraries.of("Danish police foil suspected plot against Copenhagen synagogue",
        "Court jails two men over planned attack on Vienna concert", "Police arrest teenagers suspected of planning attack on festival");
  }

  @Provide
  Arbitrary<String> headingTags() {
    return Arbitraries.of("h2", "h3", "h4");
  }

  @Provide
  Arbitrary<LocalDateTime> localTimes() {
    return Combinators.combine(Arbitraries.integers().between(2018, 2025), Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 27),
        Arbitraries.integers().between(0, 5)).as((year, month, day, hour) -> LocalDateTime.of(year, month, day, hour, 10));
  }

  /** Offsets east of Greenwich that put an early-morning story on the day before in UTC, and none. */
  @Provide
  Arbitrary<Integer> offsets() {
    return Arbitraries.of(0, 8, 10, 12);
  }

  @Provide
  Arbitrary<String> updateClasses() {
    return Arbitraries.of("updated", "entry-date updated", "modified");
  }
}
