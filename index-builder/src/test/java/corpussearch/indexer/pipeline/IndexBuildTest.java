package corpussearch.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.pipeline.IndexContents.Paragraph;
import corpussearch.indexer.extract.MetadataField;
import corpussearch.indexer.index.ParagraphCodec;
import corpussearch.indexer.report.ArticleReport;
import corpussearch.indexer.report.BuildReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole builds of a real index on disk, read back with a DirectoryReader. */
class IndexBuildTest {

  static final Path SEEDS = Path.of("..", "seeds");

  static final String A000 = "000_13b5d66cfb0b5b62";
  static final String A001 = "001_65378552d818f571";
  static final String A002 = "002_1dbf526cc40aa5d1";
  static final String A003 = "003_ba03e6fc634dcc76";
  static final String A004 = "004_4de709283b17f614";
  static final Set<String> SEED_IDS = Set.of(A000, A001, A002, A003, A004);

  /** One build of the shipped seeds, shared by the tests that only read it. */
  @TempDir static Path shared;
  static BuildReport seedsReport;
  static IndexContents seeds;

  @TempDir Path tmp;
  Path corpus;
  Path index;

  @BeforeAll
  static void buildSeedsOnce() throws IOException {
    seedsReport = build(SEEDS, shared.resolve("index"), false);
    seeds = IndexContents.read(shared.resolve("index"));
  }

  @BeforeEach
  void copySeeds() throws IOException {
    corpus = copySeeds(tmp.resolve("corpus"));
    index = tmp.resolve("index");
  }

  static Path copySeeds(Path target) throws IOException {
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(SEEDS)) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
    return target;
  }

  static BuildReport build(Path corpus, Path index, boolean full) throws IOException {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return new IndexBuild(new BuildOptions(corpus, index, full, 32_000_000), quiet).run();
  }

  private BuildReport build() throws IOException {
    return build(corpus, index, false);
  }

  private static Map<String, String> statusById(BuildReport report) {
    return report.articles().stream().collect(Collectors.toMap(ArticleReport::articleId, ArticleReport::status, (a, b) -> a, TreeMap::new));
  }

  // --- the seeds ---------------------------------------------------------------------------

  @Test
  void seedsGiveFiveArticlesWithTheirMetadataStoredOnEveryParagraph() throws IOException {
    BuildReport report = seedsReport;
    assertThat(report.committed()).isTrue();
    assertThat(report.totals().articles()).isEqualTo(5);
    assertThat(report.totals().added()).isEqualTo(5);
    assertThat(report.problems()).isEmpty();

    IndexContents contents = seeds;
    assertThat(contents.articleIds()).containsExactlyInAnyOrderElementsOf(SEED_IDS);

    assertArticle(contents, A000, "Why are US-trained Afghans now joining IS-K?", "Andrew Korybko", "The Express Tribune", "2021-11-03");
    assertArticle(contents, A001, "Emergence of ISIS-K in Afghanistan: The Only National Security Threat to the USA", null, null, null);
    assertArticle(contents, A002, "Anatomy of Emerging Threat: The Implications of ISIS-K Drawing First Blood Against Americans in Afghanistan",
        "Rohan Kumar", "American Kahani", null);
    assertArticle(contents, A003, "Once Enemies, US And Taliban Find Common Ground Against ISIS", null, "Saudi Press", "2024-04-25");
    assertArticle(contents, A004, "IS-K Threat to Afghanistan and the Region", "Salman Rafi Sheikh", "New Eastern Outlook", "2021-11-08");

    for (ArticleReport article : report.articles()) {
      assertThat(contents.of(article.articleId())).as(article.articleId()).hasSize(article.paragraphs());
      assertThat(contents.of(article.articleId())).allSatisfy(p -> assertThat(p.sourceFile()).isEqualTo(article.articleId() + ".txt"));
    }
  }

  @Test
  void everySegmentIsWrittenWithTheParagraphCodec() throws IOException {
    try (var directory = org.apache.lucene.store.FSDirectory.open(shared.resolve("index"))) {
      var segments = org.apache.lucene.index.SegmentInfos.readLatestCommit(directory);
      assertThat(segments.size()).isPositive();
      // read back through the service loader, as the search service reads it
      assertThat(segments.asList()).allSatisfy(segment -> assertThat(segment.info.getCodec().getName()).isEqualTo(ParagraphCodec.NAME));
    }
    assertThat(seeds.paragraphs()).allSatisfy(p -> assertThat(p.text()).isNotBlank());
  }

  private static void assertArticle(IndexContents contents, String id, String title, String author, String outlet, String date) {
    List<Paragraph> paragraphs = contents.of(id);
    assertThat(paragraphs).as(id).isNotEmpty();
    assertThat(paragraphs).as(id + " metadata").allSatisfy(p -> {
      assertThat(p.title()).isEqualTo(title);
      assertThat(p.author()).isEqualTo(author);
      assertThat(p.outlet()).isEqualTo(outlet);
      assertThat(p.date()).isEqualTo(date);
    });
  }

  @ParameterizedTest(name = "\"{0}\" is not indexed")
  @ValueSource(
      strings = {
        "syed baqar", "It s a good business", "Comments are moderated", "Comments FAQ", "What’s your Reaction",
        "In Love", "Leave a Reply", "All rights reserved", "Scroll To Top", "Julian Assange", "Starlink",
        "Please select digest", "views expressed by the writer", "viewpoints expressed"
      })
  void pageFurnitureIsNotIndexed(String furniture) throws IOException {
    IndexContents contents = seeds;
    assertThat(contents.paragraphs()).isNotEmpty();
    String needle = furniture.toLowerCase(java.util.Locale.ROOT);
    assertThat(contents.paragraphs())
        .filteredOn(p -> p.text().toLowerCase(java.util.Locale.ROOT).contains(needle))
        .as("paragraphs containing \"%s\"", furniture)
        .isEmpty();
  }

  @Test
  void repeatedPullQuoteAndStandfirstAreIndexedExactlyOnce() throws IOException {
    IndexContents contents = seeds;

    assertThat(contents.paragraphs()).filteredOn(p -> p.text().contains("The rise of ISIS-K poses significant threat"))
        .singleElement().satisfies(p -> assertThat(p.articleId()).isEqualTo(A001));
    assertThat(contents.paragraphs()).filteredOn(p -> p.text().contains("The situation is awkward for both"))
        .singleElement().satisfies(p -> assertThat(p.articleId()).isEqualTo(A003));
  }

  @Test
  void paragraphIdsAreArticleIdColonConsecutiveN() throws IOException {
    IndexContents contents = seeds;

    assertThat(contents.paragraphs()).extracting(Paragraph::id).doesNotHaveDuplicates();
    for (String id : SEED_IDS) {
      List<Paragraph> paragraphs = contents.of(id);
      for (int n = 0; n < paragraphs.size(); n++) {
        assertThat(paragraphs.get(n).n()).as("%s paragraph %d", id, n).isEqualTo(n);
        assertThat(paragraphs.get(n).id()).isEqualTo(id + ":" + n);
        assertThat(paragraphs.get(n).text()).isNotBlank();
      }
    }
  }

  // --- incremental builds ------------------------------------------------------------------

  @Test
  void secondRunChangesNothingAndWritesNothing() throws IOException {
    build();
    long generation = IndexContents.commitGeneration(index);
    Map<String, FileTime> files = snapshot(index);
    IndexContents before = IndexContents.read(index);

    BuildReport again = build();

    assertThat(again.committed()).isFalse();
    BuildReport.Totals totals = again.totals();
    assertThat(totals.added()).isZero();
    assertThat(totals.changed()).isZero();
    assertThat(totals.removed()).isZero();
    assertThat(totals.unchanged()).isEqualTo(5);
    assertThat(IndexContents.commitGeneration(index)).isEqualTo(generation);
    assertThat(snapshot(index)).as("index files and their modification times").isEqualTo(files);
    assertThat(IndexContents.read(index)).isEqualTo(before);
  }

  @Test
  void changingOneFileReplacesOnlyThatArticlesParagraphs() throws IOException {
    build();
    IndexContents before = IndexContents.read(index);
    long generation = before.generation();
    String added = "A closing paragraph added by the editor after publication, long enough to be kept as body text.";
    Files.writeString(corpus.resolve(A004 + ".txt"), "\n\n" + added + "\n", StandardOpenOption.APPEND);

    BuildReport report = build();

    assertThat(report.committed()).isTrue();
    assertThat(report.totals().changed()).isEqualTo(1);
    assertThat(report.totals().added()).isZero();
    assertThat(report.totals().unchanged()).isEqualTo(4);
    assertThat(statusById(report)).containsEntry(A004, "changed");

    IndexContents after = IndexContents.read(index);
    assertThat(after.generation()).isGreaterThan(generation);
    for (String id : SEED_IDS) {
      if (!id.equals(A004)) {
        assertThat(after.of(id)).as("untouched article %s", id).isEqualTo(before.of(id));
      }
    }
    List<Paragraph> changed = after.of(A004);
    assertThat(changed).extracting(Paragraph::text).contains(added);
    assertThat(changed).extracting(Paragraph::hash).containsOnly(changed.getFirst().hash()).doesNotContain(before.of(A004).getFirst().hash());
    assertThat(changed).extracting(Paragraph::n).containsExactlyElementsOf(java.util.stream.IntStream.range(0, changed.size()).boxed().toList());
    // Exactly the old block of A004 was deleted (or its whole segment dropped, when the parallel
    // build had written it alone), and nothing else was rewritten.
    assertThat(after.numDeletedDocs()).isIn(0, before.of(A004).size());
    assertThat(after.paragraphs()).hasSize(before.paragraphs().size() - before.of(A004).size() + changed.size());
  }

  @Test
  void mergingLeavesOneSegmentWithTheSameParagraphsAndMergesOnlyOnce() throws IOException {
    build();
    Files.writeString(corpus.resolve(A004 + ".txt"), "\n\nA closing paragraph added by the editor, long enough to be kept as body text.\n",
        StandardOpenOption.APPEND);
    build();
    IndexContents before = IndexContents.read(index);
    assertThat(segments(index)).as("an incremental build adds a segment").isGreaterThan(1);

    BuildReport merged = buildMerging();

    assertThat(merged.merged()).isTrue();
    assertThat(merged.committed()).isTrue();
    assertThat(merged.totals().unchanged()).isEqualTo(5);
    assertThat(segments(index)).isEqualTo(1);
    IndexContents after = IndexContents.read(index);
    assertThat(after.numDeletedDocs()).isZero();
    assertThat(after.paragraphs()).containsExactlyInAnyOrderElementsOf(before.paragraphs());

    BuildReport again = buildMerging();
    assertThat(again.merged()).isFalse();
    assertThat(again.committed()).isFalse();
    assertThat(IndexContents.commitGeneration(index)).isEqualTo(after.generation());
  }

  private BuildReport buildMerging() throws IOException {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return new IndexBuild(new BuildOptions(corpus, index, false, 32_000_000, 2, true, false), quiet).run();
  }

  private static int segments(Path index) throws IOException {
    try (var directory = org.apache.lucene.store.FSDirectory.open(index);
        var reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
      return reader.leaves().size();
    }
  }

  @Test
  void removingAFileDeletesItsParagraphs() throws IOException {
    build();
    IndexContents before = IndexContents.read(index);
    Files.delete(corpus.resolve(A002 + ".txt"));

    BuildReport report = build();

    assertThat(report.committed()).isTrue();
    assertThat(report.removed()).isEqualTo(1);
    assertThat(report.totals().removed()).isEqualTo(1);
    assertThat(report.totals().unchanged()).isEqualTo(4);
    IndexContents after = IndexContents.read(index);
    assertThat(after.articleIds()).doesNotContain(A002).hasSize(4);
    assertThat(after.paragraphs()).hasSize(before.paragraphs().size() - before.of(A002).size());
  }

  @Test
  void fullRebuildRewritesEveryArticle() throws IOException {
    build();
    IndexContents before = IndexContents.read(index);

    BuildReport report = build(corpus, index, true);

    assertThat(report.committed()).isTrue();
    assertThat(report.totals().added()).isEqualTo(5);
    assertThat(report.totals().unchanged()).isZero();
    IndexContents after = IndexContents.read(index);
    assertThat(after.generation()).isGreaterThan(before.generation());
    assertThat(after.numDeletedDocs()).as("a fresh index, no leftovers").isZero();
    assertThat(after.paragraphs()).isEqualTo(before.paragraphs());
  }

  @Test
  void addingMetadataCsvChangesTheArticleItNames() throws IOException {
    build();
    IndexContents before = IndexContents.read(index);
    Files.writeString(corpus.resolve("metadata.csv"), "file,title,author,outlet,date\n" + A003 + ".txt,,Curated Author,,\n");

    BuildReport report = build();

    assertThat(report.committed()).isTrue();
    assertThat(statusById(report)).containsEntry(A003, "changed").containsEntry(A000, "unchanged");
    assertThat(report.totals().changed()).isEqualTo(1);
    ArticleReport a003 = report.articles().stream().filter(a -> a.articleId().equals(A003)).findFirst().orElseThrow();
    assertThat(a003.metadata().get(MetadataField.AUTHOR).value()).isEqualTo("Curated Author");
    assertThat(a003.metadata().get(MetadataField.AUTHOR).rule()).isEqualTo("metadata.csv");
    assertThat(a003.metadata().get(MetadataField.OUTLET).value()).isEqualTo("Saudi Press");

    IndexContents after = IndexContents.read(index);
    assertThat(after.of(A003)).allSatisfy(p -> {
      assertThat(p.author()).isEqualTo("Curated Author");
      assertThat(p.title()).isEqualTo("Once Enemies, US And Taliban Find Common Ground Against ISIS");
    });
    assertThat(after.of(A000)).isEqualTo(before.of(A000));

    // Editing the CSV again changes the article again; removing it restores the extracted author.
    Files.delete(corpus.resolve("metadata.csv"));
    BuildReport restored = build();
    assertThat(statusById(restored)).containsEntry(A003, "changed");
    assertThat(IndexContents.read(index).of(A003)).allSatisfy(p -> assertThat(p.author()).isNull());
  }

  private static Map<String, FileTime> snapshot(Path index) throws IOException {
    Map<String, FileTime> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(index)) {
      for (Path file : list.toList()) {
        if (!file.getFileName().toString().equals("write.lock")) {
          files.put(file.getFileName() + " " + Files.size(file), Files.getLastModifiedTime(file));
        }
      }
    }
    return files;
  }
}
