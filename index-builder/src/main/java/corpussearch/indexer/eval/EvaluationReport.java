package corpussearch.indexer.eval;

import corpussearch.indexer.extract.ArticleMetadata;
import corpussearch.indexer.extract.FieldValue;
import corpussearch.indexer.extract.MetadataField;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scores of an evaluation set: accuracy per field, overall and per format, body phrases found
 * and furniture phrases leaked, and every miss with what was extracted instead.
 *
 * @param articles one score per gold article
 * @param problems what the build reported about the set's files
 */
public record EvaluationReport(List<ArticleScore> articles, List<String> problems) {

  /** The share of articles whose {@code field} matches gold (0 to 1). */
  public double accuracy(MetadataField field) {
    return accuracy(articles, field);
  }

  /** The share of body phrases findable in the index (0 to 1). */
  public double bodyRecall() {
    long total = articles.stream().mapToLong(a -> a.gold().body().size()).sum();
    long missing = articles.stream().mapToLong(a -> a.missingBody().size()).sum();
    return total == 0 ? 1 : (double) (total - missing) / total;
  }

  /** The share of furniture phrases findable in the index (0 to 1; lower is better). */
  public double furnitureLeak() {
    long total = articles.stream().mapToLong(a -> a.gold().furniture().size()).sum();
    long leaked = articles.stream().mapToLong(a -> a.leakedFurniture().size()).sum();
    return total == 0 ? 0 : (double) leaked / total;
  }

  /** The report as a person reads it. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-8s %5s %7s %7s %7s %7s %7s %8s%n", "format", "n", "title", "author", "outlet", "date", "body", "leaked"));
    ExtractionEvaluation.byFormat(articles, a -> a.gold().format())
        .forEach((format, scores) -> out.append(row(format, new EvaluationReport(scores, List.of()))));
    out.append(row("all", this));
    for (ArticleScore score : articles) {
      misses(score, out);
    }
    problems.forEach(problem -> out.append("build: ").append(problem).append('\n'));
    return out.toString();
  }

  private static String row(String label, EvaluationReport report) {
    return String.format(Locale.ROOT, "%-8s %5d %7s %7s %7s %7s %7s %8s%n", label, report.articles().size(),
        percent(report.accuracy(MetadataField.TITLE)), percent(report.accuracy(MetadataField.AUTHOR)),
        percent(report.accuracy(MetadataField.OUTLET)), percent(report.accuracy(MetadataField.DATE)),
        percent(report.bodyRecall()), percent(report.furnitureLeak()));
  }

  private static void misses(ArticleScore score, StringBuilder out) {
    GoldArticle gold = score.gold();
    String where = gold.file() + (gold.url() != null && gold.format().equals("warc") ? " " + gold.url() : "");
    if (score.extracted() == null) {
      out.append(where).append(": not indexed\n");
      return;
    }
    ArticleMetadata got = score.extracted();
    Map<MetadataField, String> expected = Map.of(MetadataField.TITLE, String.valueOf(gold.title()),
        MetadataField.AUTHOR, String.valueOf(gold.authors()), MetadataField.OUTLET, String.valueOf(gold.outlet()),
        MetadataField.DATE, String.valueOf(gold.date()));
    score.correct().forEach((field, ok) -> {
      if (!ok) {
        FieldValue value = got.get(field);
        out.append(String.format(Locale.ROOT, "%s: %s: got \"%s\" (%s), gold \"%s\"%n", where, field.key(), value.value(), value.rule(), expected.get(field)));
      }
    });
    score.missingBody().forEach(phrase -> out.append(where).append(": body missing: ").append(phrase).append('\n'));
    score.leakedFurniture().forEach(phrase -> out.append(where).append(": furniture kept: ").append(phrase).append('\n'));
  }

  private static double accuracy(List<ArticleScore> scores, MetadataField field) {
    return scores.isEmpty() ? 1 : (double) scores.stream().filter(s -> s.correct().get(field)).count() / scores.size();
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }
}
