package corpussearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.api.HangGuard;
import corpussearch.api.TestCorpora;
import corpussearch.api.TestServer;
import corpussearch.indexer.IndexBuilderCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service keeps answering while a real index-builder process rewrites its index, and serves
 * the new content without a restart.
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

  private static void awaitTotal(ServiceClient client, String q, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + HangGuard.TIMEOUT.toNanos();
    int total = -1;
    while (System.nanoTime() < deadline) {
      total = client.search("q", q).json().get("total").asInt();
      if (total == expected) {
        return;
      }
      Thread.sleep(50);
    }
    assertThat(total).as("results for %s after the rebuild", q).isEqualTo(expected);
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
}
