package corpussearch.api;

import corpussearch.indexer.pipeline.BuildOptions;
import corpussearch.indexer.pipeline.IndexBuild;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Corpora and indexes for tests: the shipped seeds and a small fixture with known metadata. */
public final class TestCorpora {

  /** The shipped corpus (surefire runs in search-api/). */
  public static final Path SEEDS = Path.of("..", "seeds");

  /** An article of the shipped seeds. */
  public static final String SEED_ARTICLE = "004_4de709283b17f614";

  /**
   * Four articles, two outlets plus one unknown, three years plus one unknown, one paragraph with
   * an HTML script tag, eight paragraphs in all. Paragraph counts per word are easy to check:
   * "dam" is in 6 paragraphs of 4 articles.
   */
  public static final String FIXTURE_JSONL = String.join("\n",
      "{\"id\":\"a1\",\"title\":\"Dam project delayed\",\"author\":\"Lois Lane\",\"outlet\":\"Daily Planet\",\"date\":\"2021-03-01\",\"url\":\"https://www.dailyplanet.example/2021/dam-delayed\",\"paragraphs\":[\"The dam project on the river was delayed again by floods.\",\"Engineers say the dam will open in 2023 after the floods recede.\"]}",
      "{\"id\":\"a2\",\"title\":\"Upstream plans\",\"author\":\"Clark Kent\",\"outlet\":\"Daily Planet\",\"date\":\"2022-06-15\",\"paragraphs\":[\"A new dam was proposed upstream by the council.\",\"The text <script>alert(1)</script> appeared in a comment about the dam.\"]}",
      "{\"id\":\"a3\",\"title\":\"Valley news\",\"author\":\"Vicki Vale\",\"outlet\":\"Gotham Gazette\",\"date\":\"2020-01-10\",\"paragraphs\":[\"Floods hit the river valley overnight.\",\"The mayor blamed the dam operators for the floods.\"]}",
      "{\"id\":\"a4\",\"title\":\"Anonymous report\",\"paragraphs\":[\"An anonymous report on the dam failure and the river.\",\"Nobody signed the report.\"]}",
      "");

  private TestCorpora() {}

  /** Writes the fixture corpus into {@code dir} and returns it. */
  public static Path writeFixture(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("fixture.jsonl"), FIXTURE_JSONL, StandardCharsets.UTF_8);
    return dir;
  }

  /** Builds (or updates) the index of {@code corpus} in {@code index}. */
  public static Path index(Path corpus, Path index) throws IOException {
    new IndexBuild(new BuildOptions(corpus, index, false, 32_000_000), new PrintStream(OutputStream.nullOutputStream())).run();
    return index;
  }

  /** Builds the index of the shipped seeds in {@code temp/index}. */
  public static Path seedsIndex(Path temp) throws IOException {
    return index(SEEDS, temp.resolve("index"));
  }

  /** Deletes {@code dir} and everything in it, if it exists (for temp folders a test or tool made itself). */
  public static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
