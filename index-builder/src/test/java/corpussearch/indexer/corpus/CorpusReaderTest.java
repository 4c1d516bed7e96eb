package corpussearch.indexer.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corpussearch.indexer.IndexBuilderCli;
import corpussearch.indexer.source.CorpusProblem.Severity;
import corpussearch.indexer.extract.FieldValue;
import corpussearch.indexer.source.CorpusProblem;
import corpussearch.indexer.source.SourceDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a corpus folder: order, formats, ids, and every kind of bad input, none fatal. */
class CorpusReaderTest {

  private static final long MAX = 1_000_000;
  private static final String ARTICLE = "A title\n\nThe first paragraph of the body.\n\nThe second one.\n";

  @TempDir Path corpus;

  /** A finished read: the documents in sink order, plus the reader for its problems. */
  private record Read(List<SourceDocument> docs, CorpusReader reader) {
    List<String> ids() {
      return docs.stream().map(SourceDocument::articleId).toList();
    }

    SourceDocument doc(String id) {
      return docs.stream().filter(d -> d.articleId().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no article " + id + " in " + ids()));
    }

    List<CorpusProblem> problems() {
      return reader.problems();
    }

    /** The document at {@code index} in reading order. */
    SourceDocument at(int index) {
      return docs.get(index);
    }
  }

  /** The id of a JSON line without its own id: the file's path, a dash, and a 16-digit hash. */
  private static final String HASHED = "-[0-9a-f]{16}";

  private Read read(long maxFileBytes) throws IOException {
    CorpusReader reader = new CorpusReader(corpus, maxFileBytes);
    List<SourceDocument> docs = new ArrayList<>();
    reader.read(reader.files(), docs::add);
    return new Read(docs, reader);
  }

  private Read read() throws IOException {
    return read(MAX);
  }

  private Path write(String name, String content) throws IOException {
    Path file = corpus.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private Path writeBytes(String name, byte[] content) throws IOException {
    return Files.write(corpus.resolve(name), content);
  }

  // --- order -------------------------------------------------------------------------------

  @Test
  void filesAreVisitedInSortedRelativePathOrderWhateverTheCreationOrder() throws IOException {
    write("sub/c.txt", ARTICLE);
    write("b.txt", ARTICLE);
    write("a.txt", ARTICLE);
    write("a.jsonl", "{\"text\":\"json one\"}\n{\"text\":\"json two\"}\n");

    Read first = read();
    assertThat(first.reader().files()).containsExactly(Path.of("a.jsonl"), Path.of("a.txt"), Path.of("b.txt"), Path.of("sub/c.txt"));
    assertThat(first.ids()).hasSize(5).endsWith("a", "b", "sub/c");
    assertThat(first.ids().subList(0, 2)).allSatisfy(id -> assertThat(id).matches("a" + HASHED));
    assertThat(first.docs().subList(0, 2)).extracting(SourceDocument::text).containsExactly("json one", "json two");
    assertThat(read().ids()).as("a second read").isEqualTo(first.ids());
    assertThat(first.problems()).isEmpty();
  }

  // --- formats and ids ---------------------------------------------------------------------

  @Test
  void textFileIsOneArticleIdentifiedByItsNameWithoutExtension() throws IOException {
    write("000_13b5d66cfb0b5b62.txt", ARTICLE);

    SourceDocument doc = read().doc("000_13b5d66cfb0b5b62");
    assertThat(doc.sourceFile()).isEqualTo("000_13b5d66cfb0b5b62.txt");
    assertThat(doc.text()).isEqualTo(ARTICLE);
    assertThat(doc.paragraphs()).isNull();
    assertThat(doc.given().title().isKnown()).isFalse();
    assertThat(doc.lines()).startsWith("A title", "", "The first paragraph of the body.");
  }

  @Test
  void upperCaseExtensionsAreArticlesToo() throws IOException {
    write("LOUD.TXT", ARTICLE);
    write("FEED.JSONL", "{\"text\":\"body\"}\n");
    assertThat(read().ids()).satisfiesExactly(id -> assertThat(id).matches("FEED" + HASHED), id -> assertThat(id).isEqualTo("LOUD"));
  }

  @Test
  void jsonLineWithTextAndOwnIdAndMetadata() throws IOException {
    write("feed.jsonl",
        "{\"id\":\"tribune-42\",\"text\":\"Para one.\\n\\nPara two.\",\"title\":\"The title\",\"author\":\"Jane Roe\","
            + "\"outlet\":\"The Outlet\",\"date\":\"2021-11-03\"}\n");

    Read read = read();
    SourceDocument doc = read.doc("tribune-42");
    assertThat(doc.sourceFile()).isEqualTo("feed.jsonl");
    assertThat(doc.text()).isEqualTo("Para one.\n\nPara two.");
    assertThat(doc.paragraphs()).isNull();
    assertThat(doc.given().title()).isEqualTo(FieldValue.of("The title", "jsonl-field"));
    assertThat(doc.given().author()).isEqualTo(FieldValue.of("Jane Roe", "jsonl-field"));
    assertThat(doc.given().outlet()).isEqualTo(FieldValue.of("The Outlet", "jsonl-field"));
    assertThat(doc.given().date()).isEqualTo(FieldValue.of("2021-11-03", "jsonl-field"));
    assertThat(read.problems()).isEmpty();
  }

  @Test
  void jsonLineWithParagraphsAndNoIdIsFileDashHash() throws IOException {
    write("feed.jsonl",
        "{\"text\":\"first\"}\n"
            + "{\"paragraphs\":[\"Para one.\",\"\",\"Para two.\"]}\n"
            + "{\"id\":\"   \",\"text\":\"blank id\"}\n");

    Read read = read();
    assertThat(read.ids()).hasSize(3).allSatisfy(id -> assertThat(id).matches("feed" + HASHED));
    SourceDocument doc = read.at(1);
    assertThat(doc.text()).isNull();
    assertThat(doc.paragraphs()).containsExactly("Para one.", "Para two.");
    assertThat(doc.lines()).containsExactly("Para one.", "", "Para two.");
    assertThat(read.problems()).isEmpty();
  }

  @Test
  void jsonLinesInASubFolderUseTheRelativePathInTheirId() throws IOException {
    write("2021/nov.jsonl", "{\"text\":\"body\"}\n");
    SourceDocument doc = read().at(0);
    assertThat(doc.articleId()).matches("2021/nov" + HASHED);
    assertThat(doc.sourceFile()).isEqualTo("2021/nov.jsonl");
  }

  @Test
  void blankJsonLinesAreIgnoredButStillCountedForLineNumbers() throws IOException {
    write("feed.jsonl", "\n{\"text\":\"body\"}\r\n   \n{\"text\":\"crlf\"}\r\n");
    Read read = read();
    assertThat(read.docs()).extracting(SourceDocument::text).containsExactly("body", "crlf");
    assertThat(read.problems()).isEmpty();
  }

  @Test
  void byteOrderMarkIsStripped() throws IOException {
    write("bom.txt", "\uFEFFTitle\n\nBody.\n");
    assertThat(read().doc("bom").text()).isEqualTo("Title\n\nBody.\n");
  }

  @Test
  void otherFilesAreListedAsSkippedButMetadataCsvIsNot() throws IOException {
    write("a.txt", ARTICLE);
    write("notes.md", "# notes");
    write("img/photo.png", "not really a png");
    write("metadata.csv", "file,title\n");

    Read read = read();
    assertThat(read.ids()).containsExactly("a");
    assertThat(read.reader().skippedFiles()).containsExactly("img/photo.png", "notes.md");
    assertThat(read.problems()).isEmpty();
  }

  // --- bad input ---------------------------------------------------------------------------

  @Test
  void emptyAndBlankFilesAreReportedAndSkipped() throws IOException {
    write("empty.txt", "");
    write("blank.txt", " \n\t\n");
    write("empty.jsonl", "");
    write("good.txt", ARTICLE);

    Read read = read();
    assertThat(read.ids()).containsExactly("good");
    assertThat(read.problems())
        .extracting(CorpusProblem::file, CorpusProblem::line, CorpusProblem::severity)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("empty.txt", 0, Severity.ERROR),
            org.assertj.core.groups.Tuple.tuple("blank.txt", 0, Severity.ERROR),
            org.assertj.core.groups.Tuple.tuple("empty.jsonl", 0, Severity.ERROR));
    assertThat(read.problems()).allSatisfy(p -> assertThat(p.message()).contains("empty file"));
  }

  @Test
  void unreadableFileIsReportedAndTheRestIsRead() throws IOException {
    Path locked = write("locked.txt", ARTICLE);
    Path lockedJson = write("locked.jsonl", "{\"text\":\"x\"}\n");
    write("open.txt", ARTICLE);
    try {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
      Files.setPosixFilePermissions(lockedJson, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      assumeThat(false).as("POSIX permissions not supported").isTrue();
    }
    assumeThat(Files.isReadable(locked)).as("running as root: chmod 000 does not stop reading").isFalse();

    Read read = read();
    assertThat(read.ids()).containsExactly("open");
    assertThat(read.problems()).extracting(CorpusProblem::file).containsExactlyInAnyOrder("locked.txt", "locked.jsonl");
    assertThat(read.problems()).allSatisfy(p -> {
      assertThat(p.severity()).isEqualTo(Severity.ERROR);
      assertThat(p.message()).startsWith("cannot read file");
    });
  }

  @Test
  void invalidUtf8InATextFileIsReplacedAndWarned() throws IOException {
    byte[] prefix = "Title\n\nNaïve café in Kraków".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(prefix, prefix.length + 3);
    bytes[prefix.length] = (byte) 0xE9; // Latin-1 é among UTF-8: damaged, not another encoding
    bytes[prefix.length + 1] = (byte) 0xFF;
    bytes[prefix.length + 2] = '.';
    writeBytes("damaged.txt", bytes);

    Read read = read();
    assertThat(read.doc("damaged").text()).isEqualTo("Title\n\nNaïve café in Kraków\uFFFD\uFFFD.");
    assertThat(read.doc("damaged").encoding()).isNull();
    assertThat(read.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("damaged.txt");
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.message()).contains("U+FFFD");
    });
  }

  @Test
  void invalidUtf8InAJsonLineIsReplacedAndWarnedWithItsLineNumber() throws IOException {
    byte[] good = "{\"text\":\"fine\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"text\":\"naïve café, bad \u0000\"}\n".getBytes(StandardCharsets.UTF_8);
    int zero = 0;
    while (bad[zero] != 0) {
      zero++;
    }
    bad[zero] = (byte) 0xC3; // a lone UTF-8 lead byte followed by '"'
    byte[] all = new byte[good.length + bad.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    writeBytes("feed.jsonl", all);

    Read read = read();
    assertThat(read.ids()).hasSize(2);
    assertThat(read.at(1).text()).isEqualTo("naïve café, bad \uFFFD");
    assertThat(read.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("feed.jsonl");
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
    });
  }

  @Test
  void malformedJsonLineIsReportedWithFileAndLineAndTheOtherLinesAreRead() throws IOException {
    write("feed.jsonl", "{\"text\":\"one\"}\n{\"text\": \"two\n{\"text\":\"three\"}\n[1, 2]\n");

    Read read = read();
    assertThat(read.docs()).extracting(SourceDocument::text).containsExactly("one", "three");
    assertThat(read.problems()).hasSize(2);
    assertThat(read.problems().get(0)).satisfies(p -> {
      assertThat(p.file()).isEqualTo("feed.jsonl");
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.severity()).isEqualTo(Severity.ERROR);
      assertThat(p.message()).startsWith("malformed JSON");
      assertThat(p.toString()).startsWith("feed.jsonl:2: error: malformed JSON");
    });
    assertThat(read.problems().get(1)).satisfies(p -> {
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.message()).contains("expected a JSON object");
    });
  }

  @Test
  void jsonLineWithoutTextOrParagraphsIsReported() throws IOException {
    write("feed.jsonl",
        "{\"id\":\"x\",\"title\":\"Only a title\"}\n"
            + "{\"id\":\"y\",\"text\":\"   \",\"paragraphs\":[\"\", \" \"]}\n"
            + "{\"id\":\"z\",\"text\":null,\"paragraphs\":\"not a list\"}\n"
            + "{\"id\":\"ok\",\"text\":\"body\"}\n");

    Read read = read();
    assertThat(read.ids()).containsExactly("ok");
    assertThat(read.problems()).extracting(CorpusProblem::line).containsExactly(1, 2, 3);
    assertThat(read.problems()).allSatisfy(p -> {
      assertThat(p.severity()).isEqualTo(Severity.ERROR);
      assertThat(p.message()).contains("no \"text\" or \"paragraphs\"");
    });
  }

  @Test
  void badDateInJsonLinesIsWarnedAndLeftToExtraction() throws IOException {
    write("feed.jsonl",
        "{\"text\":\"a\",\"date\":\"2021-02-30\"}\n"
            + "{\"text\":\"b\",\"date\":\"03/11/2021\"}\n"
            + "{\"text\":\"c\",\"date\":\"2021-11-03\",\"author\":\"Jane Roe\"}\n");

    Read read = read();
    assertThat(read.ids()).hasSize(3);
    assertThat(read.at(0).given().date().isKnown()).isFalse();
    assertThat(read.at(1).given().date().isKnown()).isFalse();
    assertThat(read.at(2).given().date().value()).isEqualTo("2021-11-03");
    assertThat(read.problems()).extracting(CorpusProblem::line, CorpusProblem::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, Severity.WARNING), org.assertj.core.groups.Tuple.tuple(2, Severity.WARNING));
    assertThat(read.problems().get(0).message()).contains("2021-02-30", "YYYY-MM-DD");
    assertThat(read.problems().get(1).message()).contains("03/11/2021");
  }

  @Test
  void textFileOverTheSizeLimitIsReportedAndSkipped() throws IOException {
    write("big.txt", "x".repeat(1001));
    write("exact.txt", "y".repeat(1000));
    write("small.txt", ARTICLE);

    Read read = read(1000);
    assertThat(read.ids()).containsExactly("exact", "small");
    assertThat(read.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("big.txt");
      assertThat(p.severity()).isEqualTo(Severity.ERROR);
      assertThat(p.message()).contains("limit", "--max-file-mb");
    });
  }

  @Test
  void jsonLineOverTheSizeLimitIsReportedWithItsLineAndTheOthersAreRead() throws IOException {
    write("feed.jsonl", "{\"text\":\"one\"}\n{\"text\":\"" + "x".repeat(2000) + "\"}\n{\"text\":\"three\"}\n");

    Read read = read(1000);
    assertThat(read.docs()).extracting(SourceDocument::text).containsExactly("one", "three");
    assertThat(read.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("feed.jsonl");
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.message()).contains("limit");
    });
  }

  @Test
  void fiftyMegabyteFileIsSkippedWithTheCliDefaultLimitAndTheNormalOneIndexed(@TempDir Path index) throws IOException {
    write("normal.txt", "A normal article\n\nIt has a body paragraph that is long enough to be kept as text.\n");
    Path big = corpus.resolve("huge.txt");
    byte[] block = ("Filler line of a runaway scrape. ".repeat(31) + "\n").getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(big)) {
      for (long written = 0; written < 50_000_000; written += block.length) {
        out.write(block);
      }
    }
    assertThat(Files.size(big)).isGreaterThanOrEqualTo(50_000_000);

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = IndexBuilderCli.run(
        new String[] {"--corpus", corpus.toString(), "--index", index.resolve("ix").toString(), "--json"},
        new PrintWriter(out), new PrintWriter(err));

    assertThat(exit).as("stderr: %s", err).isZero();
    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertThat(report.at("/totals/articles").asInt()).isEqualTo(1);
    assertThat(report.at("/articles/0/articleId").asText()).isEqualTo("normal");
    assertThat(report.at("/articles/0/paragraphs").asInt()).isPositive();
    assertThat(report.get("problems")).singleElement().satisfies(p -> {
      assertThat(p.get("file").asText()).isEqualTo("huge.txt");
      assertThat(p.get("severity").asText()).isEqualTo("error");
      assertThat(p.get("message").asText()).contains("over the 32.0 MB limit");
    });
  }

  @Test
  void duplicateArticleIdsKeepTheFirstAndReportTheRest() throws IOException {
    write("a.jsonl", "{\"id\":\"b\",\"text\":\"from json\"}\n{\"id\":\"dup\",\"text\":\"first\"}\n{\"id\":\"dup\",\"text\":\"second\"}\n");
    write("b.txt", ARTICLE);

    Read read = read();
    assertThat(read.ids()).containsExactly("b", "dup");
    assertThat(read.doc("b").text()).isEqualTo("from json");
    assertThat(read.doc("dup").text()).isEqualTo("first");
    assertThat(read.problems()).extracting(CorpusProblem::file, CorpusProblem::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a.jsonl", 3), org.assertj.core.groups.Tuple.tuple("b.txt", 0));
    assertThat(read.problems()).allSatisfy(p -> {
      assertThat(p.severity()).isEqualTo(Severity.ERROR);
      assertThat(p.message()).contains("duplicate article id");
    });
  }
}
