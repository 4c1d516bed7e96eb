package corpussearch.indexer.pipeline;

import corpussearch.indexer.source.CorpusProblem;
import corpussearch.indexer.corpus.CorpusReader;
import corpussearch.indexer.corpus.MetadataOverrides;
import corpussearch.indexer.source.SourceDocument;
import corpussearch.indexer.index.ArticleIndexWriter;
import corpussearch.indexer.index.ArticleStore;
import corpussearch.indexer.opensearch.OpenSearchArticleWriter;
import corpussearch.indexer.report.ArticleReport;
import corpussearch.indexer.report.BuildReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One run of the index builder: reads the corpus, processes every article and writes the changes
 * to the index in a single commit (or none when nothing changed).
 */
public final class IndexBuild {

  /** Runs with more files than this report progress on the progress stream. */
  static final int PROGRESS_THRESHOLD = 300;

  private final BuildOptions options;
  private final PrintStream progress;

  /**
   * @param options what to build
   * @param progress where progress lines go for long runs (stderr from the CLI)
   */
  public IndexBuild(BuildOptions options, PrintStream progress) {
    this.options = options;
    this.progress = progress;
  }

  /**
   * Builds or updates the index.
   *
   * @throws IOException when the index cannot be written (the last commit stays intact)
   * @throws EmptyCorpusException when no article could be read and {@link
   *     BuildOptions#allowEmpty()} is off (nothing is written)
   */
  public BuildReport run() throws IOException {
    long start = System.nanoTime();
    CorpusReader reader = new CorpusReader(options.corpus(), options.maxFileBytes(), options.threads());
    List<CorpusProblem> csvProblems = new ArrayList<>();
    MetadataOverrides overrides = MetadataOverrides.load(options.corpus(), csvProblems);
    ThreadLocal<ArticlePipeline> pipelines = ThreadLocal.withInitial(() -> new ArticlePipeline(overrides));
    List<Path> files = reader.files();
    List<ArticleReport> articles = new ArrayList<>();
    List<CorpusProblem> bodyProblems = new ArrayList<>();
    Set<String> kept = new HashSet<>();
    int removed;
    boolean committed;
    boolean merged;
    double mergeSeconds;
    String target;
    try (ArticleStore writer = openStore();
        ParallelArticles<Outcome> parallel = new ParallelArticles<>(options.threads())) {
      Progress counter = new Progress(files.size());
      reader.read(files, source -> {
        counter.fileSeen(source.sourceFile());
        parallel.submit(() -> process(pipelines.get(), writer, source));
      });
      collect(parallel.results(), articles, kept, bodyProblems);
      if (kept.isEmpty() && !options.allowEmpty()) {
        throw new EmptyCorpusException(options.corpus(), files.size(), allProblems(csvProblems, reader, bodyProblems, overrides));
      }
      removed = writer.deleteAllExcept(kept);
      long merging = System.nanoTime();
      merged = options.merge() && writer.mergeIntoOneSegment();
      mergeSeconds = merged ? (System.nanoTime() - merging) / 1e9 : 0;
      committed = writer.commit();
      target = writer.describe();
    }
    List<CorpusProblem> problems = allProblems(csvProblems, reader, bodyProblems, overrides);
    double elapsed = (System.nanoTime() - start) / 1e9;
    return new BuildReport(options.corpus().toString(), target, articles, removed,
        reader.skippedFiles(), problems, committed, merged, mergeSeconds, elapsed);
  }

  /**
   * The Lucene index folder, or a new version of the index on the OpenSearch cluster: either keeps
   * what readers see until the commit.
   */
  private ArticleStore openStore() throws IOException {
    if (options.openSearch() != null) {
      return OpenSearchArticleWriter.open(options.openSearch(), options.full());
    }
    return ArticleIndexWriter.open(options.index(), options.full(), options.merge());
  }

  private static void collect(List<Outcome> outcomes, List<ArticleReport> articles, Set<String> kept, List<CorpusProblem> bodyProblems) {
    for (Outcome outcome : outcomes) {
      if (outcome.report() == null) {
        bodyProblems.add(outcome.problem());
      } else {
        kept.add(outcome.report().articleId());
        articles.add(outcome.report());
      }
    }
  }

  private static List<CorpusProblem> allProblems(List<CorpusProblem> csvProblems, CorpusReader reader,
      List<CorpusProblem> bodyProblems, MetadataOverrides overrides) {
    List<CorpusProblem> problems = new ArrayList<>(csvProblems);
    problems.addAll(reader.problems());
    problems.addAll(bodyProblems);
    problems.addAll(overrides.unusedRows());
    return problems;
  }

  /**
   * What happened to one article: its report, or the problem when it had no body text to index.
   * Only this small record outlives the task, not the article's text.
   */
  private record Outcome(ArticleReport report, CorpusProblem problem) {}

  private static Outcome process(ArticlePipeline pipeline, ArticleStore writer, SourceDocument source) throws IOException {
    ArticlePipeline.Result result;
    try {
      result = pipeline.process(source);
    } catch (RuntimeException | StackOverflowError e) {
      // A rule that fails on one article's text must not stop the build of all the others.
      return new Outcome(null, CorpusProblem.error(source.sourceFile(), 0,
          "article " + source.articleId() + " could not be read (" + CorpusProblem.cause(e) + "); not indexed"));
    }
    if (result.article().paragraphs().isEmpty()) {
      return new Outcome(null, CorpusProblem.error(source.sourceFile(), 0,
          "article " + source.articleId() + " has no body text left; not indexed"));
    }
    String status = writer.write(result.article()).name().toLowerCase(Locale.ROOT);
    return new Outcome(report(source, result, status), null);
  }

  private static ArticleReport report(SourceDocument source, ArticlePipeline.Result result, String status) {
    var article = result.article();
    return new ArticleReport(article.articleId(), source.sourceFile(), status, article.metadata(),
        article.paragraphs().size(), result.dropped(), result.duplicates(), source.encoding());
  }

  /** Prints a line every few percent of files, but only for runs large enough to need it. */
  private final class Progress {
    private final int total;
    private final int step;
    private String lastFile;
    private int seen;

    Progress(int total) {
      this.total = total;
      this.step = Math.max(1, total / 20);
    }

    void fileSeen(String file) {
      if (!file.equals(lastFile)) {
        lastFile = file;
        seen++;
        if (total > PROGRESS_THRESHOLD && (seen % step == 0 || seen == total)) {
          progress.printf(Locale.ROOT, "indexed %d/%d files%n", seen, total);
        }
      }
    }
  }
}
