package corpussearch.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corpussearch.indexer.TempFolder;
import corpussearch.indexer.source.CorpusProblem;
import corpussearch.indexer.report.BuildReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * JSON lines without an {@code id} keep their article ids when lines are reordered or inserted, so
 * links to them stay valid: ids come from the line's {@code url}, or else from its title, date and
 * text, never from its position.
 */
class JsonLineIdsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> WORDS = List.of(
      "council", "river", "dam", "floods", "minister", "talks", "border", "market", "prices", "election",
      "report", "mayor", "police", "school", "harvest", "storm", "bridge", "court", "ruling", "protest");

  /** One JSON line as a scraper might write it: a url only sometimes, a date only sometimes. */
  record Line(String url, String title, String date, String text) {
    String json() {
      ObjectNode node = JSON.createObjectNode();
      if (url != null) {
        node.put("url", url);
      }
      node.put("title", title);
      if (date != null) {
        node.put("date", date);
      }
      node.put("text", text);
      return node.toString();
    }
  }

  @Property(tries = 8)
  void shufflingAndInsertingLinesKeepsEveryExistingIdAndReportsOnlyTheNewLinesAsAdded(
      @ForAll("articleSets") List<Line> all, @ForAll @IntRange(min = 1, max = 4) int inserted, @ForAll Random random)
      throws IOException {
    int existing = all.size() - Math.min(inserted, all.size() - 1);
    List<Line> before = all.subList(0, existing);
    try (TempFolder temp = TempFolder.create("jsonl-ids")) {
      Path corpus = temp.folder("corpus");
      Path index = temp.path().resolve("index");
      writeLines(corpus, before);
      Map<String, String> idsBefore = idsByText(corpus, index);
      assertThat(idsBefore).hasSize(before.size());

      List<Line> after = new ArrayList<>(before);
      Collections.shuffle(after, random);
      for (Line line : all.subList(existing, all.size())) {
        after.add(random.nextInt(after.size() + 1), line);
      }
      writeLines(corpus, after);
      BuildReport report = IndexBuildTest.build(corpus, index, false);

      assertThat(report.totals().added()).as("added").isEqualTo(all.size() - existing);
      assertThat(report.totals().changed()).as("changed").isZero();
      assertThat(report.totals().removed()).as("removed").isZero();
      Map<String, String> idsAfter = idsByText(IndexContents.read(index));
      idsBefore.forEach((text, id) -> assertThat(idsAfter.get(text)).as("id of \"%s\"", text).isEqualTo(id));
    }
  }

  @Property(tries = 200)
  void idsAreShortUrlSafeAndTheSameForTheSameContent(@ForAll("lines") Line line) throws IOException {
    try (TempFolder temp = TempFolder.create("jsonl-ids")) {
      Path corpus = temp.folder("corpus");
      List<String> ids = new ArrayList<>();
      for (int copy = 0; copy < 2; copy++) {
        Files.writeString(corpus.resolve("feed.jsonl"), "{\"text\":\"another article in front\"}\n".repeat(copy) + line.json() + "\n");
        var reader = new corpussearch.indexer.corpus.CorpusReader(corpus, 1_000_000);
        List<String> read = new ArrayList<>();
        reader.read(reader.files(), doc -> read.add(doc.articleId()));
        ids.add(read.get(read.size() - 1));
      }
      assertThat(ids.get(1)).isEqualTo(ids.get(0));
      assertThat(ids.get(0)).matches("feed-[0-9a-f]{16}");
    }
  }

  @Example
  void aLineWithAUrlKeepsItsIdWhenItsTextIsCorrected() throws IOException {
    try (TempFolder temp = TempFolder.create("jsonl-ids")) {
      Path corpus = temp.folder("corpus");
      Path index = temp.path().resolve("index");
      Line line = new Line("https://news.example/dam", "Dam opens", "2023-05-01", "The dam opened after the floods.");
      writeLines(corpus, List.of(line));
      String id = IndexBuildTest.build(corpus, index, false).articles().get(0).articleId();
      writeLines(corpus, List.of(new Line(line.url(), line.title(), line.date(), "The dam opened after the spring floods.")));

      BuildReport report = IndexBuildTest.build(corpus, index, false);
      assertThat(report.articles()).singleElement().satisfies(article -> {
        assertThat(article.articleId()).isEqualTo(id);
        assertThat(article.status()).isEqualTo("changed");
      });
    }
  }

  @Example
  void identicalLinesAreIndexedOnceAndTheRepeatIsReportedAsADuplicate() throws IOException {
    try (TempFolder temp = TempFolder.create("jsonl-ids")) {
      Path corpus = temp.folder("corpus");
      Line line = new Line(null, "Storm hits", "2022-01-02", "A storm hit the harbour overnight.");
      Line other = new Line(null, "Market day", null, "Prices rose at the market.");
      writeLines(corpus, List.of(line, other, line));

      BuildReport report = IndexBuildTest.build(corpus, temp.path().resolve("index"), false);
      assertThat(report.articles()).hasSize(2);
      assertThat(report.problems()).singleElement().satisfies(problem -> {
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.severity()).isEqualTo(CorpusProblem.Severity.ERROR);
        assertThat(problem.message()).contains("duplicate").contains("line 1");
      });
    }
  }

  @Provide
  Arbitrary<List<Line>> articleSets() {
    return lines().list().ofMinSize(2).ofMaxSize(8).uniqueElements(Line::text)
        .filter(lines -> lines.stream().map(Line::url).filter(Objects::nonNull).distinct().count()
            == lines.stream().map(Line::url).filter(Objects::nonNull).count());
  }

  @Provide
  Arbitrary<Line> lines() {
    Arbitrary<String> slug = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-').ofMinLength(1).ofMaxLength(20);
    Arbitrary<String> url = slug.map(s -> "https://news.example/" + s).injectNull(0.5);
    Arbitrary<String> title = words(2, 6).map(t -> Character.toUpperCase(t.charAt(0)) + t.substring(1));
    Arbitrary<String> date = Arbitraries.integers().between(0, 9000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d).toString()).injectNull(0.3);
    Arbitrary<String> text = words(8, 25).map(t -> Character.toUpperCase(t.charAt(0)) + t.substring(1) + ".");
    return Combinators.combine(url, title, date, text).as(Line::new);
  }

  private static Arbitrary<String> words(int min, int max) {
    return Arbitraries.of(WORDS).list().ofMinSize(min).ofMaxSize(max).map(list -> String.join(" ", list));
  }

  private static void writeLines(Path corpus, List<Line> lines) throws IOException {
    StringBuilder out = new StringBuilder();
    lines.forEach(line -> out.append(line.json()).append('\n'));
    Files.writeString(corpus.resolve("feed.jsonl"), out);
  }

  private static Map<String, String> idsByText(Path corpus, Path index) throws IOException {
    IndexBuildTest.build(corpus, index, false);
    return idsByText(IndexContents.read(index));
  }

  private static Map<String, String> idsByText(IndexContents contents) {
    Map<String, String> ids = new TreeMap<>();
    contents.paragraphs().forEach(p -> ids.put(p.text(), p.articleId()));
    return ids;
  }
}
