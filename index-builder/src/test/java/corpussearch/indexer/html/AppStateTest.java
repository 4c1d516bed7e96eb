package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlMetadataTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.extract.ArticleMetadata;
import corpussearch.indexer.extract.FieldValue;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A script-rendered page (Next.js and the like) states its article only in the JSON it embeds for
 * the browser, under names of its own choosing, nested anywhere; its <div>s carry no meaning.
 */
class AppStateTest {
  private static final String BODY =
      "<div id=\"__next\"><div class=\"c1\"><h1>Anglers told to pull shanties early</h1><div class=\"c2\">"
          + "<p>State officials are urging anglers to remove ice shanties from the lake by Sunday, a week early.</p>"
          + "<p>Ice thickness at several test holes had dropped below four inches, the department said.</p></div></div></div>";

  @Property(tries = 60)
  void theEmbeddedStateGivesAuthorsOutletAndDateUnderAnyOfTheUsualNames(
      @ForAll @IntRange(min = 0, max = 6000) int day, @ForAll("dateKeys") String dateKey, @ForAll("authorShapes") String authors,
      @ForAll @IntRange(min = 0, max = 3) int depth) {
    LocalDate date = LocalDate.of(2008, 1, 1).plusDays(day);
    String article = "{\"title\":\"Anglers told to pull shanties early\",\"" + dateKey + "\":\"" + date + "T10:15:00-06:00\","
        + "\"updatedAt\":\"" + date.plusDays(3) + "T08:00:00Z\",\"authors\":" + authors + ",\"publisher\":{\"name\":\"WKLR\"}}";
    String state = article;
    for (int i = 0; i < depth; i++) {
      state = "{\"props\":{\"pageProps\":{\"data\":[" + state + "]}}}";
    }
    ArticleMetadata metadata = page("<script id=\"__NEXT_DATA__\" type=\"application/json\">" + state + "</script>", BODY).metadata();

    assertThat(metadata.date()).isEqualTo(FieldValue.of(date.toString(), "app-state"));
    assertThat(metadata.author().value()).isEqualTo("Agnieszka Wrona");
    assertThat(metadata.outlet().value()).isEqualTo("WKLR");
  }

  @Property(tries = 10)
  void stateWithoutAPublicationDateDescribesNoArticle(@ForAll @IntRange(min = 0, max = 6000) int day) {
    LocalDate date = LocalDate.of(2008, 1, 1).plusDays(day);
    String state = "{\"title\":\"Anglers told to pull shanties early\",\"updatedAt\":\"" + date + "\",\"author\":\"Agnieszka Wrona\"}";
    ArticleMetadata metadata = page("<script id=\"__NEXT_DATA__\" type=\"application/json\">" + state + "</script>", BODY).metadata();

    assertThat(metadata.date().isKnown()).isFalse();
  }

  @Provide
  Arbitrary<String> dateKeys() {
    return Arbitraries.of("datePublished", "publishedAt", "publishDate", "firstPublishedAt", "published_at", "pubDate");
  }

  @Provide
  Arbitrary<String> authorShapes() {
    return Arbitraries.of("[{\"name\":\"Agnieszka Wrona\"}]", "[{\"displayName\":\"Agnieszka Wrona\",\"slug\":\"awrona\"}]",
        "\"Agnieszka Wrona\"", "[\"Agnieszka Wrona\"]");
  }
}
