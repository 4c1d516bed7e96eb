package corpussearch.api.relevance;

import corpussearch.indexer.pipeline.BuildOptions;
import corpussearch.indexer.pipeline.IndexBuild;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs judged queries against corpus-search ({@link CorpusSearchRanker}) and the baselines ({@link
 * BaselineRanker#standard}, {@link BaselineRanker#english}) over the same paragraphs of one built
 * index.
 */
public final class RelevanceEvaluation implements Closeable {

  /** Largest article file the index build reads, as the CLI's default. */
  private static final long MAX_FILE_BYTES = 32_000_000;

  private final CorpusSearchRanker corpusSearch;
  private final List<BaselineRanker> baselines;

  private RelevanceEvaluation(CorpusSearchRanker corpusSearch, List<BaselineRanker> baselines) {
    this.corpusSearch = corpusSearch;
    this.baselines = List.copyOf(baselines);
  }

  /**
   * The figures of one query set under every configuration.
   *
   * @param name the set's name (its file name)
   * @param corpusSearch corpus-search's outcomes
   * @param baselines each baseline's outcomes, queries in the same order
   */
  public record QuerySetResult(String name, RelevanceMetrics corpusSearch, List<RelevanceMetrics> baselines) {

    public QuerySetResult {
      baselines = List.copyOf(baselines);
    }

    /** The baseline with the highest MRR@10 on this set: the one corpus-search is measured against. */
    public RelevanceMetrics bestBaseline() {
      return baselines.stream().max(java.util.Comparator.comparingDouble(RelevanceMetrics::mrr)).orElseThrow();
    }
  }

  /**
   * Builds the paragraph index of {@code corpus} into {@code indexDir} as index-builder does, on
   * one thread and merged into one segment at the end, so its paragraphs are always in the same
   * order: equal scores are ranked by that order, and a parallel build would let them change
   * places from one run to the next (a pinned figure moving by 0.005 with no change to ranking).
   */
  public static void buildIndex(Path corpus, Path indexDir) throws IOException {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    new IndexBuild(new BuildOptions(corpus, indexDir, false, MAX_FILE_BYTES, 1, true, false), quiet).run();
  }

  /** Opens every configuration over the built index in {@code indexDir}. */
  public static RelevanceEvaluation open(Path indexDir) throws IOException {
    List<BaselineRanker> baselines = new ArrayList<>();
    try {
      baselines.add(BaselineRanker.standard(indexDir));
      baselines.add(BaselineRanker.english(indexDir));
      return new RelevanceEvaluation(CorpusSearchRanker.open(indexDir), baselines);
    } catch (IOException | RuntimeException e) {
      for (BaselineRanker baseline : baselines) {
        baseline.close();
      }
      throw e;
    }
  }

  /** The text of every indexed paragraph (to check that judgments point at something). */
  public List<String> paragraphs() {
    return baselines.get(0).paragraphs();
  }

  /** The corpus-search configuration. */
  public Ranker corpusSearch() {
    return corpusSearch;
  }

  /** The baseline configurations, Lucene's StandardAnalyzer first. */
  public List<? extends Ranker> baselines() {
    return baselines;
  }

  /** Runs every query of a set through every configuration. */
  public QuerySetResult evaluate(String name, List<JudgedQuery> queries) throws IOException {
    List<RelevanceMetrics> base = new ArrayList<>();
    for (BaselineRanker baseline : baselines) {
      base.add(run(baseline, queries));
    }
    return new QuerySetResult(name, run(corpusSearch, queries), base);
  }

  private static RelevanceMetrics run(Ranker ranker, List<JudgedQuery> queries) throws IOException {
    List<RelevanceMetrics.Outcome> outcomes = new ArrayList<>();
    for (JudgedQuery query : queries) {
      outcomes.add(RelevanceMetrics.Outcome.of(query, ranker.top(query.query(), RelevanceMetrics.CUTOFF)));
    }
    return new RelevanceMetrics(ranker.name(), outcomes);
  }

  @Override
  public void close() throws IOException {
    try {
      corpusSearch.close();
    } finally {
      for (BaselineRanker baseline : baselines) {
        baseline.close();
      }
    }
  }
}
