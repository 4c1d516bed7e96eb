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
 * extraction-eval/heldout} (blind when added; the third set, since tuned on, see below). Floors are what the
 * rules reach; a change that lowers one has to say why.
 */
class ExtractionEvaluationTest {

  /** Per field, the share of articles right at least; body: phrases found; leak: furniture found at most. */
  record Floors(double title, double author, double outlet, double date, double body, double leak) {}

  /** What the dev set reaches over web pages and archives. */
  private static final Floors DEV_WEB = new Floors(1.0, 1.0, 1.0, 1.0, 1.0, 0.0);
  /** What the dev set reaches over all formats, plain text included. */
  private static final Floors DEV_ALL = new Floors(1.0, 1.0, 1.0, 1.0, 1.0, 0.0);

  /*
   * The held-out floors. The sets written so far were each blind once, then tuned on, and joined
   * dev (which holds all three, 94 articles, at 100%). The third set measured blind at title 96%,
   * author 88%, outlet 88%, date 100%, furniture leaked 5% before its round of rules. The fourth
   * set (24 articles in 24 layouts further from news sites: a ministry release, a Markdown export,
   * a twice-forwarded newsletter, print-to-text with page breaks, an RSS dump, podcast notes, an
   * obituary, 1990s table pages, an NGO report …; 11 text, 9 HTML, 4 in two WARC files, written
   * by a helper that had read none of the rules) was measured blind on 2026-12-04 after every rule
   * so far, and these floors hold what it gave: title 58%, author 46%, outlet 63%, date 71%,
   * body 96%, furniture leaked 27%. The distance from dev's 100% is what the rules still fit to
   * the layouts they were written for.
   */
  /** What the held-out set has to reach over web pages and archives (13 articles). */
  private static final Floors HELDOUT_WEB = new Floors(0.92, 0.38, 0.76, 0.84, 0.92, 0.11);
  /** What the held-out set has to reach over all formats (24 articles). */
  private static final Floors HELDOUT_ALL = new Floors(0.58, 0.45, 0.62, 0.70, 0.95, 0.28);

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
