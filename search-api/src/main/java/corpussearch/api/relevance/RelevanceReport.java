package corpussearch.api.relevance;

import corpussearch.api.relevance.RelevanceEvaluation.QuerySetResult;
import corpussearch.api.relevance.opensearch.OpenSearchException;
import corpussearch.indexer.LuceneLogging;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Prints the relevance figures of a corpus: {@code RelevanceReport --corpus DIR --queries FILE...
 * [--opensearch URL] [--out FILE]}. Builds a temporary index of the corpus, runs every query file
 * through corpus-search and the baselines (the OpenSearch one on the cluster at {@code URL}, when
 * given) and prints {@link RelevanceTables#format the tables}. With {@code --out} the same text is
 * also written to a file. Exit codes: 0 done, 2 bad arguments, 1 failure (one line on stderr).
 */
public final class RelevanceReport {

  private static final String USAGE = "usage: RelevanceReport --corpus DIR --queries FILE... [--opensearch URL] [--out FILE]";

  private RelevanceReport() {}

  /**
   * The command line.
   *
   * @param corpus the corpus folder
   * @param queryFiles the judged-query files
   * @param openSearch the OpenSearch node to run the OpenSearch baseline on, if any
   * @param out a file to write the report to as well, or null
   */
  private record Options(Path corpus, List<Path> queryFiles, Optional<URI> openSearch, Path out) {}

  public static void main(String[] args) {
    LuceneLogging.quietVectorizationNotice();
    Options options = parse(args);
    try {
      String report = run(options.corpus(), options.queryFiles(), options.openSearch());
      System.out.print(report);
      if (options.out() != null) {
        Files.writeString(options.out(), report, StandardCharsets.UTF_8);
      }
    } catch (OpenSearchException e) {
      System.err.println("relevance report: " + e.getMessage());
      System.exit(1);
    } catch (IOException | RuntimeException e) {
      System.err.println("relevance report: " + e);
      System.exit(1);
    }
  }

  private static Options parse(String[] args) {
    Path corpus = null;
    Path out = null;
    Optional<URI> openSearch = Optional.empty();
    List<Path> queryFiles = new ArrayList<>();
    String option = null;
    for (String arg : args) {
      switch (arg) {
        case "--corpus", "--queries", "--out", "--opensearch" -> option = arg;
        case "-h", "--help" -> {
          System.out.println(USAGE);
          System.exit(0);
        }
        default -> {
          switch (option == null ? "" : option) {
            case "--corpus" -> corpus = Path.of(arg);
            case "--out" -> out = Path.of(arg);
            case "--opensearch" -> openSearch = Optional.of(openSearchAddress(arg));
            case "--queries" -> queryFiles.add(Path.of(arg)); // --queries takes every following file
            default -> usage("unexpected argument " + arg);
          }
          option = "--queries".equals(option) ? option : null;
        }
      }
    }
    if (corpus == null || !Files.isDirectory(corpus)) {
      usage("--corpus must name a folder");
    }
    if (queryFiles.isEmpty()) {
      usage("--queries needs at least one file");
    }
    return new Options(corpus, queryFiles, openSearch, out);
  }

  /**
   * The node to talk to: the first of a comma-separated list (as {@code scripts/opensearch-cluster.sh}
   * prints them), an {@code http} or {@code https} address with a host; anything else is a usage
   * error (exit 2).
   */
  static URI openSearchAddress(String arg) {
    String first = arg.split(",", -1)[0].strip();
    try {
      URI uri = new URI(first);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below, as any other address that is not http://host[:port]
    }
    usage("--opensearch needs an address such as http://127.0.0.1:9201, not \"" + arg + "\"");
    return null; // not reached: usage exits
  }

  private static void usage(String problem) {
    System.err.println("relevance report: " + problem);
    System.err.println(USAGE);
    System.exit(2);
  }

  /**
   * Builds a temporary index of {@code corpus}, evaluates every file and formats the report; the
   * OpenSearch baseline runs on the cluster at {@code openSearch} when one is given.
   */
  public static String run(Path corpus, List<Path> queryFiles, Optional<URI> openSearch) throws IOException {
    Path index = Files.createTempDirectory("corpus-search-relevance");
    try {
      RelevanceEvaluation.buildIndex(corpus, index);
      List<QuerySetResult> results = new ArrayList<>();
      try (RelevanceEvaluation evaluation = RelevanceEvaluation.open(index, openSearch)) {
        evaluation.openSearchCluster().ifPresent(cluster -> System.err.println("relevance report: opensearch baseline on " + cluster));
        for (Path file : queryFiles) {
          results.add(evaluation.evaluate(file.getFileName().toString(), JudgedQuery.load(file)));
        }
      }
      return RelevanceTables.format(results);
    } finally {
      deleteRecursively(index);
    }
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
