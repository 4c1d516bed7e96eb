package corpussearch.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import corpussearch.api.HangGuard;
import corpussearch.api.TestCorpora;
import corpussearch.api.index.IndexView;
import corpussearch.api.request.SearchRequest;
import corpussearch.api.service.SearchStack;
import corpussearch.analysis.Synonyms;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.CorruptIndexException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A damaged index on disk is never served silently: at start-up the service refuses with a message
 * naming the folder (exit 1); a damaged new commit while running is logged and the last good
 * version keeps serving.
 *
 * <p>Why the middle of a file matters: opening a Lucene reader checks only file headers and
 * footers, so a segment file overwritten in the middle would open fine and serve wrong results;
 * IndexViews verifies each new segment's checksums when it first opens it.
 */
class CorruptIndexTest {

  enum Damage { TRUNCATE, GARBAGE_IN_THE_MIDDLE }

  @ParameterizedTest
  @ValueSource(strings = {"TRUNCATE", "GARBAGE_IN_THE_MIDDLE"})
  void theServiceRefusesToStartOnADamagedIndex(String damage, @TempDir Path temp) throws Exception {
    Path index = TestCorpora.seedsIndex(temp);
    damage(largestSegmentFile(index, Set.of()), Damage.valueOf(damage));
    try (ServiceProcess service = ServiceProcess.startService("--index", index.toString(), "--port", "0")) {
      int exit = service.waitFor(HangGuard.TIMEOUT);
      String output = service.output();
      assertThat(exit).as(output).isEqualTo(1);
      assertThat(output).contains("search-api: the index in " + index.toAbsolutePath() + " cannot be opened")
          .contains("rebuild it with index-builder --full")
          .doesNotContain("\tat ")
          .doesNotContain("listening on");
    }
  }

  @Test
  void aDamagedNewCommitIsNotServedAndTheLastGoodVersionIs(@TempDir Path temp) throws Exception {
    Path corpus = TestCorpora.writeFixture(temp.resolve("corpus"));
    Path index = TestCorpora.index(corpus, temp.resolve("index"));
    Set<String> before = files(index);
    // a refresh interval of an hour: the test decides when the service looks for the new commit
    try (SearchStack stack = SearchStack.open(index, Synonyms.bundled(), Duration.ofHours(1), HangGuard.TIMEOUT, 0)) {
      long version = version(stack);
      long damTotal = total(stack, "dam");
      assertThat(total(stack, "zebra")).isZero();

      Files.writeString(corpus.resolve("extra.jsonl"), "{\"id\":\"z1\",\"title\":\"Zoo\",\"text\":\"" + "A zebra escaped from the zoo near the dam. ".repeat(40) + "\"}\n");
      TestCorpora.index(corpus, index);
      damage(largestSegmentFile(index, before), Damage.GARBAGE_IN_THE_MIDDLE);

      assertThatThrownBy(() -> stack.views().maybeRefresh()).isInstanceOf(CorruptIndexException.class);
      assertThat(version(stack)).isEqualTo(version);
      assertThat(total(stack, "dam")).isEqualTo(damTotal);
      assertThat(total(stack, "zebra")).isZero();

      // the builder repairs it with a full rebuild, which the service then picks up
      new corpussearch.indexer.pipeline.IndexBuild(new corpussearch.indexer.pipeline.BuildOptions(corpus, index, true, 32_000_000),
          new java.io.PrintStream(java.io.OutputStream.nullOutputStream())).run();
      stack.views().maybeRefresh();
      assertThat(version(stack)).isGreaterThan(version);
      assertThat(total(stack, "zebra")).isEqualTo(1);
    }
  }

  private static long version(SearchStack stack) throws IOException {
    IndexView view = stack.views().acquire();
    try {
      return view.version();
    } finally {
      stack.views().release(view);
    }
  }

  private static long total(SearchStack stack, String q) throws IOException {
    return stack.search().search(new SearchRequest(q, List.of(), List.of(), List.of(), null, null, SearchRequest.SortOrder.RELEVANCE, 1, 10, false, true, true)).total();
  }

  private static Set<String> files(Path index) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      return Set.copyOf(files.map(p -> p.getFileName().toString()).toList());
    }
  }

  /** The largest segment data file not in {@code exclude}. */
  static Path largestSegmentFile(Path index, Set<String> exclude) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      return files.filter(p -> !exclude.contains(p.getFileName().toString()))
          .filter(p -> p.getFileName().toString().startsWith("_"))
          .filter(p -> !p.getFileName().toString().endsWith(".si"))
          .max(Comparator.comparingLong(p -> p.toFile().length()))
          .orElseThrow();
    }
  }

  static void damage(Path file, Damage damage) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      long length = raf.length();
      if (damage == Damage.TRUNCATE) {
        raf.setLength(length / 2);
      } else {
        raf.seek(length / 2);
        raf.write("GARBAGE!".repeat(8).getBytes(StandardCharsets.US_ASCII));
      }
    }
  }
}
