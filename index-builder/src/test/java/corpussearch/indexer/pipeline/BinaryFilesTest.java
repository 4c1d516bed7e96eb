package corpussearch.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.TempFolder;
import corpussearch.indexer.source.CorpusProblem;
import corpussearch.indexer.report.ArticleReport;
import corpussearch.indexer.report.BuildReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Binary files saved with an article's extension (an executable named {@code .txt}, an image
 * named {@code .jsonl}) are recognised by their content, skipped and reported; the rest of the
 * corpus is indexed as usual.
 */
class BinaryFilesTest {

  private static final String ARTICLE = "Dam opens after the floods\n\nThe new dam on the river opened on Monday after two years of delays caused by floods.\n";

  @Property(tries = 25)
  void binaryFilesAreSkippedAndReportedAndTheArticlesNextToThemIndexed(
      @ForAll("binaryBlobs") byte[] blob, @ForAll("articleExtensions") String extension) throws IOException {
    try (TempFolder temp = TempFolder.create("binary")) {
      Path corpus = temp.folder("corpus");
      Files.write(corpus.resolve("program" + extension), blob);
      Files.writeString(corpus.resolve("dam.txt"), ARTICLE, StandardCharsets.UTF_8);

      BuildReport report = IndexBuildTest.build(corpus, temp.path().resolve("index"), false);

      assertThat(report.articles()).extracting(ArticleReport::articleId).containsExactly("dam");
      assertThat(report.problems()).singleElement().satisfies(problem -> {
        assertThat(problem.file()).isEqualTo("program" + extension);
        assertThat(problem.severity()).isEqualTo(CorpusProblem.Severity.ERROR);
        assertThat(problem.message()).contains("binary");
      });
      IndexContents contents = IndexContents.read(temp.path().resolve("index"));
      assertThat(contents.articleIds()).containsExactly("dam");
      assertThat(contents.paragraphs()).allSatisfy(p -> assertThat(p.sourceFile()).isEqualTo("dam.txt"));
    }
  }

  @Provide
  Arbitrary<String> articleExtensions() {
    return Arbitraries.of(".txt", ".TXT", ".jsonl");
  }

  /**
   * Random bytes in the shapes binaries come in: an ELF or PNG header with random bytes behind it,
   * text with NUL bytes scattered in it, nothing but control characters, or a table of small
   * 16-bit numbers (NULs on one side of each byte pair, as in UTF-16 text).
   */
  @Provide
  Arbitrary<byte[]> binaryBlobs() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMinSize(16).ofMaxSize(20_000);
    Arbitrary<byte[]> withHeader = Arbitraries.of(
            new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0},
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13})
        .flatMap(header -> random.map(rest -> concat(header, rest)));
    Arbitrary<byte[]> textWithNuls = Arbitraries.strings().alpha().withChars(' ', '\n').ofMinLength(20).ofMaxLength(5_000)
        .flatMap(text -> Arbitraries.integers().between(0, text.length() - 1).list().ofMinSize(1).ofMaxSize(50)
            .map(positions -> {
              byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
              positions.forEach(at -> bytes[at] = 0);
              return bytes;
            }));
    Arbitrary<byte[]> controls = Arbitraries.bytes().between((byte) 1, (byte) 8).array(byte[].class).ofMinSize(16).ofMaxSize(4_000);
    Arbitrary<byte[]> smallShorts = Arbitraries.integers().between(0, 255).list().ofMinSize(32).ofMaxSize(4_000)
        .map(values -> {
          byte[] bytes = new byte[values.size() * 2];
          for (int i = 0; i < values.size(); i++) {
            bytes[2 * i] = values.get(i).byteValue();
          }
          return bytes;
        });
    return Arbitraries.oneOf(withHeader, textWithNuls, controls, smallShorts);
  }

  private static byte[] concat(byte[] head, byte[] tail) {
    byte[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
