package corpussearch.indexer.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corpussearch.indexer.source.CorpusProblem;
import corpussearch.indexer.extract.FieldValue;
import corpussearch.indexer.extract.MetadataField;
import java.util.Locale;
import java.util.Map;

/** Renders a {@link BuildReport} as text for people or as JSON for tools. */
public final class ReportWriter {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportWriter() {}

  /** The report as indented JSON. */
  public static String json(BuildReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("corpus", report.corpus());
    root.put("index", report.index());
    root.set("totals", JSON.valueToTree(report.totals()));
    ArrayNode articles = root.putArray("articles");
    for (ArticleReport article : report.articles()) {
      addArticle(articles, article);
    }
    root.set("skippedFiles", JSON.valueToTree(report.skippedFiles()));
    ArrayNode problems = root.putArray("problems");
    for (CorpusProblem problem : report.problems()) {
      ObjectNode node = problems.addObject();
      node.put("file", problem.file());
      node.put("line", problem.line());
      node.put("severity", problem.severity().name().toLowerCase(Locale.ROOT));
      node.put("message", problem.message());
    }
    root.put("committed", report.committed());
    root.put("merged", report.merged());
    root.put("mergeSeconds", report.mergeSeconds());
    root.put("elapsedSeconds", report.elapsedSeconds());
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("report cannot be serialised", e);
    }
  }

  private static void addArticle(ArrayNode articles, ArticleReport article) {
    ObjectNode node = articles.addObject();
    node.put("articleId", article.articleId());
    node.put("sourceFile", article.sourceFile());
    node.put("status", article.status());
    ObjectNode fields = node.putObject("metadata");
    for (MetadataField field : MetadataField.values()) {
      FieldValue value = article.metadata().get(field);
      ObjectNode cell = fields.putObject(field.key());
      cell.put("value", value.value());
      cell.put("rule", value.rule());
    }
    node.put("paragraphs", article.paragraphs());
    node.set("dropped", JSON.valueToTree(article.dropped()));
    node.put("duplicates", article.duplicates());
    if (article.encoding() != null) {
      node.put("encoding", article.encoding());
    }
  }

  /** The report as text for a terminal. */
  public static String text(BuildReport report) {
    StringBuilder out = new StringBuilder();
    BuildReport.Totals totals = report.totals();
    out.append("corpus-search index build: ").append(report.corpus()).append(" -> ").append(report.index()).append("\n\n");
    for (ArticleReport article : report.articles()) {
      appendArticle(out, article);
    }
    out.append(String.format(Locale.ROOT,
        "Articles:   %d (%d added, %d changed, %d unchanged, %d removed)%n",
        totals.articles(), totals.added(), totals.changed(), totals.unchanged(), totals.removed()));
    out.append(String.format(Locale.ROOT, "Paragraphs: %d indexed, %d dropped%s, %d duplicates%n",
        totals.paragraphs(), totals.dropped(), byReason(totals.droppedByReason()), totals.duplicates()));
    if (!report.skippedFiles().isEmpty()) {
      out.append("Skipped files (not .txt or .jsonl): ").append(String.join(", ", report.skippedFiles())).append('\n');
    }
    if (!report.problems().isEmpty()) {
      out.append("Problems (").append(report.problems().size()).append("):\n");
      report.problems().forEach(problem -> out.append("  ").append(problem).append('\n'));
    }
    out.append("Index:      ").append(report.committed() ? "committed" : "unchanged, nothing written")
        .append(report.merged() ? String.format(Locale.ROOT, ", merged into one segment in %.2f s", report.mergeSeconds()) : "")
        .append('\n');
    out.append(String.format(Locale.ROOT, "Elapsed:    %.2f s%n", report.elapsedSeconds()));
    return out.toString();
  }

  private static void appendArticle(StringBuilder out, ArticleReport article) {
    out.append(article.articleId()).append("  [").append(article.status()).append("]  ").append(article.sourceFile()).append('\n');
    for (MetadataField field : MetadataField.values()) {
      FieldValue value = article.metadata().get(field);
      String shown = value.isKnown() ? value.value() : "unknown";
      String rule = value.isKnown() ? "  (" + value.rule() + ")" : "";
      out.append(String.format(Locale.ROOT, "  %-7s %s%s%n", field.key(), shown, rule));
    }
    if (article.encoding() != null) {
      out.append("  encoding ").append(article.encoding()).append('\n');
    }
    out.append(String.format(Locale.ROOT, "  kept %d paragraphs; dropped %d%s; %d duplicates%n%n",
        article.paragraphs(), article.dropped().values().stream().mapToInt(Integer::intValue).sum(),
        byReason(article.dropped()), article.duplicates()));
  }

  private static String byReason(Map<String, Integer> dropped) {
    if (dropped.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(" (");
    dropped.forEach((reason, count) -> out.append(out.length() > 2 ? ", " : "").append(reason).append(' ').append(count));
    return out.append(')').toString();
  }
}
