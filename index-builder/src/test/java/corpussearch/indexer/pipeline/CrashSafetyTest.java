package corpussearch.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.CliProcess;
import corpussearch.indexer.IndexBuilderCli;
import corpussearch.indexer.pipeline.IndexContents.Paragraph;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL at a random moment leaves the index readable and holding exactly
 * the previous commit or exactly the new one, never a mix; the next normal run completes it.
 */
class CrashSafetyTest {

  private static final int TRIALS = 20;
  private static final int AIMED_TRIALS = 6;
  private static final int GENERATED_ARTICLES = 2_000;
  private static final long SEED = 20211103L;
  private static final String MARKER = "Editor's note added after publication about the Torkham border crossing.";

  @TempDir Path tmp;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES) // a hang guard only
  void killedBuildLeavesThePreviousOrTheNewCommitNeverAMix() throws Exception {
    // The committed starting point: the five seeds.
    Path seedsCorpus = IndexBuildTest.copySeeds(tmp.resolve("seeds"));
    Path baseline = tmp.resolve("baseline-index");
    assertThat(IndexBuildTest.build(seedsCorpus, baseline, false).committed()).isTrue();
    Map<String, String> before = state(IndexContents.read(baseline));
    assertThat(before).hasSize(5);

    // A corpus with work to do: one seed changed, one removed, 2,000 articles added.
    Path corpus = IndexBuildTest.copySeeds(tmp.resolve("corpus"));
    insertMarker(corpus.resolve(IndexBuildTest.A000 + ".txt"));
    Files.delete(corpus.resolve(IndexBuildTest.A004 + ".txt"));
    generateArticles(corpus.resolve("wire.jsonl"), GENERATED_ARTICLES);

    // What the new commit holds, from an uninterrupted build of a copy of the baseline.
    Path reference = copyIndex(baseline, tmp.resolve("reference-index"));
    long start = System.nanoTime();
    assertThat(IndexBuildTest.build(corpus, reference, false).committed()).isTrue();
    long referenceMillis = (System.nanoTime() - start) / 1_000_000;
    Map<String, String> after = state(IndexContents.read(reference));
    assertThat(after).hasSize(4 + GENERATED_ARTICLES).containsKey("wire-0001").doesNotContainKey(IndexBuildTest.A004);
    assertThat(after.get(IndexBuildTest.A000)).isNotEqualTo(before.get(IndexBuildTest.A000));
    assertThat(IndexContents.read(reference).paragraphs()).filteredOn(p -> p.text().contains(MARKER)).hasSize(1);

    Random random = new Random(SEED);
    int sawBefore = 0;
    int sawAfter = 0;
    List<String> log = new ArrayList<>();
    for (int trial = 0; trial < TRIALS; trial++) {
      Path index = copyIndex(baseline, tmp.resolve("trial-" + trial));
      long delay = 50 + random.nextInt(1451);
      boolean isNew = killAndCheck("trial " + trial, corpus, index, delay, before, after, log);
      if (isNew) {
        sawAfter++;
      } else {
        sawBefore++;
      }

      // The next normal run finishes the job (every few trials: each one is a whole build).
      if (trial % 5 != 4) {
        continue;
      }
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = IndexBuilderCli.run(new String[] {"--corpus", corpus.toString(), "--index", index.toString()}, new PrintWriter(out), new PrintWriter(err));
      assertThat(exit).as("trial %d: rerun after the kill; stderr: %s", trial, err).isZero();
      assertThat(state(IndexContents.read(index))).as("trial %d: after the rerun", trial).isEqualTo(after);
    }

    // Kills aimed at the end of a short build, where the commit is being written: a small change
    // (one seed edited, one removed), killed at 70-110% of the time an uninterrupted run takes.
    Path small = IndexBuildTest.copySeeds(tmp.resolve("small"));
    insertMarker(small.resolve(IndexBuildTest.A000 + ".txt"));
    Files.delete(small.resolve(IndexBuildTest.A004 + ".txt"));
    Path smallReference = copyIndex(baseline, tmp.resolve("small-reference"));
    IndexBuildTest.build(small, smallReference, false);
    Map<String, String> smallAfter = state(IndexContents.read(smallReference));
    long t0 = System.nanoTime();
    CliProcess.Result timing = CliProcess.run(tmp.resolve("log-small"), Map.of(), "--corpus", small.toString(), "--index", copyIndex(baseline, tmp.resolve("small-timing")).toString());
    long runMillis = (System.nanoTime() - t0) / 1_000_000;
    assertThat(timing.exitCode()).as(timing.stderr()).isZero();
    for (int trial = 0; trial < AIMED_TRIALS; trial++) {
      Path index = copyIndex(baseline, tmp.resolve("aimed-" + trial));
      long delay = runMillis * (70 + random.nextInt(41)) / 100;
      if (killAndCheck("aimed " + trial, small, index, delay, before, smallAfter, log)) {
        sawAfter++;
      } else {
        sawBefore++;
      }
    }

    System.out.println("in-process reference build: " + referenceMillis + " ms");
    log.forEach(System.out::println);
    System.out.printf(Locale.ROOT, "%d kills: %d left the previous commit, %d the new one (short run: %d ms)%n",
        TRIALS + AIMED_TRIALS, sawBefore, sawAfter, runMillis);
    assertThat(sawBefore + sawAfter).isEqualTo(TRIALS + AIMED_TRIALS);

    // Once more as a real process: kill, then a normal run of the CLI's JVM exits 0 with the new set.
    Path index = copyIndex(baseline, tmp.resolve("final"));
    Process killed = CliProcess.start(tmp.resolve("log-final-killed"), Map.of(), "--corpus", corpus.toString(), "--index", index.toString());
    killed.waitFor(50 + random.nextInt(1451), TimeUnit.MILLISECONDS);
    killed.destroyForcibly().waitFor();
    CliProcess.Result rerun = CliProcess.run(tmp.resolve("log-final"), Map.of(), "--corpus", corpus.toString(), "--index", index.toString());
    assertThat(rerun.exitCode()).as(rerun.stderr()).isZero();
    assertThat(rerun.stdout()).contains("Index:      committed");
    assertThat(state(IndexContents.read(index))).isEqualTo(after);
  }

  /**
   * Starts a build of {@code corpus} into {@code index}, SIGKILLs it after {@code delay} ms, and
   * checks the index opens and equals {@code before} or {@code after} as a whole.
   *
   * @return whether the index holds the new commit
   */
  private static boolean killAndCheck(String name, Path corpus, Path index, long delay,
      Map<String, String> before, Map<String, String> after, List<String> log) throws Exception {
    Process process = CliProcess.start(index.resolveSibling(index.getFileName() + "-log"), Map.of(),
        "--corpus", corpus.toString(), "--index", index.toString());
    boolean finished = process.waitFor(delay, TimeUnit.MILLISECONDS);
    process.destroyForcibly();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("%s: process gone", name).isTrue();

    IndexContents contents = IndexContents.read(index); // must open: a commit is always there
    Map<String, String> seen = state(contents);
    assertThat(seen).as("%s (killed after %d ms): whole previous or whole new commit", name, delay)
        .satisfiesAnyOf(s -> assertThat(s).isEqualTo(before), s -> assertThat(s).isEqualTo(after));
    boolean isNew = seen.equals(after);
    assertThat(contents.paragraphs().stream().filter(p -> p.text().contains(MARKER)).count())
        .as("%s: the edited article matches the commit", name).isEqualTo(isNew ? 1 : 0);
    log.add(String.format(Locale.ROOT, "%-9s killed after %4d ms%s -> %s", name, delay,
        finished ? " (had exited)" : "", isNew ? "new commit" : "previous commit"));
    return isNew;
  }

  /** Adds the marker paragraph to the body of an article, right after its first body paragraph. */
  private static void insertMarker(Path article) throws IOException {
    String text = Files.readString(article, StandardCharsets.UTF_8);
    String anchor = "The Wall Street Journal reported";
    int at = text.indexOf('\n', text.indexOf(anchor));
    assertThat(text.indexOf(anchor)).as("anchor in %s", article).isPositive();
    Files.writeString(article, text.substring(0, at) + "\n\n" + MARKER + "\n" + text.substring(at), StandardCharsets.UTF_8);
  }

  /** Each article's paragraph ids and content hash: equal maps mean equal committed content. */
  private static Map<String, String> state(IndexContents contents) {
    Map<String, String> state = new TreeMap<>();
    Map<String, List<Paragraph>> byArticle = new TreeMap<>();
    contents.paragraphs().forEach(p -> byArticle.computeIfAbsent(p.articleId(), k -> new ArrayList<>()).add(p));
    byArticle.forEach((id, paragraphs) -> state.put(id,
        paragraphs.size() + " " + paragraphs.getFirst().hash() + " " + paragraphs.stream().map(Paragraph::id).toList().hashCode()));
    return state;
  }

  private static Path copyIndex(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        if (!file.getFileName().toString().equals("write.lock")) {
          Files.copy(file, to.resolve(file.getFileName()));
        }
      }
    }
    return to;
  }

  private static final String[] WORDS = (
      "taliban kabul khorasan border attack security council province fighters militants withdrawal "
          + "pakistan afghanistan province governor checkpoint ceasefire refugees humanitarian sanctions "
          + "embassy airport intelligence recruitment network leadership offensive negotiations district")
      .split(" ");

  /** A JSON Lines file of {@code count} articles with given metadata and a few paragraphs each. */
  private static void generateArticles(Path file, int count) throws IOException {
    Random random = new Random(SEED);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= count; i++) {
        StringBuilder text = new StringBuilder();
        int paragraphs = 1 + random.nextInt(2);
        for (int p = 0; p < paragraphs; p++) {
          if (p > 0) {
            text.append("\\n\\n");
          }
          text.append("Report ").append(i).append(", paragraph ").append(p).append(':');
          for (int w = 0; w < 12 + random.nextInt(12); w++) {
            text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
          }
          text.append('.');
        }
        out.write(String.format(Locale.ROOT,
            "{\"id\":\"wire-%04d\",\"title\":\"Wire report %d\",\"author\":\"Desk Writer\",\"outlet\":\"Wire Service\",\"date\":\"2021-%02d-%02d\",\"text\":\"%s\"}%n",
            i, i, 1 + i % 12, 1 + i % 28, text));
      }
    }
  }
}
