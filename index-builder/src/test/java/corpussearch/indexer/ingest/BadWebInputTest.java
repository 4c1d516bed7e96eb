package corpussearch.indexer.ingest;

import static corpussearch.indexer.ingest.WebCorpus.range;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import corpussearch.indexer.warc.WarcFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each kind of bad web input in a corpus beside sound articles: the build succeeds, one report
 * line names the file, the record and the problem, and every other article can be found.
 */
class BadWebInputTest {

  /** A gzip member's fixed header (no name, comment or extra field), before its deflate data. */
  private static final int GZIP_HEADER_BYTES = 10;

  /** BFINAL set, BTYPE 11: a block type deflate reserves, which no inflater accepts. */
  private static final byte FINAL_BLOCK_OF_RESERVED_TYPE = 0x07;

  @TempDir Path tmp;

  private WebCorpus web;
  private List<Integer> sound;

  private void corpus() throws IOException {
    web = new WebCorpus(tmp);
    sound = web.soundArticles();
  }

  private List<Integer> soundAnd(List<Integer> more) {
    List<Integer> all = new ArrayList<>(sound);
    all.addAll(more);
    return all;
  }

  private static void assertLine(JsonNode line, String... words) {
    assertThat(line.get("severity").asText()).isEqualTo("error");
    assertThat(line.get("message").asText()).contains(words);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"cut.warc", "cut.warc.gz"})
  void archiveCutInTheMiddleOfARecord(String name) throws IOException {
    corpus();
    List<Long> ends = web.archive(name, name.endsWith(".gz"), 1, 4);
    Path file = web.corpus.resolve(name);
    long cut = (ends.get(2) + ends.get(3)) / 2; // half way through the fourth record
    Files.write(file, Arrays.copyOf(Files.readAllBytes(file), (int) cut));

    WebCorpus.Report report = web.build();

    assertThat(report.problems(name)).singleElement().satisfies(line -> {
      assertLine(line, "record 4", "the file ends before the record does");
      assertThat(line.get("line").asInt()).isEqualTo(4);
    });
    assertThat(web.unsearchable(soundAnd(range(1, 3)))).isEmpty();
    assertThat(web.hits(WebCorpus.marker(4))).isZero();
  }

  @Test
  void corruptCompressionInALaterMember() throws IOException {
    corpus();
    List<Long> ends = web.archive("bad.warc.gz", true, 1, 5);
    Path file = web.corpus.resolve("bad.warc.gz");
    byte[] bytes = Files.readAllBytes(file);
    // The fourth member's first deflate block gets the reserved block type: flipping bytes at random
    // inside the stream could still inflate, to garbage that fails as something else.
    int deflateStart = (int) (long) ends.get(2) + GZIP_HEADER_BYTES;
    bytes[deflateStart] = FINAL_BLOCK_OF_RESERVED_TYPE;
    Files.write(file, bytes);

    WebCorpus.Report report = web.build();

    assertThat(report.problems("bad.warc.gz")).singleElement().satisfies(line -> {
      assertLine(line, "record 4", "corrupt compressed data");
      assertThat(line.get("line").asInt()).isEqualTo(4);
    });
    assertThat(web.unsearchable(soundAnd(List.of(1, 2, 3, 5)))).isEmpty();
  }

  @ParameterizedTest(name = "declared length {0} bytes off")
  @ValueSource(ints = {40, -40})
  void recordWhoseDeclaredLengthIsWrong(int off) throws IOException {
    corpus();
    web.archive("length.warc", false, 1, 4);
    Path file = web.corpus.resolve("length.warc");
    String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    int second = text.indexOf("WARC/1", text.indexOf("WARC/1") + 1);
    Matcher length = Pattern.compile("Content-Length: (\\d+)").matcher(text);
    assertThat(length.find(second)).isTrue();
    String wrong = text.substring(0, length.start(1)) + (Integer.parseInt(length.group(1)) + off) + text.substring(length.end(1));
    Files.write(file, wrong.getBytes(StandardCharsets.ISO_8859_1));

    WebCorpus.Report report = web.build();

    assertThat(report.problems("length.warc")).singleElement().satisfies(line -> {
      assertLine(line, "record 2", "length");
      assertThat(line.get("line").asInt()).isEqualTo(2);
    });
    assertThat(web.unsearchable(soundAnd(List.of(1, 3, 4)))).isEmpty();
  }

  @Test
  void emptyArchives() throws IOException {
    corpus();
    Files.write(web.corpus.resolve("empty.warc"), new byte[0]);
    Files.write(web.corpus.resolve("empty.warc.gz"), gzip(""));

    WebCorpus.Report report = web.build();

    for (String name : List.of("empty.warc", "empty.warc.gz")) {
      assertThat(report.problems(name)).singleElement().satisfies(line -> assertLine(line, "empty web archive"));
    }
    assertThat(web.unsearchable(sound)).isEmpty();
  }

  @Test
  void responseWithoutAnAddress() throws IOException {
    corpus();
    web.archive("anonymous.warc", false, 1, 3);
    Path file = web.corpus.resolve("anonymous.warc");
    String text = Files.readString(file, StandardCharsets.ISO_8859_1);
    Files.writeString(file, text.replace("WARC-Target-URI: " + url(2) + "\r\n", ""), StandardCharsets.ISO_8859_1);

    WebCorpus.Report report = web.build();

    assertThat(report.problems("anonymous.warc")).singleElement().satisfies(line -> {
      assertLine(line, "without WARC-Target-URI");
      assertThat(line.get("line").asInt()).isEqualTo(2);
    });
    assertThat(web.unsearchable(soundAnd(List.of(1, 3)))).isEmpty();
  }

  @ParameterizedTest(name = "page {index}")
  @ValueSource(strings = {
      "",
      "<html><head><title>Harbour story</title></head></html>",
      "<html><head><title>Harbour story</title></head><body></body></html>",
      "<html><head><script>var a = 1;</script></head><body><script>document.write('harbour board pier');</script>"
          + "<noscript></noscript><style>p { color: red }</style></body></html>"})
  void pageWithNoArticleText(String html) throws IOException {
    corpus();
    Files.writeString(web.corpus.resolve("blank.html"), html);
    try (WarcFiles warc = new WarcFiles(web.corpus.resolve("blank.warc"), false)) {
      warc.response(url(1), 200, "text/html", html);
      warc.response(url(2), 200, "text/html", WebCorpus.page(2));
    }

    WebCorpus.Report report = web.build();

    assertThat(report.problems("blank.html")).singleElement().satisfies(line -> assertLine(line, "no article text"));
    assertThat(report.problems("blank.warc")).singleElement().satisfies(line -> {
      assertLine(line, url(1), "no article text");
      assertThat(line.get("line").asInt()).isEqualTo(1);
    });
    assertThat(web.unsearchable(soundAnd(List.of(2)))).isEmpty();
  }

  @Test
  void responsesThatAreNotArticlesAreCountedInOneLine() throws IOException {
    corpus();
    try (WarcFiles warc = new WarcFiles(web.corpus.resolve("crawl.warc.gz"), true)) {
      warc.request(url(1)).response(url(1), 200, "text/html", WebCorpus.page(1))
          .response(url(2) + ".pdf", 200, "application/pdf", "%PDF-1.4 harbour board")
          .response(url(3), 404, "text/html", WebCorpus.page(3))
          .revisit(url(1))
          .response(url(4), 200, "image/png", "\u0089PNG")
          .response(url(5), 200, "text/html", WebCorpus.page(5));
    }

    WebCorpus.Report report = web.build();

    assertThat(report.problems("crawl.warc.gz")).singleElement().satisfies(line -> {
      assertThat(line.get("severity").asText()).isEqualTo("warning");
      assertThat(line.get("message").asText())
          .isEqualTo("skipped records that are not articles: 2 non-HTML, 1 request, 1 revisit, 1 status 404");
    });
    assertThat(web.unsearchable(soundAnd(List.of(1, 5)))).isEmpty();
    assertThat(web.hits(WebCorpus.marker(3))).isZero();
  }

  @Test
  void fiftyMegabytePageIsSkippedUnreadInABuildWithASmallHeap() throws IOException, InterruptedException {
    corpus();
    Path huge = web.corpus.resolve("huge.html");
    writePage(huge, 50_000_000);
    try (WarcFiles warc = new WarcFiles(web.corpus.resolve("huge.warc.gz"), true)) {
      warc.response(url(1), 200, "text/html", WebCorpus.page(1))
          .response(url(2), 200, "text/html", Files.readString(huge))
          .response(url(3), 200, "text/html", WebCorpus.page(3));
    }

    WebCorpus.Report report = web.buildInJvm(96);

    assertThat(report.problems("huge.html")).singleElement()
        .satisfies(line -> assertLine(line, "50.0 MB is over the 32.0 MB limit (--max-file-mb); skipped"));
    assertThat(report.problems("huge.warc.gz")).singleElement().satisfies(line -> {
      assertLine(line, url(2), "50.0 MB is over the 32.0 MB limit (--max-file-mb); skipped");
      assertThat(line.get("line").asInt()).isEqualTo(2);
    });
    assertThat(web.unsearchable(soundAnd(List.of(1, 3)))).isEmpty();
    assertThat(web.hits(WebCorpus.marker(2))).isZero();
  }

  @Test
  void compressedBodyThatInflatesPastTheLimitIsSkipped() throws IOException {
    corpus();
    String gzip = "Content-Type: text/html\r\nContent-Encoding: gzip\r\n";
    String inflating = WebCorpus.page(2).replace("</article>", "<p>" + "pier ".repeat(1_000_000) + "</p></article>");
    try (WarcFiles warc = new WarcFiles(web.corpus.resolve("inflating.warc"), false)) {
      warc.response(url(1), 200, gzip, gzip(WebCorpus.page(1)))
          .response(url(2), 200, gzip, gzip(inflating))
          .response(url(3), 200, "text/html", WebCorpus.page(3));
    }

    WebCorpus.Report report = web.build("--max-file-mb", "1");

    assertThat(report.problems("inflating.warc")).singleElement().satisfies(line -> {
      assertLine(line, url(2), "its body once decoded is over the 1.0 MB limit (--max-file-mb); skipped");
      assertThat(line.get("line").asInt()).isEqualTo(2);
    });
    assertThat(web.unsearchable(soundAnd(List.of(1, 3)))).isEmpty();
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  /** A news page about article 2 of {@code bytes} bytes: one very long article. */
  private static void writePage(Path file, int bytes) throws IOException {
    String[] body = WebCorpus.paragraphs(2);
    StringBuilder page = new StringBuilder(bytes).append("<!doctype html><html><head><title>Harbour story 2</title></head><body><article>");
    for (int i = 0; page.length() < bytes - 40; i++) {
      page.append("<p>").append(body[i % 2]).append("</p>\n");
    }
    page.setLength(bytes - 32);
    Files.writeString(file, page.append("</article></body></html>").append(" ".repeat(8)));
  }

  private static String url(int n) {
    return WebCorpus.url(n);
  }
}
