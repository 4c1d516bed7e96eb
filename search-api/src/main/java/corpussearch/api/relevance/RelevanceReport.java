package corpussearch.api.relevance;

import corpussearch.api.relevance.RelevanceEvaluation.QuerySetResult;
import corpussearch.api.relevance.RelevanceMetrics.Outcome;
import corpussearch.indexer.LuceneLogging;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * Prints the relevance figures of a corpus: {@code RelevanceReport --corpus DIR --queries FILE...
 * [--out FILE]}. Builds a temporary index of the corpus, runs every query file through
 * corpus-search and the baselines, and prints per set the per-query table and the summary
 * (MRR@10, Success@1, Recall@10 for every configuration, and corpus-search's ratio to the best
 * baseline). With {@code --out} the
 * same text is also written to a file. Exit codes: 0 done, 2 bad arguments, 1 failure.
 */
public final class RelevanceReport {

  private static final int TOP_HIT_WIDTH = 80;
  private static final int QUERY_WIDTH = 44;

  private RelevanceReport() {}

  public static void main(String[] args) {
    LuceneLogging.quietVectorizationNotice();
    Path corpus = null;
    Path out = null;
    List<Path> queryFiles = new ArrayList<>();
    String option = null;
    for (String arg : args) {
      switch (arg) {
        case "--corpus", "--queries", "--out" -> option = arg;
        case "-h", "--help" -> {
          System.out.println("usage: RelevanceReport --corpus DIR --queries FILE... [--out FILE]");
          return;
        }
        default -> {
          if (option == null) {
            usage("unexpected argument " + arg);
          } else if (option.equals("--corpus")) {
            corpus = Path.of(arg);
            option = null;
          } else if (option.equals("--out")) {
            out = Path.of(arg);
            option = null;
          } else {
            queryFiles.add(Path.of(arg)); // --queries takes every following file
          }
        }
      }
    }
    if (corpus == null || !Files.isDirectory(corpus)) {
      usage("--corpus must name a folder");
    }
    if (queryFiles.isEmpty()) {
      usage("--queries needs at least one file");
    }
    report(corpus, queryFiles, out);
  }

  /** Prints the report, and writes it to {@code out} too unless that is null; exits 1 when it fails. */
  private static void report(Path corpus, List<Path> queryFiles, Path out) {
    try {
      String report = run(corpus, queryFiles);
      System.out.print(report);
      if (out != null) {
        Files.writeString(out, report, StandardCharsets.UTF_8);
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("relevance report: " + e);
      System.exit(1);
    }
  }

  private static void usage(String problem) {
    System.err.println("relevance report: " + problem);
    System.err.println("usage: RelevanceReport --corpus DIR --queries FILE... [--out FILE]");
    System.exit(2);
  }

  /** Builds a temporary index of {@code corpus}, evaluates every file and formats the report. */
  public static String run(Path corpus, List<Path> queryFiles) throws IOException {
    Path index = Files.createTempDirectory("corpus-search-relevance");
    try {
      RelevanceEvaluation.buildIndex(corpus, index);
      List<QuerySetResult> results = new ArrayList<>();
      try (RelevanceEvaluation evaluation = RelevanceEvaluation.open(index)) {
        for (Path file : queryFiles) {
          results.add(evaluation.evaluate(file.getFileName().toString(), JudgedQuery.load(file)));
        }
      }
      return format(results);
    } finally {
      deleteRecursively(index);
    }
  }

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
   * and for each baseline ({@code -} when none in the top 10), and corpus-search's top hit.
   */
  public static String table(QuerySetResult result) {
    return table(result, result.corpusSearch().outcomes().size());
  }

  /** The table restricted to queries where corpus-search's first relevant hit is not at rank 1. */
  public static String weakTable(QuerySetResult result) {
    return table(result, -1);
  }

  private static String table(QuerySetResult result, int all) {
    StringBuilder out = new StringBuilder();
    out.append("== ").append(result.name()).append(" (").append(result.corpusSearch().size()).append(" queries)\n");
    out.append(String.format(Locale.ROOT, "%-4s %-" + QUERY_WIDTH + "s %5s", "id", "query", "cs"));
    for (RelevanceMetrics baseline : result.baselines()) {
      out.append(String.format(Locale.ROOT, " %8s", abbreviate(baseline.configuration())));
    }
    out.append("  corpus-search top hit\n");
    List<Outcome> ours = result.corpusSearch().outcomes();
    for (int i = 0; i < ours.size(); i++) {
      Outcome o = ours.get(i);
      if (all < 0 && o.rank() == 1) {
        continue;
      }
      out.append(String.format(Locale.ROOT, "%-4s %-" + QUERY_WIDTH + "s %5s", o.query().id(), truncate(o.query().query(), QUERY_WIDTH), rank(o)));
      for (RelevanceMetrics baseline : result.baselines()) {
        out.append(String.format(Locale.ROOT, " %8s", rank(baseline.outcomes().get(i))));
      }
      out.append("  ").append(topHit(o)).append('\n');
    }
    return out.toString();
  }

  /**
   * The summary figures of a set for every configuration, and corpus-search's ratio to the best
   * baseline (the one with the highest MRR@10).
   */
  public static String summary(QuerySetResult result) {
    List<RelevanceMetrics> columns = new ArrayList<>();
    columns.add(result.corpusSearch());
    columns.addAll(result.baselines());
    RelevanceMetrics best = result.bestBaseline();
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-20s", result.name()));
    columns.forEach(metrics -> out.append(String.format(Locale.ROOT, " %14s", metrics.configuration())));
    out.append(String.format(Locale.ROOT, " %8s%n", "ratio"));
    out.append(line("MRR@10", columns, RelevanceMetrics::mrr, best));
    out.append(line("Success@1", columns, RelevanceMetrics::successAt1, best));
    out.append(line("Recall@10", columns, RelevanceMetrics::recall, best));
    return out.toString();
  }

  private static String line(String figure, List<RelevanceMetrics> columns, ToDoubleFunction<RelevanceMetrics> value,
      RelevanceMetrics best) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-20s", figure));
    columns.forEach(metrics -> out.append(String.format(Locale.ROOT, " %14.3f", value.applyAsDouble(metrics))));
    double ours = value.applyAsDouble(columns.get(0));
    double theirs = value.applyAsDouble(best);
    out.append(String.format(Locale.ROOT, " %8s%n", theirs == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", ours / theirs)));
    return out.toString();
  }

  private static String abbreviate(String configuration) {
    return configuration.length() <= 8 ? configuration : configuration.substring(0, 8);
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

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
