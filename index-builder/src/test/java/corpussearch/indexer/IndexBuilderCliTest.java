package corpussearch.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: reports, exit codes and messages. */
class IndexBuilderCliTest {

  private static final Path SEEDS = Path.of("..", "seeds");

  @TempDir Path tmp;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = IndexBuilderCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void buildsTheSeedsWithExitZeroAndATextReport() throws IOException {
    Path index = tmp.resolve("index");
    Run run = run("--corpus", SEEDS.toString(), "--index", index.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("corpus-search index build: ")
        .contains("000_13b5d66cfb0b5b62  [added]  000_13b5d66cfb0b5b62.txt")
        .contains("title   Why are US-trained Afghans now joining IS-K?  (first-line)")
        .contains("author  Andrew Korybko  (byline-with-date)")
        .containsPattern("(?m)^  author  unknown$")
        .contains("Articles:   5 (5 added, 0 changed, 0 unchanged, 0 removed)")
        .containsPattern("Paragraphs: \\d+ indexed, \\d+ dropped \\(.*\\), \\d+ duplicates")
        .contains("Index:      committed");
    try (var dir = FSDirectory.open(index)) {
      assertThat(DirectoryReader.indexExists(dir)).isTrue();
    }

    Run again = run("--corpus", SEEDS.toString(), "--index", index.toString());
    assertThat(again.exitCode()).isZero();
    assertThat(again.out())
        .contains("Articles:   5 (0 added, 0 changed, 5 unchanged, 0 removed)")
        .contains("Index:      unchanged, nothing written");
  }

  @Test
  void jsonReportIsParseableWithTotalsAndPerArticleRules() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    for (Path seed : Files.list(SEEDS).toList()) {
      Files.copy(seed, corpus.resolve(seed.getFileName()));
    }
    Files.writeString(corpus.resolve("README.md"), "not an article");
    Files.writeString(corpus.resolve("feed.jsonl"), "{\"text\":\"fine body text of a JSON article.\",\"title\":\"JSON title\"}\nnot json\n");

    Run run = run("--corpus", corpus.toString(), "--index", tmp.resolve("index").toString(), "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(run.out());
    JsonNode totals = report.get("totals");
    assertThat(totals.get("articles").asInt()).isEqualTo(6);
    assertThat(totals.get("added").asInt()).isEqualTo(6);
    assertThat(totals.get("changed").asInt()).isZero();
    assertThat(totals.get("removed").asInt()).isZero();
    int paragraphs = 0;
    for (JsonNode article : report.get("articles")) {
      paragraphs += article.get("paragraphs").asInt();
    }
    assertThat(totals.get("paragraphs").asInt()).isEqualTo(paragraphs).isPositive();
    assertThat(report.get("committed").asBoolean()).isTrue();
    assertThat(report.get("skippedFiles")).extracting(JsonNode::asText).containsExactly("README.md");
    assertThat(report.get("problems")).singleElement().satisfies(p -> {
      assertThat(p.get("file").asText()).isEqualTo("feed.jsonl");
      assertThat(p.get("line").asInt()).isEqualTo(2);
      assertThat(p.get("severity").asText()).isEqualTo("error");
    });

    JsonNode a000 = article(report, "000_13b5d66cfb0b5b62");
    assertThat(a000.get("status").asText()).isEqualTo("added");
    assertThat(a000.at("/metadata/title/value").asText()).isEqualTo("Why are US-trained Afghans now joining IS-K?");
    assertThat(a000.at("/metadata/title/rule").asText()).isEqualTo("first-line");
    assertThat(a000.at("/metadata/author/value").asText()).isEqualTo("Andrew Korybko");
    assertThat(a000.at("/metadata/author/rule").asText()).isEqualTo("byline-with-date");
    assertThat(a000.at("/metadata/outlet/rule").asText()).isNotBlank();
    assertThat(a000.at("/metadata/date/value").asText()).isEqualTo("2021-11-03");

    JsonNode a001 = article(report, "001_65378552d818f571");
    assertThat(a001.at("/metadata/author/value").isNull()).isTrue();
    assertThat(a001.at("/metadata/author/rule").isNull()).isTrue();
    assertThat(a001.get("duplicates").asInt()).isPositive();
    assertThat(a001.get("dropped").size()).isPositive();

    JsonNode json = article(report, report.at("/articles").findValuesAsText("articleId").stream()
        .filter(id -> id.startsWith("feed-")).findFirst().orElseThrow());
    assertThat(json.at("/metadata/title/value").asText()).isEqualTo("JSON title");
    assertThat(json.at("/metadata/title/rule").asText()).isEqualTo("jsonl-field");
  }

  private static JsonNode article(JsonNode report, String id) {
    for (JsonNode article : report.get("articles")) {
      if (article.get("articleId").asText().equals(id)) {
        return article;
      }
    }
    throw new AssertionError("no article " + id + " in the report");
  }

  @Test
  void unknownOptionExitsTwoWithUsageOnStderr() {
    Run run = run("--corpus", SEEDS.toString(), "--index", tmp.resolve("i").toString(), "--bogus");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--bogus").contains("Usage: index-builder");
    assertThat(run.out()).isEmpty();
    assertThat(tmp.resolve("i")).doesNotExist();
  }

  @Test
  void missingCorpusOptionExitsTwo() {
    Run run = run("--index", tmp.resolve("i").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--corpus").contains("Usage: index-builder");
  }

  @Test
  void nonPositiveOrNonNumericMaxFileSizeExitsTwo() {
    for (String value : new String[] {"0", "-1", "abc", "NaN"}) {
      Run run = run("--corpus", SEEDS.toString(), "--index", tmp.resolve("i").toString(), "--max-file-mb", value);
      assertThat(run.exitCode()).as("--max-file-mb %s", value).isEqualTo(2);
      assertThat(run.err()).as("--max-file-mb %s", value).contains("--max-file-mb").contains("Usage:");
    }
    assertThat(tmp.resolve("i")).doesNotExist();
  }

  @Test
  void missingCorpusFolderExitsTwoWithAMessage() throws IOException {
    Path missing = tmp.resolve("no-such-corpus");
    Run run = run("--corpus", missing.toString(), "--index", tmp.resolve("i").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(missing + " does not exist").contains("Usage:");
    assertThat(tmp.resolve("i")).doesNotExist();

    Path file = Files.writeString(tmp.resolve("corpus.txt"), "a file, not a folder");
    assertThat(run("--corpus", file.toString(), "--index", tmp.resolve("i").toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void helpAndVersionExitZero() {
    Run help = run("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: index-builder", "--corpus", "--index", "--json", "--full", "--max-file-mb");
    Run version = run("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).contains("index-builder");
  }

  @Test
  void indexPathThatIsARegularFileExitsOneWithAMessageAndNoStackTrace() throws IOException {
    Path file = Files.writeString(tmp.resolve("index-is-a-file"), "keep me");
    Run run = run("--corpus", SEEDS.toString(), "--index", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("index-builder: ").contains(file.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(file)).isEqualTo("keep me");
  }

  @Test
  void realProcessExitCodesAndStderr() throws Exception {
    Path file = Files.writeString(tmp.resolve("index-is-a-file"), "keep me");
    CliProcess.Result failure = CliProcess.run(tmp.resolve("log1"), Map.of(), "--corpus", SEEDS.toString(), "--index", file.toString());
    assertThat(failure.exitCode()).isEqualTo(1);
    assertThat(failure.stderr()).contains("index-builder: ").doesNotContain("Exception").doesNotContain("\tat ");

    CliProcess.Result badArgs = CliProcess.run(tmp.resolve("log2"), Map.of(), "--corpus");
    assertThat(badArgs.exitCode()).isEqualTo(2);
    assertThat(badArgs.stderr()).contains("Usage: index-builder");
  }

  @Test
  void indexDefaultsToTheCorpusIndexEnvironmentVariable() throws Exception {
    Path index = tmp.resolve("from-env");
    CliProcess.Result result = CliProcess.run(tmp.resolve("log"), Map.of("CORPUS_INDEX", index.toString()), "--corpus", SEEDS.toString());
    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stdout()).contains("-> " + index).contains("Index:      committed");
    try (var dir = FSDirectory.open(index)) {
      assertThat(DirectoryReader.indexExists(dir)).isTrue();
    }
  }
}
