package corpussearch.indexer.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import corpussearch.indexer.pipeline.BuildOptions;
import corpussearch.indexer.pipeline.IndexBuild;
import corpussearch.indexer.extract.ArticleMetadata;
import corpussearch.indexer.extract.FieldValue;
import corpussearch.indexer.extract.MetadataField;
import corpussearch.indexer.report.ArticleReport;
import corpussearch.indexer.report.BuildReport;
import corpussearch.indexer.source.CorpusProblem;
import corpussearch.indexer.source.SourceDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curator's metadata.csv: overrides, and its own errors reported but never fatal. */
class MetadataOverridesTest {

  private static final ArticleMetadata EXTRACTED =
      new ArticleMetadata(
          FieldValue.of("Extracted title", "first-line"),
          FieldValue.of("Extracted Author", "byline-with-date"),
          FieldValue.of("Extracted Outlet", "masthead"),
          FieldValue.of("2021-11-03", "byline-with-date"));

  @TempDir Path corpus;

  private final List<CorpusProblem> problems = new ArrayList<>();

  private MetadataOverrides load(String csv) throws IOException {
    Files.writeString(corpus.resolve("metadata.csv"), csv, StandardCharsets.UTF_8);
    return MetadataOverrides.load(corpus, problems);
  }

  private static SourceDocument source(String articleId, String file) {
    return new SourceDocument(articleId, file, "Body.", null, ArticleMetadata.empty(), "Body.");
  }

  @Test
  void noCsvMeansNoOverridesAndNoProblems() {
    MetadataOverrides overrides = MetadataOverrides.load(corpus, problems);
    assertThat(overrides.apply(source("a", "a.txt"), EXTRACTED)).isEqualTo(EXTRACTED);
    assertThat(overrides.fingerprint(source("a", "a.txt"))).isEmpty();
    assertThat(overrides.unusedRows()).isEmpty();
    assertThat(problems).isEmpty();
  }

  @Test
  void nonEmptyCellsReplaceTheExtractedValuesAndEmptyCellsKeepThem() throws IOException {
    MetadataOverrides overrides = load(
        "file,title,author,outlet,date\n"
            + "a.txt,\"Curated title, with a comma\",,  Curated Outlet  ,2020-01-02\n");

    ArticleMetadata result = overrides.apply(source("a", "a.txt"), EXTRACTED);

    assertThat(result.title()).isEqualTo(FieldValue.of("Curated title, with a comma", "metadata.csv"));
    assertThat(result.author()).as("empty cell keeps the extracted value and its rule").isEqualTo(EXTRACTED.author());
    assertThat(result.outlet()).isEqualTo(FieldValue.of("Curated Outlet", "metadata.csv"));
    assertThat(result.date()).isEqualTo(FieldValue.of("2020-01-02", MetadataOverrides.RULE));
    assertThat(MetadataOverrides.RULE).isEqualTo("metadata.csv");
    assertThat(overrides.unusedRows()).isEmpty();
    assertThat(problems).isEmpty();
  }

  @Test
  void overridesFillInFieldsTheExtractorDidNotFind() throws IOException {
    MetadataOverrides overrides = load("file,author\na.txt,Jane Roe\n");
    ArticleMetadata result = overrides.apply(source("a", "a.txt"), ArticleMetadata.empty());
    assertThat(result.author()).isEqualTo(FieldValue.of("Jane Roe", "metadata.csv"));
    assertThat(result.title().isKnown()).isFalse();
  }

  @Test
  void aRowMayNameAJsonLinesArticleByItsId() throws IOException {
    MetadataOverrides overrides = load("file,title,author,outlet,date\nfeed-2,,Jane Roe,,\n");
    SourceDocument line2 = source("feed-2", "feed.jsonl");
    SourceDocument line1 = source("feed-1", "feed.jsonl");

    assertThat(overrides.apply(line2, EXTRACTED).author()).isEqualTo(FieldValue.of("Jane Roe", "metadata.csv"));
    assertThat(overrides.apply(line1, EXTRACTED)).isEqualTo(EXTRACTED);
    assertThat(overrides.fingerprint(line2)).isNotEmpty();
    assertThat(overrides.fingerprint(line1)).isEmpty();
    assertThat(overrides.unusedRows()).isEmpty();
  }

  @Test
  void fingerprintChangesWhenTheRowChanges() throws IOException {
    String before = load("file,title\na.txt,One\n").fingerprint(source("a", "a.txt"));
    String after = load("file,title\na.txt,Two\n").fingerprint(source("a", "a.txt"));
    assertThat(before).isNotEmpty().isNotEqualTo(after);
  }

  @Test
  void rowForAnUnknownFileIsReportedWithItsLine() throws IOException {
    MetadataOverrides overrides = load("file,title\na.txt,Known\nmissing.txt,Nobody\n");
    overrides.apply(source("a", "a.txt"), EXTRACTED);

    assertThat(problems).isEmpty();
    assertThat(overrides.unusedRows()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("metadata.csv");
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.severity()).isEqualTo(CorpusProblem.Severity.ERROR);
      assertThat(p.message()).contains("unknown file \"missing.txt\"");
    });
  }

  @Test
  void badDateIsReportedAndOnlyThatCellIgnored() throws IOException {
    MetadataOverrides overrides = load("file,title,date\na.txt,Curated,2021-13-45\nb.txt,,3 Nov 2021\n");

    ArticleMetadata result = overrides.apply(source("a", "a.txt"), EXTRACTED);

    assertThat(result.title()).isEqualTo(FieldValue.of("Curated", "metadata.csv"));
    assertThat(result.date()).isEqualTo(EXTRACTED.date());
    assertThat(problems).extracting(CorpusProblem::file, CorpusProblem::line)
        .containsExactly(tuple("metadata.csv", 2), tuple("metadata.csv", 3));
    assertThat(problems.get(0).message()).contains("bad date \"2021-13-45\"");
    assertThat(problems.get(1).message()).contains("bad date \"3 Nov 2021\"");
  }

  @Test
  void missingFileColumnIsReportedAndTheCsvIgnored() throws IOException {
    MetadataOverrides overrides = load("name,title\na.txt,Curated\n");

    assertThat(overrides.apply(source("a", "a.txt"), EXTRACTED)).isEqualTo(EXTRACTED);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("metadata.csv");
      assertThat(p.message()).contains("no \"file\" column");
    });
    assertThat(overrides.unusedRows()).isEmpty();
  }

  @Test
  void emptyCsvIsReportedAsHavingNoFileColumn() throws IOException {
    MetadataOverrides overrides = load("");
    assertThat(overrides.apply(source("a", "a.txt"), EXTRACTED)).isEqualTo(EXTRACTED);
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("no \"file\" column"));
  }

  @Test
  void unterminatedQuoteIsReportedAndTheCsvIgnored() throws IOException {
    MetadataOverrides overrides = load("file,title\na.txt,\"Curated\nb.txt,Other\n");

    assertThat(overrides.apply(source("a", "a.txt"), EXTRACTED)).isEqualTo(EXTRACTED);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("metadata.csv");
      assertThat(p.severity()).isEqualTo(CorpusProblem.Severity.ERROR);
      assertThat(p.message()).startsWith("cannot read").endsWith("file ignored");
    });
  }

  @Test
  void textAfterAClosingQuoteIsReportedAndTheCsvIgnored() throws IOException {
    MetadataOverrides overrides = load("file,title\na.txt,\"One\" and more\n");
    assertThat(overrides.apply(source("a", "a.txt"), EXTRACTED)).isEqualTo(EXTRACTED);
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).startsWith("cannot read"));
  }

  @Test
  void emptyFileCellIsReportedAndShortRowsAreFine() throws IOException {
    MetadataOverrides overrides = load("file,title,author\n,Orphan,Someone\na.txt,Curated\n");

    ArticleMetadata result = overrides.apply(source("a", "a.txt"), EXTRACTED);
    assertThat(result.title()).isEqualTo(FieldValue.of("Curated", "metadata.csv"));
    assertThat(result.author()).isEqualTo(EXTRACTED.author());
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.message()).contains("empty \"file\" cell");
    });
  }

  @Test
  void aBuildWithABrokenCsvStillSucceedsReportsTheRuleAndListsTheProblems(@TempDir Path index) throws IOException {
    Files.writeString(corpus.resolve("a.txt"), "Original title\n\nThe body of the article is long enough to be kept as a paragraph.\n");
    Files.writeString(corpus.resolve("metadata.csv"),
        "file,title,author,outlet,date\n"
            + "a.txt,Curated title,,The Curated Outlet,2022-02-31\n"
            + "ghost.txt,Ghost,,,\n");

    BuildReport report = new IndexBuild(
        new BuildOptions(corpus, index, false, 32_000_000),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();

    assertThat(report.committed()).isTrue();
    ArticleReport article = report.articles().getFirst();
    assertThat(article.articleId()).isEqualTo("a");
    assertThat(article.metadata().get(MetadataField.TITLE)).isEqualTo(FieldValue.of("Curated title", "metadata.csv"));
    assertThat(article.metadata().get(MetadataField.OUTLET)).isEqualTo(FieldValue.of("The Curated Outlet", "metadata.csv"));
    assertThat(article.metadata().get(MetadataField.DATE).rule()).isNotEqualTo("metadata.csv");
    assertThat(report.problems()).extracting(CorpusProblem::file, CorpusProblem::line)
        .containsExactlyInAnyOrder(tuple("metadata.csv", 2), tuple("metadata.csv", 3));
    assertThat(report.skippedFiles()).doesNotContain("metadata.csv");
  }
}
