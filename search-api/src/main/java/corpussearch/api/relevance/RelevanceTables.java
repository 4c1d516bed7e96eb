package corpussearch.api.relevance;

import corpussearch.api.relevance.RelevanceEvaluation.NotRun;
import corpussearch.api.relevance.RelevanceEvaluation.QuerySetResult;
import corpussearch.api.relevance.RelevanceMetrics.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The text of a relevance report: per query set, the per-query table and the summary of every
 * configuration side by side, with corpus-search's margin over the best baseline.
 */
public final class RelevanceTables {

  private static final int TOP_HIT_WIDTH = 80;
  private static final int QUERY_WIDTH = 44;
  private static final int RANK_WIDTH = 10;

  private RelevanceTables() {}

  /** The full report: for each set, the per-query table and the summary. */
  public static String format(List<QuerySetResult> results) {
    StringBuilder out = new StringBuilder();
    for (QuerySetResult result : results) {
      out.append(table(result)).append('\n').append(summary(result)).append('\n');
    }
    return out.toString();
  }

  /**
   * The per-query table of a set: id, query, rank of the first relevant hit for corpus-search
   * and for each baseline run ({@code -} when none in the top 10), and corpus-search's top hit.
   */
  public static String table(QuerySetResult result) {
    return table(result, true);
  }

  /** The table restricted to queries where corpus-search's first relevant hit is not at rank 1. */
  public static String weakTable(QuerySetResult result) {
    return table(result, false);
  }

  private static String table(QuerySetResult result, boolean all) {
    StringBuilder out = new StringBuilder();
    out.append("== ").append(result.name()).append(" (").append(result.corpusSearch().size()).append(" queries)\n");
    out.append(String.format(Locale.ROOT, "%-4s %-" + QUERY_WIDTH + "s %5s", "id", "query", "cs"));
    for (RelevanceMetrics baseline : result.baselines()) {
      out.append(String.format(Locale.ROOT, " %" + RANK_WIDTH + "s", abbreviate(baseline.configuration())));
    }
    out.append("  corpus-search top hit\n");
    List<Outcome> ours = result.corpusSearch().outcomes();
    for (int i = 0; i < ours.size(); i++) {
      Outcome o = ours.get(i);
      if (!all && o.rank() == 1) {
        continue;
      }
      out.append(String.format(Locale.ROOT, "%-4s %-" + QUERY_WIDTH + "s %5s", o.query().id(), truncate(o.query().query(), QUERY_WIDTH), rank(o)));
      for (RelevanceMetrics baseline : result.baselines()) {
        out.append(String.format(Locale.ROOT, " %" + RANK_WIDTH + "s", rank(baseline.outcomes().get(i))));
      }
      out.append("  ").append(topHit(o)).append('\n');
    }
    return out.toString();
  }

  /**
   * The summary figures of a set for every configuration (a baseline not run says so), corpus-search's
   * margin in % over the best baseline (the one with the highest MRR@10) on each figure, which
   * baseline that is, and how to run the baselines that were not.
   */
  public static String summary(QuerySetResult result) {
    List<RelevanceMetrics> columns = new ArrayList<>();
    columns.add(result.corpusSearch());
    columns.addAll(result.baselines());
    RelevanceMetrics best = result.bestBaseline();
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-20s", result.name()));
    columns.forEach(metrics -> out.append(String.format(Locale.ROOT, " %14s", metrics.configuration())));
    result.notRun().forEach(absent -> out.append(String.format(Locale.ROOT, " %14s", absent.configuration())));
    out.append(String.format(Locale.ROOT, " %9s%n", "vs best"));
    out.append(line("MRR@10", columns, RelevanceMetrics::mrr, result));
    out.append(line("Success@1", columns, RelevanceMetrics::successAt1, result));
    out.append(line("Recall@10", columns, RelevanceMetrics::recall, result));
    out.append(String.format(Locale.ROOT, "best baseline: %s (MRR@10 %.3f); corpus-search %s%n", best.configuration(), best.mrr(),
        margin(result.corpusSearch().mrr(), best.mrr())));
    for (NotRun absent : result.notRun()) {
      out.append(absent.configuration()).append(": not run (").append(absent.howToRun()).append(")\n");
    }
    return out.toString();
  }

  private static String line(String figure, List<RelevanceMetrics> columns, ToDoubleFunction<RelevanceMetrics> value,
      QuerySetResult result) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-20s", figure));
    columns.forEach(metrics -> out.append(String.format(Locale.ROOT, " %14.3f", value.applyAsDouble(metrics))));
    result.notRun().forEach(absent -> out.append(String.format(Locale.ROOT, " %14s", "not run")));
    double ours = value.applyAsDouble(result.corpusSearch());
    out.append(String.format(Locale.ROOT, " %9s%n", margin(ours, value.applyAsDouble(result.bestBaseline()))));
    return out.toString();
  }

  /** How far {@code ours} is above {@code theirs}, in % of theirs: "+6.6 %", "-1.2 %"; "n/a" when theirs is 0. */
  static String margin(double ours, double theirs) {
    return theirs == 0 ? "n/a" : String.format(Locale.ROOT, "%+.1f %%", (ours / theirs - 1) * 100);
  }

  private static String abbreviate(String configuration) {
    return configuration.length() <= RANK_WIDTH ? configuration : configuration.substring(0, RANK_WIDTH);
  }

  private static String rank(Outcome o) {
    return o.found() ? Integer.toString(o.rank()) : "-";
  }

  private static String topHit(Outcome o) {
    return o.topHit() == null ? "(no hits)" : truncate(o.topHit(), TOP_HIT_WIDTH);
  }

  private static String truncate(String text, int width) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() <= width ? flat : flat.substring(0, width - 1) + "…";
  }
}
