package corpussearch.indexer;

import corpussearch.indexer.opensearch.AnalysisForm;
import corpussearch.indexer.opensearch.OpenSearchException;
import corpussearch.indexer.opensearch.OpenSearchTarget;
import corpussearch.indexer.pipeline.BuildOptions;
import corpussearch.indexer.pipeline.IndexBuild;
import corpussearch.indexer.report.BuildReport;
import corpussearch.indexer.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code index-builder} command: builds or updates the paragraph index of a corpus folder and
 * prints a report. Exit codes: 0 success, 1 failure (with a message), 2 bad arguments (with
 * usage).
 */
@Command(
    name = "index-builder",
    mixinStandardHelpOptions = true,
    version = "corpus-search index-builder 0.1.0",
    description = "Reads a corpus folder (.txt articles, .jsonl article lines, saved .html/.htm pages, .warc/.warc.gz web archives, optional metadata.csv) and writes a Lucene index (or an OpenSearch index) with one document per paragraph.",
    sortOptions = false)
public final class IndexBuilderCli implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Corpus folder to read.")
  Path corpus;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "${env:CORPUS_INDEX:-data/index}",
      description = "Index folder to write (created when missing). Default: ${DEFAULT-VALUE} (env CORPUS_INDEX).")
  Path index;

  @Option(names = "--json", description = "Print the report as JSON instead of text.")
  boolean json;

  @Option(names = "--full", description = "Rebuild every article instead of only the changed ones.")
  boolean full;

  @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "32",
      description = "Largest article file (or JSON line) to read, in MB; larger ones are reported and skipped. Default: ${DEFAULT-VALUE}.")
  double maxFileMb;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "${env:CORPUS_BUILD_THREADS:-0}",
      description = "Articles processed at once; 0 means one per processor. Default: ${DEFAULT-VALUE} (env CORPUS_BUILD_THREADS).")
  int threads;

  @Option(names = "--merge", description = "Merge the index into one segment before committing: faster searches over a corpus built once, for the price of rewriting the whole index.")
  boolean merge;

  @Option(names = "--allow-empty", description = "Commit even when the corpus has no readable article, emptying the index. Without it such a build stops with exit 1 and leaves the index as it was.")
  boolean allowEmpty;

  /** Where the build writes. */
  enum Target { lucene, opensearch }

  @Option(names = "--target", paramLabel = "lucene|opensearch", defaultValue = "lucene",
      description = "Write the Lucene index folder (--index), or a new version of the index on an OpenSearch cluster (--opensearch-url), moving its alias there when the build succeeds. Default: ${DEFAULT-VALUE}.")
  Target target;

  @Option(names = "--opensearch-url", paramLabel = "URL[,URL...]",
      description = "With --target opensearch: the HTTP addresses of one or more nodes of the cluster; requests go to them in turn.")
  String openSearchUrls;

  @Option(names = "--opensearch-index", paramLabel = "ALIAS", defaultValue = OpenSearchTarget.DEFAULT_ALIAS,
      description = "With --target opensearch: the alias searches use; each build writes ALIAS-vN. Default: ${DEFAULT-VALUE}.")
  String openSearchAlias;

  @Option(names = "--shards", paramLabel = "N", defaultValue = "1",
      description = "With --target opensearch: primary shards of the new index (paragraphs are routed by article). Default: ${DEFAULT-VALUE}.")
  int shards;

  @Option(names = "--replicas", paramLabel = "N", defaultValue = "1",
      description = "With --target opensearch: replicas of each shard (a one-node cluster needs 0 to be green). Default: ${DEFAULT-VALUE}.")
  int replicas;

  @Option(names = "--opensearch-analysis", paramLabel = "builtin|plugin", defaultValue = "builtin", converter = AnalysisFormConverter.class,
      description = "With --target opensearch: the analysis chain as index settings of OpenSearch's built-in filters (runs on any cluster), or the corpus-analysis plugin's analyzers (installed on every node). Default: ${DEFAULT-VALUE}.")
  AnalysisForm analysis;

  @Option(names = "--opensearch-user", paramLabel = "USER",
      description = "With --target opensearch: the user of a cluster running the security plugin (needs --opensearch-password-file).")
  String openSearchUser;

  @Option(names = "--opensearch-password-file", paramLabel = "FILE",
      description = "With --target opensearch: the file whose first line is that user's password.")
  Path openSearchPasswordFile;

  @Option(names = "--opensearch-ca-file", paramLabel = "PEM",
      description = "With --target opensearch: the certificate authorities to trust for https nodes (PEM), instead of the JDK's.")
  Path openSearchCaFile;

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    LuceneLogging.quietVectorizationNotice();
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command with the given output streams and returns its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new IndexBuilderCli());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("index-builder: " + describe(e));
      return 1;
    });
    return commandLine.execute(args);
  }

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(corpus)) {
      String what = Files.exists(corpus) ? "is not a folder" : "does not exist (a mistyped path, or a volume not mounted?)";
      throw new ParameterException(spec.commandLine(), "--corpus " + corpus + " " + what + "; index left unchanged");
    }
    if (!(maxFileMb > 0)) {
      throw new ParameterException(spec.commandLine(), "--max-file-mb must be a positive number");
    }
    if (threads < 0) {
      throw new ParameterException(spec.commandLine(), "--threads must be 0 (one per processor) or more");
    }
    int workers = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    BuildOptions options = new BuildOptions(corpus, index, full, (long) (maxFileMb * 1_000_000), workers, merge, allowEmpty,
        openSearchTarget());
    BuildReport report = new IndexBuild(options, System.err).run();
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? ReportWriter.json(report) + "\n" : ReportWriter.text(report));
    out.flush();
    return 0;
  }

  /** The cluster to write into, or null for the Lucene target; flags of the other target are refused. */
  private OpenSearchTarget openSearchTarget() {
    var parsed = spec.commandLine().getParseResult();
    if (target == Target.lucene) {
      for (String flag : new String[] {"--opensearch-url", "--opensearch-index", "--shards", "--replicas", "--opensearch-analysis",
          "--opensearch-user", "--opensearch-password-file", "--opensearch-ca-file"}) {
        if (parsed.hasMatchedOption(flag)) {
          throw new ParameterException(spec.commandLine(), flag + " needs --target opensearch");
        }
      }
      return null;
    }
    if (parsed.hasMatchedOption("--index")) {
      throw new ParameterException(spec.commandLine(), "--index is the Lucene target's folder; --target opensearch writes to --opensearch-url");
    }
    if (openSearchUrls == null || openSearchUrls.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--target opensearch needs --opensearch-url URL[,URL...]");
    }
    try {
      return new OpenSearchTarget(OpenSearchTarget.parseNodes(openSearchUrls), openSearchAlias, shards, replicas, analysis,
          new OpenSearchTarget.Credentials(openSearchUser, openSearchPasswordFile, openSearchCaFile));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** Reads {@code builtin} or {@code plugin}. */
  static final class AnalysisFormConverter implements CommandLine.ITypeConverter<AnalysisForm> {
    @Override
    public AnalysisForm convert(String value) {
      return switch (value) {
        case "builtin" -> AnalysisForm.BUILT_IN;
        case "plugin" -> AnalysisForm.PLUGIN;
        default -> throw new CommandLine.TypeConversionException("expected builtin or plugin, not '" + value + "'");
      };
    }
  }

  private static String describe(Exception e) {
    if (e instanceof OpenSearchException) {
      return e.getMessage();
    }
    if (e instanceof LockObtainFailedException) {
      return "another index build is writing this index right now (" + e.getMessage() + ")";
    }
    String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    return e instanceof IOException ? "cannot write the index: " + message : message;
  }
}
