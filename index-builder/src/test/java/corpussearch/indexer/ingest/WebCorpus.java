package corpussearch.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corpussearch.indexer.CliProcess;
import corpussearch.indexer.IndexBuilderCli;
import corpussearch.indexer.index.IndexSchema;
import corpussearch.indexer.warc.WarcFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Test helper: a corpus folder of text, saved pages and web archives, built into a real index on
 * disk by the command line, then searched the way a user would find an article: by a word only it
 * has.
 */
final class WebCorpus {

  /** Letters no English stemmer takes off the end of a word, so a marker is indexed as written. */
  private static final String LETTERS = "bcdfghkmp";

  final Path corpus;
  final Path index;

  WebCorpus(Path root) throws IOException {
    corpus = Files.createDirectories(root.resolve("corpus"));
    index = root.resolve("index");
  }

  /** A word that article {@code n} alone has. */
  static String marker(int n) {
    StringBuilder word = new StringBuilder("zq");
    for (int rest = n; ; rest /= LETTERS.length()) {
      word.append(LETTERS.charAt(rest % LETTERS.length()));
      if (rest < LETTERS.length()) {
        return word.toString();
      }
    }
  }

  /** Two paragraphs of news prose about article {@code n}, each with its marker. */
  static String[] paragraphs(int n) {
    String word = marker(n);
    return new String[] {
        "The harbour board of " + word + " met again on Thursday and agreed, after a long debate, to rebuild the old stone pier.",
        "Fishermen in " + word + " said the repairs were overdue; the last storm had torn away a third of the landing stage."};
  }

  /** A news page about article {@code n}, with navigation and a footer around it. */
  static String page(int n) {
    return WarcFiles.article("<title>Harbour story " + n + "</title>", paragraphs(n));
  }

  /** The address of article {@code n} in an archive. */
  static String url(int n) {
    return "https://www.harbour-news.example/story/" + n;
  }

  /**
   * Writes the articles every test keeps beside its bad input: a text file, a saved page and a
   * compressed archive of two pages. Returns their article numbers.
   */
  List<Integer> soundArticles() throws IOException {
    String[] text = paragraphs(901);
    Files.writeString(corpus.resolve("sound-text.txt"), "Harbour story 901\n\n" + text[0] + "\n\n" + text[1] + "\n");
    Files.writeString(corpus.resolve("sound-page.html"), page(902));
    try (WarcFiles warc = new WarcFiles(corpus.resolve("sound-crawl.warc.gz"), true)) {
      warc.response(url(903), 200, "text/html", page(903));
      warc.response(url(904), 200, "text/html", page(904));
    }
    return List.of(901, 902, 903, 904);
  }

  /** Writes an archive of pages {@code first}..{@code last}, returning where each record ends. */
  List<Long> archive(String name, boolean gzip, int first, int last) throws IOException {
    List<Long> ends = new ArrayList<>();
    try (WarcFiles warc = new WarcFiles(corpus.resolve(name), gzip)) {
      for (int n = first; n <= last; n++) {
        warc.response(url(n), 200, "text/html; charset=utf-8", page(n));
        ends.add(warc.position());
      }
    }
    return ends;
  }

  /** Builds the index with the command line ({@code --json}), which must succeed, and returns the report. */
  Report build(String... options) throws IOException {
    List<String> args = new ArrayList<>(List.of("--corpus", corpus.toString(), "--index", index.toString(), "--json"));
    args.addAll(List.of(options));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = IndexBuilderCli.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(exit).as(err.toString()).isZero();
    return new Report(new ObjectMapper().readTree(out.toString()));
  }

  /**
   * Builds the index with the command line in a JVM of its own, with at most {@code heapMb} of heap,
   * which must succeed, and returns the report.
   */
  Report buildInJvm(int heapMb) throws IOException, InterruptedException {
    CliProcess.Result run = CliProcess.run(index.resolveSibling("logs"), Map.of("JAVA_TOOL_OPTIONS", "-Xmx" + heapMb + "m"),
        "--corpus", corpus.toString(), "--index", index.toString(), "--json");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    return new Report(new ObjectMapper().readTree(run.stdout()));
  }

  /** How many paragraphs of the index have {@code word}. */
  long hits(String word) throws IOException {
    try (Directory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
      return new IndexSearcher(reader).count(new TermQuery(new Term(IndexSchema.TEXT, word)));
    }
  }

  /** The numbers among {@code articles} whose words cannot be found. */
  List<Integer> unsearchable(List<Integer> articles) throws IOException {
    List<Integer> missing = new ArrayList<>();
    for (int n : articles) {
      if (hits(marker(n)) == 0) {
        missing.add(n);
      }
    }
    return missing;
  }

  static List<Integer> range(int first, int last) {
    return IntStream.rangeClosed(first, last).boxed().toList();
  }

  /** Whether Lucene's own check finds the index whole. */
  boolean indexIsClean() throws IOException {
    try (Directory directory = FSDirectory.open(index); CheckIndex check = new CheckIndex(directory)) {
      check.setInfoStream(null);
      return check.checkIndex().clean;
    }
  }

  /** A build report as the command line printed it. */
  record Report(JsonNode json) {

    /** The problem lines about {@code file}. */
    List<JsonNode> problems(String file) {
      List<JsonNode> lines = new ArrayList<>();
      json.get("problems").forEach(p -> {
        if (p.get("file").asText().equals(file)) {
          lines.add(p);
        }
      });
      return lines;
    }

    /** The problem lines about {@code file} that say something of it was skipped. */
    List<JsonNode> errors(String file) {
      return problems(file).stream().filter(p -> p.get("severity").asText().equals("error")).toList();
    }
  }
}
