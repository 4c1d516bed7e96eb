package corpussearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import corpussearch.api.HangGuard;
import corpussearch.api.TestCorpora;
import corpussearch.api.TestServer;
import corpussearch.indexer.IndexBuilderCli;
import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.indexer.index.IndexSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service keeps answering while a real index-builder process rewrites its index, and serves
 * the new content without a restart; it never swaps to a committed version it cannot serve, but
 * keeps answering from the last good one, and {@code /health} says the index on disk is newer and
 * why it is not served, until a good version is committed.
 */
class HotReloadTest {

  @Test
  void servesEachRebuildWithoutFailingARequest(@TempDir Path temp) throws Exception {
    Path corpus = TestCorpora.writeFixture(temp.resolve("corpus"));
    Path index = TestCorpora.index(corpus, temp.resolve("index"));
    try (TestServer server = TestServer.over(index)) {
      ServiceClient client = new ServiceClient(server.port());
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicInteger sent = new AtomicInteger();
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      Thread load = new Thread(() -> {
        while (running.get() && sent.get() < 20_000) {
          sent.incrementAndGet();
          try {
            var reply = client.search("q", "dam floods", "outlet", "Daily Planet");
            if (reply.status() != 200) {
              failures.add(reply.status() + " " + reply.body());
            }
          } catch (RuntimeException e) {
            failures.add(e.toString());
          }
        }
      });
      load.start();

      Files.writeString(corpus.resolve("extra.jsonl"), "{\"id\":\"z1\",\"title\":\"Zoo\",\"text\":\"A zebra escaped from the zoo near the dam.\"}\n");
      assertThat(runIndexBuilder(corpus, index)).isZero();
      awaitTotal(client, "zebra", 1);

      Files.delete(corpus.resolve("extra.jsonl"));
      assertThat(runIndexBuilder(corpus, index, "--full")).isZero();
      awaitTotal(client, "zebra", 0);

      running.set(false);
      load.join();
      assertThat(sent.get()).isGreaterThan(10);
      assertThat(failures).as("failed requests during rebuilds").isEmpty();
    }
  }

  @Test
  void aCommitOfAnotherSchemaIsNotServedAndHealthReportsTheServedVersionAsStale(@TempDir Path temp) throws Exception {
    Path corpus = TestCorpora.writeFixture(temp.resolve("corpus"));
    Path index = TestCorpora.index(corpus, temp.resolve("index"));
    try (TestServer server = TestServer.over(index)) {
      ServiceClient client = new ServiceClient(server.port());
      JsonNode healthy = client.get("/health").json();
      long goodVersion = healthy.at("/index/version").asLong();
      assertThat(healthy.at("/index/stale").asBoolean()).isFalse();
      int damTotal = client.search("q", "dam").json().get("total").asInt();
      assertThat(damTotal).isPositive();

      commitWithSchemaVersion(index, "0", "a1");
      JsonNode stale = awaitHealth(client, health -> health.at("/index/stale").asBoolean());
      assertThat(stale.get("status").asText()).isEqualTo("stale");
      assertThat(stale.at("/index/version").asLong()).isEqualTo(goodVersion);
      assertThat(stale.at("/index/error").asText()).contains("schema version 0").contains("index-builder");
      assertThat(client.search("q", "dam").json().get("total").asInt()).isEqualTo(damTotal);
      assertThat(client.get("/api/articles/a1").status()).isEqualTo(200);

      runIndexBuilder(corpus, index);
      JsonNode repaired = awaitHealth(client, health -> !health.at("/index/stale").asBoolean());
      assertThat(repaired.get("status").asText()).isEqualTo("ok");
      assertThat(repaired.at("/index/version").asLong()).isGreaterThan(goodVersion);
      assertThat(repaired.at("/index/error").isMissingNode()).isTrue();
      assertThat(client.search("q", "dam").json().get("total").asInt()).isEqualTo(damTotal);
    }
  }

  private static void awaitTotal(ServiceClient client, String q, int expected) throws InterruptedException {
    await(() -> client.search("q", q).json().get("total").asInt(), total -> total == expected, "results for " + q + " = " + expected);
  }

  private static JsonNode awaitHealth(ServiceClient client, Predicate<JsonNode> condition) throws InterruptedException {
    return await(() -> client.get("/health").json(), condition, "health");
  }

  /** Polls {@code probe} until {@code condition} holds, failing after {@link HangGuard#TIMEOUT} (a hang guard). */
  private static <T> T await(Supplier<T> probe, Predicate<T> condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + HangGuard.TIMEOUT.toNanos();
    T value = probe.get();
    while (!condition.test(value) && System.nanoTime() < deadline) {
      Thread.sleep(50);
      value = probe.get();
    }
    assertThat(condition.test(value)).as("%s within %s, last seen: %s", what, HangGuard.TIMEOUT, value).isTrue();
    return value;
  }

  /** Runs index-builder as its own JVM, as a user would, and returns its exit code. */
  static int runIndexBuilder(Path corpus, Path index, String... extra) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
        IndexBuilderCli.class.getName(), "--corpus", corpus.toString(), "--index", index.toString()));
    command.addAll(List.of(extra));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    return process.waitFor();
  }

  /** Commits the deletion of one article as an index builder of another schema version would. */
  private static void commitWithSchemaVersion(Path index, String version, String deletedArticle) throws Exception {
    try (Directory directory = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(CorpusAnalyzer.forIndexing()).setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      writer.deleteDocuments(new Term(IndexSchema.ARTICLE_ID, deletedArticle));
      writer.setLiveCommitData(Map.of(IndexSchema.COMMIT_SCHEMA_VERSION, version).entrySet());
      writer.commit();
    }
  }
}
