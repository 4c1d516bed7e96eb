package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.extract.FieldValue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** A date in the page's address dates it when the page states none, and never overrides one it states. */
class AddressDateTest {
  private static final String BODY =
      "<article><h1>Anglers told to pull ice shanties early</h1>"
          + "<p>State officials are urging anglers to remove ice shanties from the lake by Sunday, a week early.</p>"
          + "<p>Ice thickness at several test holes had dropped below four inches, the department said.</p></article>";

  @Property(tries = 60)
  void aDateInThePathDatesAPageThatStatesNone(@ForAll @IntRange(min = 0, max = 6000) int day, @ForAll("paths") String pattern) {
    LocalDate date = LocalDate.of(2008, 1, 1).plusDays(day);
    String path = date.format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH)).toLowerCase(Locale.ROOT);
    HtmlPage page = page("", BODY, "https://www.wklr.example/news/" + path + "/anglers-told-to-pull-ice-shanties-early");

    assertThat(page.metadata().date()).isEqualTo(FieldValue.of(date.toString(), "url-date"));
  }

  @Property(tries = 30)
  void aStatedDateWinsOverThePath(@ForAll @IntRange(min = 0, max = 6000) int day) {
    LocalDate date = LocalDate.of(2008, 1, 1).plusDays(day);
    HtmlPage page = page("<meta property=\"article:published_time\" content=\"" + date + "T09:00:00-05:00\">", BODY,
        "https://www.wklr.example/news/" + date.plusDays(1).toString().replace('-', '/') + "/anglers");

    assertThat(page.metadata().date().value()).isEqualTo(date.toString());
  }

  @Property(tries = 20)
  void aYearAndMonthOrAnArticleNumberIsNoDate(@ForAll("undated") String path) {
    HtmlPage page = page("", BODY, "https://www.wklr.example/" + path);

    assertThat(page.metadata().date().isKnown()).isFalse();
  }

  @Provide
  Arbitrary<String> paths() {
    return Arbitraries.of("yyyy/MM/dd", "yyyy-MM-dd", "yyyy/MMM/dd");
  }

  @Provide
  Arbitrary<String> undated() {
    return Arbitraries.of("news/2023/11/anglers-told", "news/23987412.anglers-told/", "2021/anglers", "news/article_2024-3-8");
  }
}
