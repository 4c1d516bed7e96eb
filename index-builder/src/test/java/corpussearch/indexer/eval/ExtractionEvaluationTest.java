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
   * What the dev set reaches over web pages and archives (228 articles, sets 1-15): every title and
   * author right; one outlet (an og:site_name in another language) and two dates (an MS Publisher
   * page's shown date, a WARC page whose only date is its capture) wrong, none of 1,045 phrases
   * found.
   */
  private static final Floors DEV_WEB = new Floors(1.0, 1.0, 0.995, 0.991, 1.0, 0.0);
  /**
   * What the dev set reaches over all formats, plain text included (394 articles, sets 1-15).
   * Sets 1-10 were right on every field with no phrase found; sets 11 to 15 joined after the
   * rounds tuned on them (rounds 5 to 9, 2026-12-05), with what they left: 391/390/391/387 of 394
   * right, 3 of 1,796 phrases found (a newsletter's tagline and two digests' subjects as titles; a
   * digest's author and send date; authors joined by Slovenian "in" and Danish "og"; an IPTC
   * header's date, a yearless French dateline, a Polish genitive month, a script's "TX:" date; a
   * desk contact, a partner plug and a related headline kept).
   */
  private static final Floors DEV_ALL = new Floors(0.992, 0.989, 0.992, 0.982, 1.0, 0.0017);

  /*
   * The held-out floors. Each set was blind once, measured, then tuned on, and joined dev. Blind
   * figures so far (title/author/outlet/date; body; phrases leaked): set 4 (layouts far from news
   * sites) 58/46/63/71%, 96%, 27%; set 5 92/83/83/88%, 96%, 8%; set 6 (per path) text
   * 58/83/83/92%, web 92% of fields; set 7 88/96/100/96%, 100%, 15%; set 8 (genres far from a
   * news page) 65/77/69/77%, 99%, 24%; set 9 81/65/81/77%, 100%, 14%; set 10 81/65/88/81%, 100%,
   * 13%; set 11 81/46/92/73%, 100%, 11%; set 12 88/54/77/73%, 100%, 12%; set 13 62/54/73/85%,
   * 100%, 11%; set 14 88/58/77/69%, 98%, 11%; set 15 (at least 18 of 26 in English conventions,
   * as from now on) 81/73/85/81%, 100%, 8% (text 50/60/80/50%, web 100/81/88/100%). Round 9
   * (2026-12-05: machine and app lines and hard-wrapped leads are no headlines; dashes and places
   * in bylines; a name the running heads repeat over a one-off section head; wire and "first
   * appeared" dates; multi-word byline labels, desks as no author, legal forms off a publisher;
   * jump lines, small ads, syndication notes, reader-funding appeals, bracketed consent buttons)
   * tuned set 15 to 100/100/100/92%, none leaked, and it joined dev.
   *
   * The held-out part is now the sixteenth set (26 articles: 10 text, 8 HTML, 8 in two WARC
   * files, 19 in English conventions; written on 2026-12-05 by a helper that had read none of the
   * rules). Measured blind once, after round 9, these floors ARE its blind figures: title 77% (20
   * of 26), author 85% (22), outlet 96% (25), date 85% (22), body 100% (104 phrases), 8 of 122
   * phrases leaked; text 40/70/90/70%, 6 of 49 leaked; web pages and archives 100/94/100/94%, 2 of
   * 73 leaked. Six of its ten text titles were a first line that is no headline (a wire feed's
   * banner, a reader app's bar, a mail client's header, a partner note, a feed reader's counters,
   * an edition masthead). Its misses are printed from now on, so the next round needs a
   * seventeenth blind set. Titles round 10 (no longer blind: the first-line fallback passes over a
   * line of a shape no headline has only for a later line with a byline, date or paragraph under
   * it, and leaves the title unknown when no line has that evidence) raised title to 96% (25 of 26;
   * text 90%) and author to 88% (23; text 80%): the floors
   * below are those figures.
   */
  /** What the held-out set has to reach over web pages and archives (16 articles). */
  private static final Floors HELDOUT_WEB = new Floors(1.0, 0.9375, 1.0, 0.9375, 1.0, 0.028);
  /** What the held-out set has to reach over all formats (26 articles). */
  private static final Floors HELDOUT_ALL = new Floors(0.961, 0.884, 0.961, 0.846, 1.0, 0.066);

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
