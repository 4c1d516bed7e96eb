package corpussearch.indexer.warc;

import static corpussearch.indexer.warc.WarcFileReaderTest.paragraph;
import static corpussearch.indexer.warc.WarcFileReaderTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.source.CorpusProblem;
import corpussearch.indexer.source.SourceDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged archive keeps what came before the damage, says where it is, and leaves other files alone. */
class DamagedWarcTest {

  @TempDir Path corpus;

  private Path threePages(String name, boolean gzip) throws IOException {
    Path file = corpus.resolve(name);
    try (WarcFiles warc = new WarcFiles(file, gzip)) {
      for (int i = 1; i <= 3; i++) {
        warc.response("https://example.org/" + i, 200, "text/html", WarcFiles.article("<title>Page " + i + "</title>", paragraph(i)));
      }
    }
    Files.writeString(corpus.resolve("other.txt"), "Other article\n\n" + paragraph(9));
    return file;
  }

  private static java.util.List<String> urls(WarcFileReaderTest.Read read) {
    return read.documents().stream().map(SourceDocument::url).filter(java.util.Objects::nonNull).toList();
  }

  @Test
  void truncatedArchive() throws IOException {
    Path file = threePages("cut.warc", false);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 300));
    WarcFileReaderTest.Read read = read(corpus, 1_000_000);
    assertThat(urls(read)).containsExactly("https://example.org/1", "https://example.org/2");
    assertThat(read.documents()).hasSize(3);
    assertThat(read.problems()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(CorpusProblem.Severity.ERROR);
      assertThat(p.file()).isEqualTo("cut.warc");
      assertThat(p.line()).isEqualTo(3);
    });
  }

  @Test
  void corruptCompressionMidFileLosesOnlyTheDamagedRecord() throws IOException {
    Path file = threePages("bad.warc.gz", true);
    byte[] bytes = Files.readAllBytes(file);
    java.util.List<Integer> members = new java.util.ArrayList<>();
    for (int i = 0; i + 2 < bytes.length; i++) {
      if (bytes[i] == 0x1f && bytes[i + 1] == (byte) 0x8b && bytes[i + 2] == 0x08) {
        members.add(i);
      }
    }
    assertThat(members).hasSizeGreaterThanOrEqualTo(3);
    int middle = (members.get(1) + members.get(2)) / 2;
    for (int i = middle - 20; i < middle + 20; i++) {
      bytes[i] = (byte) ~bytes[i];
    }
    Files.write(file, bytes);
    WarcFileReaderTest.Read read = read(corpus, 1_000_000);
    assertThat(urls(read)).containsExactly("https://example.org/1", "https://example.org/3");
    assertThat(read.problems()).isNotEmpty().allSatisfy(p -> {
      assertThat(p.severity()).isEqualTo(CorpusProblem.Severity.ERROR);
      assertThat(p.line()).isEqualTo(2);
    });
  }

  @Test
  void recordWithAWrongLength() throws IOException {
    Path file = threePages("long.warc", false);
    String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    int second = text.indexOf("WARC/1", text.indexOf("WARC/1") + 1);
    java.util.regex.Matcher length = java.util.regex.Pattern.compile("Content-Length: (\\d+)").matcher(text);
    assertThat(length.find(second)).isTrue();
    String wrong = text.substring(0, length.start(1)) + (Integer.parseInt(length.group(1)) + 40) + text.substring(length.end(1));
    Files.write(file, wrong.getBytes(StandardCharsets.ISO_8859_1));
    WarcFileReaderTest.Read read = read(corpus, 1_000_000);
    assertThat(urls(read)).contains("https://example.org/1", "https://example.org/3").doesNotHaveDuplicates();
    assertThat(read.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("long.warc"));
    assertThat(read.documents()).extracting(SourceDocument::sourceFile).contains("other.txt");
  }

  @Test
  void pageWithNoBodyText() throws IOException {
    try (WarcFiles warc = new WarcFiles(corpus.resolve("empty.warc"), false)) {
      warc.response("https://example.org/empty", 200, "text/html", "<html><head><title>Nothing</title></head><body></body></html>");
      warc.response("https://example.org/full", 200, "text/html", WarcFiles.article("", paragraph(1)));
    }
    WarcFileReaderTest.Read read = read(corpus, 1_000_000);
    assertThat(urls(read)).containsExactly("https://example.org/full");
    assertThat(read.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("https://example.org/empty", "no article text"));
  }

  @Test
  void recordOverTheSizeLimitIsSkippedAndTheRestRead() throws IOException {
    try (WarcFiles warc = new WarcFiles(corpus.resolve("big.warc"), true)) {
      warc.response("https://example.org/small", 200, "text/html", WarcFiles.article("", paragraph(1)));
      warc.response("https://example.org/huge", 200, "text/html", WarcFiles.article("", paragraph(2).repeat(200)));
      warc.response("https://example.org/after", 200, "text/html", WarcFiles.article("", paragraph(3)));
    }
    WarcFileReaderTest.Read read = read(corpus, 10_000);
    assertThat(urls(read)).containsExactly("https://example.org/small", "https://example.org/after");
    assertThat(read.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("https://example.org/huge", "--max-file-mb"));
  }

  @Test
  void htmlFileWithNoBodyAndOversizedHtmlFile() throws IOException {
    Files.writeString(corpus.resolve("empty.html"), "<html><head><title>x</title></head><body><nav>Home</nav></body></html>");
    Files.writeString(corpus.resolve("huge.html"), WarcFiles.article("", paragraph(1).repeat(500)));
    Files.writeString(corpus.resolve("fine.htm"), WarcFiles.article("<title>Fine</title>", paragraph(1)));
    WarcFileReaderTest.Read read = read(corpus, 10_000);
    assertThat(read.documents()).extracting(SourceDocument::articleId).containsExactly("fine");
    assertThat(read.problems()).extracting(CorpusProblem::file).containsExactlyInAnyOrder("empty.html", "huge.html");
  }
}
