package corpussearch.indexer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.extract.MetadataField;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extraction measured on frozen sets of articles with gold metadata, written by someone who had
 * not read this code: {@code extraction-eval/dev} (which the rules may be tuned on) and {@code
 * extraction-eval/heldout} (blind when added, see below). Floors are what the
 * rules reach; a change that lowers one has to say why.
 */
class ExtractionEvaluationTest {

  /** Per field, the share of articles right at least; body: phrases found; leak: furniture found at most. */
  record Floors(double title, double author, double outlet, double date, double body, double leak) {}

  /**
   * What the dev set reaches over web pages and archives: every field of its 148 pages and
   * archived articles right (sets 1-10), none of their furniture phrases found since the third web
   * round (a greeting that chats about the day and the weather before "Here's what you need to
   * know" is the mailing's) and furniture round 4 (2026-12-05).
   */
  private static final Floors DEV_WEB = new Floors(1.0, 1.0, 1.0, 1.0, 1.0, 0.0);
  /**
   * What the dev set reaches over all formats, plain text included (264 articles, sets 1-10).
   * Set 9 had brought 236/237/234/237 of 238 right and 11 of 1,056 phrases found; text round 4
   * (2026-12-05: a masthead in capitals among utility lines or a capture toolbar's lines, a
   * read-later app's name dropped as a tool's, a wire date dated by the header's year) put every
   * field right again, furniture round 4 (rights statements, release scaffolding, advert labels and
   * offers, contact cards, key points, reader notes) left no phrase found, and set 10, tuned on by
   * both rounds, joined with every field right and none of its 130 phrases found.
   */
  private static final Floors DEV_ALL = new Floors(1.0, 1.0, 1.0, 1.0, 1.0, 0.0);

  /*
   * The held-out floors. Each set was blind once, then tuned on, and joined dev (which holds sets
   * 1-10, 264 articles). Blind figures so far (title, author, outlet, date; body; leaked): set 4
   * (layouts far from news sites) 58/46/63/71%, body 96%, leaked 27%; set 5 (24 news articles)
   * 92/83/83/88%, body 96%, leaked 8%; set 6 (18 articles, measured per path as each round
   * merged it) text 58/83/83/92%, leaked 19%, web 92% of fields, 3 of 29 phrases leaked; set 7
   * (26 articles) 88/96/100/96%, body 100%, leaked 15% (17 of 110); set 8 (26 articles in
   * genres far from a news page: teletext, a chat export, ANPA wire copy, a forum thread, e-paper
   * pdftotext, a Gemini mirror, a Lotus Domino page, a press-release wire) 65/77/69/77%, body 99%,
   * leaked 24% (31 of 129); set 9 (mostly what researchers collect from news sites) 81/65/81/77%,
   * body 100%, leaked 14% (15 of 108); set 10 (a story-and-photos page copy, a print view, an
   * elinks dump, a weekly newsletter, a French agency's English service, a pdftotext page, a
   * Telegram export; Wagtail, HubSpot, Plone, SvelteKit, Blogger, Quintype, Eleventy pages)
   * 81/65/88/81%, body 100%, leaked 13% (17 of 130), text 50/30/80/50%, web 100/88/94/100%; then
   * tuned by text round 4 and furniture round 4 to every field right and 0 leaked.
   *
   * The held-out part is now the eleventh set (26 articles: 10 text, 8 HTML, 8 in two WARC files;
   * written on 2026-12-05 by a helper that had read none of the rules: a page copy with a Tetun
   * date line, a Bulgarian print view, a lynx dump, a plain-text newsletter part, IPTC 7901 wire
   * copy, a pdftotext page with a footer date, a syndicated copy, a release with a hash end mark, a
   * Mailman digest with a pasted story, a Vietnamese page copy; WordPress JNews, Liferay, Craft,
   * Weebly, a news agency with Hijri dates, MS Publisher 2003, Drupal paragraphs and AMP pages).
   * Measured blind once, after text round 4 and furniture round 4, these floors ARE its blind
   * figures: title 81% (21 of 26), author 46% (12), outlet 92% (24), date 73% (19), body 100%
   * (104 of 104), furniture leaked 11% (13 of 121); text 50/50/90/40%, leaked 12 of 48; web
   * pages and archives 100/44/94/94% (53 of 64 fields), leaked 1 of 73. Its misses are printed
   * from now on, so the next round needs a twelfth blind set. Text round 5 then tuned on it
   * (weekday and zone-offset date lines, generational suffixes, broken headlines continued after a
   * preposition, section trails, issue-numbered print footers, names signed under the story with
   * dashes, Malay name titles): all formats 92/58/92/88%, leaked 10% (12 of 121), text
   * 80/80/90/80%; the floors follow.
   */
  /** What the held-out set has to reach over web pages and archives (16 articles). */
  private static final Floors HELDOUT_WEB = new Floors(1.0, 0.4375, 0.9375, 0.9375, 1.0, 0.014);
  /** What the held-out set has to reach over all formats (26 articles). */
  private static final Floors HELDOUT_ALL = new Floors(0.92, 0.57, 0.92, 0.88, 1.0, 0.10);

  private static final List<String> WEB_FORMATS = List.of("html", "warc");

  @Test
  void devSet(@TempDir Path work) throws IOException {
    EvaluationReport report = evaluate("dev", work);
    assertFloors(web(report), DEV_WEB, "dev, web pages and archives");
    assertFloors(report, DEV_ALL, "dev, all formats");
  }

  @Test
  void heldOutSet(@TempDir Path work) throws IOException {
    EvaluationReport report = evaluate("heldout", work);
    assertFloors(web(report), HELDOUT_WEB, "held-out, web pages and archives");
    assertFloors(report, HELDOUT_ALL, "held-out, all formats");
  }

  private static EvaluationReport evaluate(String set, Path work) throws IOException {
    URL resource = ExtractionEvaluationTest.class.getResource("/extraction-eval/" + set);
    Assumptions.assumeTrue(resource != null,
        "no extraction-eval/" + set + " folder in the test resources (the held-out set is added at merge); skipped");
    try {
      Path folder = Path.of(resource.toURI());
      assertThat(folder.resolve(GoldArticle.GOLD_FILE)).as("extraction-eval/%s has no gold file", set).isRegularFile();
      EvaluationReport report = ExtractionEvaluation.evaluate(folder, work);
      System.out.println("extraction-eval/" + set + ":\n" + report.render());
      return report;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static EvaluationReport web(EvaluationReport report) {
    return new EvaluationReport(report.articles().stream().filter(a -> WEB_FORMATS.contains(a.gold().format())).toList(), List.of());
  }

  private static void assertFloors(EvaluationReport report, Floors floors, String what) {
    assertThat(report.articles()).as(what).isNotEmpty();
    Map<MetadataField, Double> fieldFloors = Map.of(MetadataField.TITLE, floors.title(), MetadataField.AUTHOR, floors.author(),
        MetadataField.OUTLET, floors.outlet(), MetadataField.DATE, floors.date());
    fieldFloors.forEach((field, floor) ->
        assertThat(report.accuracy(field)).as("%s: %s accuracy\n%s", what, field.key(), report.render()).isGreaterThanOrEqualTo(floor));
    assertThat(report.bodyRecall()).as("%s: body phrases found\n%s", what, report.render()).isGreaterThanOrEqualTo(floors.body());
    assertThat(report.furnitureLeak()).as("%s: furniture phrases kept\n%s", what, report.render()).isLessThanOrEqualTo(floors.leak());
  }
}
