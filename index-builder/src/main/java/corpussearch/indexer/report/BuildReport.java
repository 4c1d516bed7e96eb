package corpussearch.indexer.report;

import corpussearch.indexer.source.CorpusProblem;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything one index build did: per article, its metadata with the rule behind each value and
 * its paragraph counts; the totals; the files skipped and the problems met; whether a commit was
 * written and whether the index was merged into one segment (and how long that took); how long it
 * all took.
 */
public record BuildReport(
    String corpus,
    String index,
    List<ArticleReport> articles,
    int removed,
    List<String> skippedFiles,
    List<CorpusProblem> problems,
    boolean committed,
    boolean merged,
    double mergeSeconds,
    double elapsedSeconds) {

  /** Totals over all articles. */
  public record Totals(
      int articles, int added, int changed, int unchanged, int removed, int paragraphs,
      int dropped, int duplicates, Map<String, Integer> droppedByReason) {}

  /** Adds up the per-article figures. */
  public Totals totals() {
    int added = 0;
    int changed = 0;
    int paragraphs = 0;
    int duplicates = 0;
    Map<String, Integer> dropped = new TreeMap<>();
    for (ArticleReport article : articles) {
      added += article.status().equals("added") ? 1 : 0;
      changed += article.status().equals("changed") ? 1 : 0;
      paragraphs += article.paragraphs();
      duplicates += article.duplicates();
      article.dropped().forEach((reason, count) -> dropped.merge(reason, count, Integer::sum));
    }
    int droppedTotal = dropped.values().stream().mapToInt(Integer::intValue).sum();
    int unchanged = articles.size() - added - changed;
    return new Totals(articles.size(), added, changed, unchanged, removed, paragraphs, droppedTotal, duplicates, dropped);
  }
}
