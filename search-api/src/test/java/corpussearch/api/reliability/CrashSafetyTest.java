package corpussearch.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corpussearch.api.HangGuard;
import corpussearch.api.TestCorpora;
import corpussearch.api.TestServer;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service survives kill -9 (a restart serves exactly the same results), and a build that runs
 * out of disk fails cleanly and leaves the last good index serving. (index-builder kill -9 trials
 * live with the index-builder tests.)
 */
class CrashSafetyTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> PROBES = List.of("/api/search?q=Taliban+Kabul&size=20", "/api/search?q=ISIS-K&group=article",
      "/api/articles/" + TestCorpora.SEED_ARTICLE + "?q=Xinjiang", "/api/facets", "/api/suggest?q=isl");

  @Test
  void killMinus9AndRestartServesTheSameResults(@TempDir Path temp) throws Exception {
    Path index = TestCorpora.seedsIndex(temp);
    List<JsonNode> before;
    long version;
    try (ServiceProcess first = ServiceProcess.serve(index)) {
      RawHttp http = new RawHttp(first.awaitPort(HangGuard.TIMEOUT));
      before = answers(http);
      version = JSON.readTree(http.get("/health").body()).get("indexVersion").asLong();
      first.kill();
      assertThat(first.isAlive()).isFalse();
      assertThat(first.waitFor(HangGuard.TIMEOUT)).as("exit code of kill -9").isEqualTo(137);
    }
    try (ServiceProcess second = ServiceProcess.serve(index)) {
      RawHttp http = new RawHttp(second.awaitPort(HangGuard.TIMEOUT));
      assertThat(answers(http)).isEqualTo(before);
      assertThat(JSON.readTree(http.get("/health").body()).get("indexVersion").asLong()).isEqualTo(version);
      second.stop();
    }
  }

  /** The probes' answers without the timing field. */
  private static List<JsonNode> answers(RawHttp http) throws IOException {
    List<JsonNode> answers = new java.util.ArrayList<>();
    for (String probe : PROBES) {
      RawHttp.Reply reply = http.get(probe);
      assertThat(reply.status()).as(probe).isEqualTo(200);
      JsonNode json = JSON.readTree(reply.body());
      if (json instanceof ObjectNode object) {
        object.remove("tookMs");
      }
      answers.add(json);
    }
    return answers;
  }

  @Test
  void aBuildThatRunsOutOfDiskFailsCleanlyAndTheLastGoodIndexServes(@TempDir Path temp) throws Exception {
    Path disk = Files.createDirectories(temp.resolve("small-disk"));
    assumeTrue(mount(disk), "mounting a 2 MB tmpfs is not permitted here (needs root and mount rights); full-disk trial skipped");
    try {
      Path corpus = TestCorpora.writeFixture(temp.resolve("corpus"));
      Path index = TestCorpora.index(corpus, disk.resolve("index"));
      try (TestServer running = TestServer.over(index)) {
        String before = withoutTiming(running.http().get("/api/search?q=dam+floods").body());

        // about 4 MB of words no compression can shrink: the commit needs more than the disk has
        Random random = new Random(42);
        try (Writer out = Files.newBufferedWriter(corpus.resolve("big.jsonl"), StandardCharsets.UTF_8)) {
          for (int article = 0; article < 400; article++) {
            StringBuilder text = new StringBuilder();
            for (int word = 0; word < 1500; word++) {
              for (int c = 0; c < 6; c++) {
                text.append((char) ('a' + random.nextInt(26)));
              }
              text.append(word % 20 == 19 ? ". " : " ");
            }
            out.write("{\"id\":\"big" + article + "\",\"title\":\"Big " + article + "\",\"text\":\"" + text + "\"}\n");
          }
        }
        ServiceProcess build = ServiceProcess.runIndexBuilder(corpus, index);
        String output = build.output();
        assertThat(build.waitFor(Duration.ofSeconds(1))).as(output).isEqualTo(1);
        assertThat(output).contains("index-builder: ").containsIgnoringCase("no space left on device")
            .doesNotContain("\tat ").doesNotContain("Exception in thread");

        // the running service never saw a new version, and a fresh start opens the last good one
        assertThat(withoutTiming(running.http().get("/api/search?q=dam+floods").body())).isEqualTo(before);
        assertThat(JSON.readTree(running.http().get("/api/search?q=big0").body()).get("total").asInt()).isZero();
      }
      try (TestServer restarted = TestServer.over(index)) {
        assertThat(JSON.readTree(restarted.http().get("/health").body()).get("paragraphs").asInt()).isEqualTo(8);
      }
    } finally {
      run("umount", "-l", disk.toString());
    }
  }

  private static String withoutTiming(String body) throws IOException {
    ObjectNode json = (ObjectNode) JSON.readTree(body);
    json.remove("tookMs");
    return json.toString();
  }

  private static boolean mount(Path dir) {
    if (!System.getProperty("os.name").toLowerCase().contains("linux")) {
      return false;
    }
    return run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", dir.toString()) == 0;
  }

  private static int run(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
