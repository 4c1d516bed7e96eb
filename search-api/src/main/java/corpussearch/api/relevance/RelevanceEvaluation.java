package corpussearch.api.relevance;

import corpussearch.indexer.build.BuildOptions;
import corpussearch.indexer.build.IndexBuild;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs judged queries against both configurations over one built index: corpus-search ({@link
 * CorpusSearchRanker}) and the StandardAnalyzer + BM25 baseline ({@link BaselineRanker}) over the
 * same paragraphs.
 */
public final class RelevanceEvaluation implements Closeable {

  /** Largest article file the index build reads, as the CLI's default. */
  private static final long MAX_FILE_BYTES = 32_000_000;

  private final CorpusSearchRanker corpusSearch;
  private final BaselineRanker baseline;

  private RelevanceEvaluation(CorpusSearchRanker corpusSearch, BaselineRanker baseline) {
    this.corpusSearch = corpusSearch;
    this.baseline = baseline;
  }

  /**
   * The figures of one query set under both configurations.
   *
   * @param name the set's name (its file name)
   * @param corpusSearch corpus-search's outcomes
   * @param baseline the baseline's outcomes, in the same order
   */
  public record QuerySetResult(String name, RelevanceMetrics corpusSearch, RelevanceMetrics baseline) {}

  /** Builds the paragraph index of {@code corpus} into {@code indexDir} as index-builder does. */
  public static void buildIndex(Path corpus, Path indexDir) throws IOException {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    new IndexBuild(new BuildOptions(corpus, indexDir, false, MAX_FILE_BYTES), quiet).run();
  }

  /** Opens both configurations over the built index in {@code indexDir}. */
  public static RelevanceEvaluation open(Path indexDir) throws IOException {
    BaselineRanker baseline = BaselineRanker.over(indexDir);
    try {
      return new RelevanceEvaluation(CorpusSearchRanker.open(indexDir), baseline);
    } catch (RuntimeException e) {
      baseline.close();
      throw e;
    }
  }

  /** The text of every indexed paragraph (to check that judgments point at something). */
  public List<String> paragraphs() {
    return baseline.paragraphs();
  }

  /** The corpus-search configuration. */
  public Ranker corpusSearch() {
    return corpusSearch;
  }

  /** The baseline configuration. */
  public Ranker baseline() {
    return baseline;
  }

  /** Runs every query of a set through both configurations. */
  public QuerySetResult evaluate(String name, List<JudgedQuery> queries) throws IOException {
    return new QuerySetResult(name, run(corpusSearch, queries), run(baseline, queries));
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
      baseline.close();
    }
  }
}
