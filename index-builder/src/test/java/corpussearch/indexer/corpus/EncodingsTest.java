package corpussearch.indexer.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corpussearch.indexer.IndexBuilderCli;
import corpussearch.indexer.TempFolder;
import corpussearch.indexer.source.SourceDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Articles saved in another encoding than UTF-8 read as the same words as their UTF-8 version,
 * and the report says which encoding was used.
 */
class EncodingsTest {

  /** Words a Latin-1 file can hold, a good share of them with accents. */
  private static final List<String> LATIN1_WORDS = List.of(
      "Café", "owners", "in", "Kraków", "say", "the", "naïve", "façade", "of", "Zürich", "señor", "Ærø",
      "protest", "über", "déjà", "prices", "were", "crème", "brûlée", "and", "São", "Paulo", "smörgåsbord",
      "müssen", "élite", "rôle", "coöperation", "at", "the", "harbour", "mayor", "Málaga", "Bogotá", "Straße");
  /** Words only Windows-1252 (not Latin-1) adds: curly quotes, dashes, the euro sign. */
  private static final List<String> CP1252_WORDS = List.of("“quoted”", "it’s", "–", "€5", "…");
  /** Words well outside Latin-1, for UTF-16. */
  private static final List<String> WIDE_WORDS = List.of("Łódź", "Αθήνα", "Москва", "東京", "كابل", "😀");

  @Property(tries = 60)
  void latin1TextReadsAsTheSameWords(@ForAll("latin1Text") String text) throws IOException {
    assertRoundTrip(text, StandardCharsets.ISO_8859_1, new byte[0]);
  }

  @Property(tries = 60)
  void windows1252TextReadsAsTheSameWords(@ForAll("cp1252Text") String text) throws IOException {
    assertRoundTrip(text, Charset.forName("windows-1252"), new byte[0]);
  }

  @Property(tries = 40)
  void utf16WithAByteOrderMarkReadsAsTheSameWords(@ForAll("wideText") String text) throws IOException {
    assertRoundTrip(text, StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE});
    assertRoundTrip(text, StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF});
  }

  @Property(tries = 40)
  void utf16WithoutAByteOrderMarkReadsAsTheSameWords(@ForAll("wideText") String text) throws IOException {
    assertRoundTrip(text, StandardCharsets.UTF_16LE, new byte[0]);
    assertRoundTrip(text, StandardCharsets.UTF_16BE, new byte[0]);
  }

  @Property(tries = 20)
  void jsonLinesInUtf16AreReportedNotMisread(@ForAll("wideText") String text, @ForAll boolean withMark) throws IOException {
    String line = "{\"id\":\"a1\",\"title\":\"Wide\",\"text\":" + new ObjectMapper().writeValueAsString(text) + "}\n";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(withMark ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[0]);
    bytes.write(line.getBytes(StandardCharsets.UTF_16LE));
    try (TempFolder corpus = TempFolder.create("encodings")) {
      Files.write(corpus.path().resolve("wide.jsonl"), bytes.toByteArray());
      CorpusReader reader = new CorpusReader(corpus.path(), 1_000_000);
      List<SourceDocument> docs = new ArrayList<>();
      reader.read(reader.files(), docs::add);
      assertThat(docs).isEmpty();
      assertThat(reader.problems()).singleElement().asString().contains("wide.jsonl").contains("UTF-16").contains("UTF-8");
    }
  }

  @Property(tries = 40)
  void utf8StaysUtf8AndIsNotNamed(@ForAll("wideText") String text) throws IOException {
    SourceDocument doc = readArticle(text.getBytes(StandardCharsets.UTF_8));
    assertThat(doc.text()).isEqualTo(text);
    assertThat(doc.encoding()).isNull();
  }

  @Example
  void theReportNamesTheEncodingOfEachArticleNotInUtf8() throws IOException {
    try (TempFolder temp = TempFolder.create("encodings")) {
      Path corpus = temp.folder("corpus");
      String text = "Café owners in Kraków\n\nCafé owners in Kraków say the naïve façade of the old café in Zürich "
          + "will be restored by the señor who owns it, and the élite crème brûlée will return to the menu.\n";
      Files.write(corpus.resolve("latin.txt"), text.getBytes(StandardCharsets.ISO_8859_1));
      Files.writeString(corpus.resolve("plain.txt"), text, StandardCharsets.UTF_8);

      String index = temp.path().resolve("index").toString();
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = IndexBuilderCli.run(new String[] {"--corpus", corpus.toString(), "--index", index, "--json"},
          new PrintWriter(out, true), new PrintWriter(err, true));
      assertThat(exit).as(err.toString()).isZero();
      JsonNode articles = new ObjectMapper().readTree(out.toString()).get("articles");
      List<String> encodings = new ArrayList<>();
      articles.forEach(a -> encodings.add(a.get("articleId").asText() + "=" + a.path("encoding").asText("")));
      assertThat(encodings).containsExactlyInAnyOrder("latin=windows-1252", "plain=");
      articles.forEach(a -> assertThat(a.at("/metadata/title/value").asText()).isEqualTo("Café owners in Kraków"));

      StringWriter textOut = new StringWriter();
      IndexBuilderCli.run(new String[] {"--corpus", corpus.toString(), "--index", index, "--full"},
          new PrintWriter(textOut, true), new PrintWriter(new StringWriter(), true));
      assertThat(textOut.toString()).contains("  encoding windows-1252");
    }
  }

  @Example
  void aJsonLineInLatin1IsDecodedOnItsOwnAndTheUtf8LinesStayUtf8() throws IOException {
    try (TempFolder corpus = TempFolder.create("encodings")) {
      String latin = "{\"title\":\"Café owners in Kraków\",\"text\":\"Café owners in Kraków say the naïve façade will stay.\"}\n";
      String utf8 = "{\"title\":\"Zürich\",\"text\":\"Prices in Zürich rose.\"}\n";
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      bytes.write(utf8.getBytes(StandardCharsets.UTF_8));
      bytes.write(latin.getBytes(StandardCharsets.ISO_8859_1));
      Files.write(corpus.path().resolve("feed.jsonl"), bytes.toByteArray());
      CorpusReader reader = new CorpusReader(corpus.path(), 1_000_000);
      List<SourceDocument> docs = new ArrayList<>();
      reader.read(reader.files(), docs::add);

      assertThat(reader.problems()).isEmpty();
      assertThat(docs).extracting(SourceDocument::text).containsExactly("Prices in Zürich rose.", "Café owners in Kraków say the naïve façade will stay.");
      assertThat(docs).extracting(SourceDocument::encoding).containsExactly(null, "windows-1252");
    }
  }

  private static void assertRoundTrip(String text, Charset charset, byte[] bom) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(bom);
    bytes.write(text.getBytes(charset));
    SourceDocument doc = readArticle(bytes.toByteArray());
    assertThat(words(doc.text())).isEqualTo(words(text));
    assertThat(doc.encoding()).as("encoding named").isNotNull();
  }

  /** Reads a corpus of one article file holding {@code bytes}. */
  private static SourceDocument readArticle(byte[] bytes) throws IOException {
    try (TempFolder corpus = TempFolder.create("encodings")) {
      Files.write(corpus.path().resolve("article.txt"), bytes);
      CorpusReader reader = new CorpusReader(corpus.path(), 1_000_000);
      List<SourceDocument> docs = new ArrayList<>();
      reader.read(reader.files(), docs::add);
      assertThat(reader.problems()).isEmpty();
      assertThat(docs).hasSize(1);
      return docs.get(0);
    }
  }

  private static List<String> words(String text) {
    return Arrays.asList(text.strip().split("\\s+"));
  }

  @Provide
  Arbitrary<String> latin1Text() {
    return sentences(LATIN1_WORDS);
  }

  @Provide
  Arbitrary<String> cp1252Text() {
    List<String> words = new ArrayList<>(LATIN1_WORDS);
    words.addAll(CP1252_WORDS);
    return sentences(words);
  }

  @Provide
  Arbitrary<String> wideText() {
    List<String> words = new ArrayList<>(LATIN1_WORDS);
    words.addAll(CP1252_WORDS);
    words.addAll(WIDE_WORDS);
    return sentences(words);
  }

  /** A title line and a paragraph or two: at least a few dozen words, as an article has. */
  private static Arbitrary<String> sentences(List<String> vocabulary) {
    Arbitrary<String> sentence = Arbitraries.of(vocabulary).list().ofMinSize(6).ofMaxSize(16)
        .map(words -> String.join(" ", words) + ".");
    Arbitrary<String> paragraph = sentence.list().ofMinSize(3).ofMaxSize(6).map(list -> String.join(" ", list));
    return Arbitraries.of(vocabulary).list().ofMinSize(3).ofMaxSize(8)
        .flatMap(title -> paragraph.list().ofMinSize(1).ofMaxSize(3)
            .map(paragraphs -> String.join(" ", title) + "\n\n" + String.join("\n\n", paragraphs) + "\n"));
  }
}
