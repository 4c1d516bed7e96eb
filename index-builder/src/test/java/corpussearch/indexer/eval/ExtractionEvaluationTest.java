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
   * What the dev set reaches over web pages and archives (196 articles, sets 1-13): every title and
   * author right; one outlet (an og:site_name in another language) and two dates (an MS Publisher
   * page's shown date, a Tajik month name) wrong, one advert found (1 of 903 phrases). Raised by
   * furniture/web round 8 (2026-12-05), which put right a subtitle glued to the headline, a logo
   * word and a ministry's host name.
   */
  private static final Floors DEV_WEB = new Floors(1.0, 1.0, 0.994, 0.989, 1.0, 0.0012);
  /**
   * What the dev set reaches over all formats, plain text included (342 articles, sets 1-13).
   * Sets 1-10 were right on every field with no phrase found; set 11 joined after round 5 and
   * set 12 after round 6 and set 13 after round 7 (2026-12-05) with what they left: 339/338/338/338
   * of 342 right, 10 of 1,559 phrases found (a newsletter's tagline as title, a digest's title, author and send date,
   * an IPTC header date, a masthead with section and page number, a second author joined by
   * Slovenian "in"; a bracketed image caption, a desk contact, a partner plug, a release's
   * disclaimer and boilerplate, a digest reader's note and notice, adverts). Furniture/web round 8
   * (2026-12-05) raised them to 340/338/340/338 of 342, 4 of 1,559 phrases found (the image captions
   * in brackets, a digest's chatter, a release's disclaimer and issuer boilerplate now dropped; the
   * web title and two web outlets right).
   */
  private static final Floors DEV_ALL = new Floors(0.994, 0.988, 0.994, 0.988, 1.0, 0.0026);

  /*
   * The held-out floors. Each set was blind once, then tuned on, and joined dev (which holds sets
   * 1-13, 342 articles). Blind figures so far (title, author, outlet, date; body; leaked): set 4
   * (layouts far from news sites) 58/46/63/71%, body 96%, leaked 27%; set 5 (24 news articles)
   * 92/83/83/88%, body 96%, leaked 8%; set 6 (18 articles, measured per path as each round
   * merged it) text 58/83/83/92%, leaked 19%, web 92% of fields, 3 of 29 phrases leaked; set 7
   * (26 articles) 88/96/100/96%, body 100%, leaked 15% (17 of 110); set 8 (genres far from a
   * news page) 65/77/69/77%, body 99%, leaked 24% (31 of 129); set 9 (mostly what researchers
   * collect from news sites) 81/65/81/77%, body 100%, leaked 14% (15 of 108); set 10
   * 81/65/88/81%, body 100%, leaked 13% (17 of 130); set 11 (a Tetun page copy, a Bulgarian print
   * view, a lynx dump, a plain-text newsletter, IPTC 7901 wire copy, a pdftotext page, a Mailman
   * digest; JNews, Liferay, Craft, Weebly, MS Publisher, Drupal, AMP pages) 81/46/92/73%, body
   * 100%, leaked 11% (13 of 121), text 50/50/90/40%, web 100/44/94/94%; then tuned by text round
   * 5 and furniture round 5 (2026-12-05) to 92/81/92/88%, 9 of 121 leaked before their merge.
   *
   * The twelfth set (26 articles, written on 2026-12-05 by a helper that had read none of the
   * rules) was blind once, after text round 5 and furniture round 5: title 88%, author 54%,
   * outlet 77%, date 73%, body 100%, 16 of 129 phrases leaked; text 70/40/50/70%, web 100/63/94/75%.
   * Text round 6 and furniture/web round 6 (2026-12-05) then tuned on it (a share bar is no menu;
   * month and weekday names of every JDK locale; wire advisories; bylines by the shape of their
   * names; "read also", stamp, poll, imprint and ticker lines in many languages; a meta author the
   * byline does not name yields to it) to 100/96/100/96%, 1 of 129 leaked, and it joined dev.
   *
   * The thirteenth set (26 articles: 10 text, 8 HTML, 8 in two WARC
   * files; written on 2026-12-05 by a helper that had read none of the rules). Measured blind once,
   * after round 6: title 62% (16 of 26), author 54% (14),
   * outlet 73% (19), date 85% (22), body 100%, 13 of 123 phrases leaked (11%); text 30/40/50/60%,
   * 13 of 48 leaked; web pages and archives 81/63/88/100%, none of 75 leaked. Seven of the ten
   * text titles were a first line that is no headline (a reading-time line, a masthead, a MIME
   * header, a wire slot header, a print running head, a date line, a database's "Document 7 of
   * 15").
   * Furniture/web round 7 (2026-12-05) tuned on it (tickers and price boards, alert banners, "keep
   * reading" links in brackets, masthead legal lines, sponsor and tip lines, small ads; byline
   * labels and bracketed reporters; a heading that runs on into a shorter JSON-LD headline) and
   * raised the floors to its figures then: title 69%, author 77%, outlet 73%, date 85%, none of 123
   * phrases leaked; web 94/100/88/100%.
   * Text round 7 (2026-12-05) tuned on its text misses by mechanism (headlines by shape, a header
   * copied without blank lines, picture credits, surname-first labels, citation lines, update
   * labels abroad, piped print footers): floors raised to title 88% (23), author 73% (19), outlet
   * 92% (24), date 100% (26), 13 of 123 leaked; text 100/90/100/100%; web unchanged. Dev unchanged.
   * It joined dev after both rounds 7 (96/96/92/100%, 1 of 123 leaked).
   *
   * The held-out part is now the fourteenth set (26 articles: 10 text, 8 HTML, 8 in two WARC
   * files; written on 2026-12-05 by a helper that had read none of the rules). Measured blind once,
   * after round 7, these floors ARE its blind figures: title 88% (23 of 26), author 58% (15),
   * outlet 77% (20), date 69% (18), body 98% (102 of 104 phrases), 13 of 121 phrases leaked; text
   * 70/40/70/20%, web 100/69/81/100%, 3 of 73 leaked. Its misses are printed from now on, so the
   * next round needs a fifteenth blind set.
   * Text round 8 (2026-12-05) tuned on its text misses by mechanism. Dates of every language the
   * JDK knows, abbreviated or dotted ("mié 13 nov 2024", "jeu. 7 nov. 2024", "12.nov.2024"), with
   * their clock words ("ore", "den", "Uhr") and a wire slug's fields beside them: date 96% (25).
   * One byline grammar's tables in more languages (labels "Texte :", "Ekri pa"; "and" as "ak",
   * "agus", "eta"; job words and Nordic/German compounds, "corresponsal", "nyhetsreporter"; a
   * place "de Belém" no name; a collaborator's credit between byline and date): author 81% (21),
   * title 92% (24). An agency named with initials the page uses elsewhere ("Kwanza News Agency
   * (AKN)" beside a slug "AKN-ING") and a "supplement" self-description: outlet 85% (22). Text
   * 80/100/90/90%. A newsletter's figures board ("WAIT TIMES (6.15am): … 5 min · …"), a sponsor's
   * line and the lines a passed-over paragraph wraps onto are never its headline: title 96% (25).
   * Text 90/100/90/90%, 12 of 121 leaked.
   * Furniture/web round 8 (2026-12-05) tuned on it by mechanism (component boxes read whole; bylines
   * with roles, label pairs, affiliations and labelled signatures; a meta author yielding to any
   * visible credit; the name the page shows that the host spells; labelled boxes in capitals,
   * consent bars, pasted-article chatter, print stamps, gift meters) and raised the floors to its
   * figures then: title 88% (23), author 77% (20), outlet 88% (23), date 69% (18), body 100%, none
   * of 121 phrases leaked; web 100/100/100/100%; text unchanged at 70/40/70/20% (text metadata is
   * the text round's).
   */
  /** What the held-out set has to reach over web pages and archives (16 articles). */
  private static final Floors HELDOUT_WEB = new Floors(1.0, 1.0, 1.0, 1.0, 1.0, 0.0);
  /** What the held-out set has to reach over all formats (26 articles). */
  private static final Floors HELDOUT_ALL = new Floors(0.884, 0.769, 0.846, 0.692, 0.98, 0.1);

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
