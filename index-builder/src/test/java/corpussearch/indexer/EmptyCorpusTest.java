package corpussearch.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A corpus folder with no readable article (empty, mistyped, not mounted, or holding only files
 * that are not articles) never empties an index: the build stops with a message and exit 1, and
 * the index is left as it was, unless {@code --allow-empty} asks for an empty index.
 */
class EmptyCorpusTest {

  private static final Path SEEDS = Path.of("..", "seeds");
  private static TempFolder temp;
  private static Path index;

  private record Run(int exitCode, String out, String err) {}

  @BeforeContainer
  static void buildSeeds() throws IOException {
    temp = TempFolder.create("empty-corpus");
    index = temp.path().resolve("index");
    assertThat(run("--corpus", SEEDS.toString(), "--index", index.toString()).exitCode()).isZero();
  }

  @AfterContainer
  static void cleanUp() throws IOException {
    temp.close();
  }

  @Property(tries = 15)
  void aCorpusWithoutReadableArticlesLeavesTheIndexUntouchedAndExitsOne(@ForAll("articlelessFiles") List<Junk> files)
      throws IOException {
    Path corpus = Files.createTempDirectory(temp.path(), "corpus");
    for (Junk file : files) {
      Files.write(corpus.resolve(file.name()), file.content());
    }
    long generation = generation();

    Run run = run("--corpus", corpus.toString(), "--index", index.toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.err()).contains("no readable article in " + corpus).contains("index left unchanged").contains("--allow-empty");
    assertThat(generation()).isEqualTo(generation);
    assertThat(paragraphs()).isPositive();
  }

  @Example
  void aCorpusFolderThatDoesNotExistIsAnErrorThatLeavesTheIndexUntouched() throws IOException {
    long generation = generation();
    for (Path corpus : List.of(temp.path().resolve("not-mounted"), Files.writeString(temp.path().resolve("a-file"), "x"))) {
      Run run = run("--corpus", corpus.toString(), "--index", index.toString());
      assertThat(run.exitCode()).isNotZero();
      assertThat(run.err()).contains("--corpus " + corpus);
      assertThat(generation()).isEqualTo(generation);
    }
  }

  @Example
  void allowEmptyEmptiesTheIndexOnRequest() throws IOException {
    Path other = temp.path().resolve("other-index");
    assertThat(run("--corpus", SEEDS.toString(), "--index", other.toString()).exitCode()).isZero();
    Path corpus = Files.createDirectories(temp.path().resolve("really-empty"));

    Run run = run("--corpus", corpus.toString(), "--index", other.toString(), "--allow-empty");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Articles:   0 (0 added, 0 changed, 0 unchanged, 5 removed)").contains("Index:      committed");
    try (Directory directory = FSDirectory.open(other); DirectoryReader reader = DirectoryReader.open(directory)) {
      assertThat(reader.numDocs()).isZero();
    }
  }

  /** A file that is not a readable article. */
  record Junk(String name, byte[] content) {}

  @Provide
  Arbitrary<List<Junk>> articlelessFiles() {
    Arbitrary<String> stem = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10);
    Arbitrary<Junk> empty = stem.map(s -> new Junk(s + ".txt", new byte[0]));
    Arbitrary<Junk> blank = Combinators.combine(stem, Arbitraries.strings().withChars(" \n\t\r").ofMaxLength(30))
        .as((s, ws) -> new Junk(s + ".txt", ws.getBytes(StandardCharsets.UTF_8)));
    Arbitrary<Junk> other = Combinators.combine(stem, Arbitraries.of(".md", ".html.bak", ".csv", ""), Arbitraries.strings().ofMaxLength(200))
        .as((s, ext, text) -> new Junk("x" + s + ext, text.getBytes(StandardCharsets.UTF_8)));
    Arbitrary<Junk> badJson = Combinators.combine(stem, Arbitraries.of("not json", "[1,2]", "{\"title\":\"no text\"}", "{\"text\":"))
        .as((s, line) -> new Junk(s + ".jsonl", (line + "\n").getBytes(StandardCharsets.UTF_8)));
    return Arbitraries.oneOf(empty, blank, other, badJson).list().ofMaxSize(6).uniqueElements(Junk::name);
  }

  private static long generation() throws IOException {
    try (Directory directory = FSDirectory.open(index)) {
      return SegmentInfos.getLastCommitGeneration(directory);
    }
  }

  private static int paragraphs() throws IOException {
    try (Directory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
      return reader.numDocs();
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = IndexBuilderCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }
}
