package corpussearch.api.relevance;

import corpussearch.indexer.pipeline.BuildOptions;
import corpussearch.indexer.pipeline.IndexBuild;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Runs judged queries against corpus-search ({@link CorpusSearchRanker}) and the baselines over the
 * same paragraphs of one built index: Lucene's StandardAnalyzer and EnglishAnalyzer + BM25 ({@link
 * BaselineRanker}) always, OpenSearch's english analyzer with a {@code match} query ({@link
 * OpenSearchRanker}) when a cluster is given.
 */
public final class RelevanceEvaluation implements Closeable {

  /** Largest article file the index build reads, as the CLI's default. */
  private static final long MAX_FILE_BYTES = 32_000_000;
  /** How to get the OpenSearch baseline when it was not asked for. */
  static final String OPENSEARCH_HOW_TO = "scripts/relevance.sh --with-opensearch, or --opensearch URL";

  private final List<IndexedParagraph> paragraphs;
  private final CorpusSearchRanker corpusSearch;
  private final List<Ranker> baselines;
  private final List<NotRun> notRun;

  private RelevanceEvaluation(List<IndexedParagraph> paragraphs, CorpusSearchRanker corpusSearch, List<Ranker> baselines,
      List<NotRun> notRun) {
    this.paragraphs = paragraphs;
    this.corpusSearch = corpusSearch;
    this.baselines = List.copyOf(baselines);
    this.notRun = notRun;
  }

  /**
   * A baseline left out of this evaluation.
   *
   * @param configuration its name, as its column is headed
   * @param howToRun what runs it
   */
  public record NotRun(String configuration, String howToRun) {}

  /**
   * The figures of one query set under every configuration.
   *
   * @param name the set's name (its file name)
   * @param corpusSearch corpus-search's outcomes
   * @param baselines each baseline's outcomes, queries in the same order
   * @param notRun the baselines that were not run
   */
  public record QuerySetResult(String name, RelevanceMetrics corpusSearch, List<RelevanceMetrics> baselines, List<NotRun> notRun) {

    public QuerySetResult {
      baselines = List.copyOf(baselines);
      notRun = List.copyOf(notRun);
    }

    /**
     * The baseline with the highest MRR@10 on this set (the first listed of equals): the one
     * corpus-search is measured against.
     */
    public RelevanceMetrics bestBaseline() {
      return baselines.stream().max(Comparator.comparingDouble(RelevanceMetrics::mrr)).orElseThrow();
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

  /** Opens corpus-search and the Lucene baselines over the built index in {@code indexDir}; OpenSearch is not run. */
  public static RelevanceEvaluation open(Path indexDir) throws IOException {
    return open(indexDir, Optional.empty());
  }

  /**
   * Opens every configuration over the built index in {@code indexDir}, the OpenSearch baseline on
   * the cluster at {@code openSearch} when one is given (its paragraphs are indexed there now).
   *
   * @throws corpussearch.api.relevance.opensearch.OpenSearchException when that cluster cannot be used
   */
  public static RelevanceEvaluation open(Path indexDir, Optional<URI> openSearch) throws IOException {
    List<IndexedParagraph> paragraphs = IndexedParagraph.readAll(indexDir);
    List<Ranker> baselines = new ArrayList<>();
    try {
      baselines.add(BaselineRanker.standard(paragraphs));
      baselines.add(BaselineRanker.english(paragraphs));
      if (openSearch.isPresent()) {
        baselines.add(OpenSearchRanker.open(openSearch.get(), paragraphs));
      }
      List<NotRun> notRun = openSearch.isPresent() ? List.of() : List.of(new NotRun("opensearch", OPENSEARCH_HOW_TO));
      return new RelevanceEvaluation(paragraphs, CorpusSearchRanker.open(indexDir), baselines, notRun);
    } catch (IOException | RuntimeException e) {
      try {
        closeAll(baselines);
      } catch (IOException again) {
        e.addSuppressed(again);
      }
      throw e;
    }
  }

  /** The text of every indexed paragraph (to check that judgments point at something). */
  public List<String> paragraphs() {
    return paragraphs.stream().map(IndexedParagraph::text).toList();
  }

  /** Which OpenSearch cluster the OpenSearch baseline runs on, when it runs. */
  public Optional<String> openSearchCluster() {
    return baselines.stream().filter(OpenSearchRanker.class::isInstance).map(b -> ((OpenSearchRanker) b).cluster()).findFirst();
  }

  /** The corpus-search configuration. */
  public Ranker corpusSearch() {
    return corpusSearch;
  }

  /** The baseline configurations, Lucene's StandardAnalyzer first. */
  public List<Ranker> baselines() {
    return baselines;
  }

  /** Runs every query of a set through every configuration. */
  public QuerySetResult evaluate(String name, List<JudgedQuery> queries) throws IOException {
    List<RelevanceMetrics> base = new ArrayList<>();
    for (Ranker baseline : baselines) {
      base.add(run(baseline, queries));
    }
    return new QuerySetResult(name, run(corpusSearch, queries), base, notRun);
  }

  /** The outcome of every query of {@code queries} ranked by {@code ranker}. */
  public static RelevanceMetrics run(Ranker ranker, List<JudgedQuery> queries) throws IOException {
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
      closeAll(baselines);
    }
  }

  /** Closes every ranker, even when one fails, and throws the first failure. */
  private static void closeAll(List<Ranker> rankers) throws IOException {
    IOException first = null;
    for (Ranker ranker : rankers) {
      try {
        ranker.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
