package corpussearch.api.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corpussearch.api.TestCorpora;
import corpussearch.api.TestServer;
import corpussearch.api.config.ApiConfig;
import corpussearch.api.reliability.RawHttp;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a Prometheus scrape of {@code /metrics} shows of the caches, the index and the JVM. */
class MetricsEndpointTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void answersInPrometheusTextFormatWithTheJvmBasics() throws Exception {
    try (TestServer service = TestServer.fixture(temp)) {
      RawHttp.Reply reply = service.http().get("/metrics");

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.contentType()).startsWith("text/plain; version=0.0.4");
      Scrape scrape = Scrape.parse(reply.body());
      assertThat(scrape.named("jvm_memory_used_bytes")).isNotEmpty();
      assertThat(scrape.named("jvm_gc_memory_allocated_bytes_total")).isNotEmpty();
      assertThat(scrape.value("system_cpu_count")).isEqualTo(Runtime.getRuntime().availableProcessors());
      assertThat(scrape.value("process_uptime_seconds")).isPositive();
    }
  }

  @Test
  void aRepeatedSearchMovesTheResultCacheHitCounter() throws Exception {
    try (TestServer service = TestServer.fixture(temp)) {
      Scrape before = scrape(service);
      assertThat(service.http().get("/api/search?q=dam+floods").status()).isEqualTo(200);
      Scrape once = scrape(service);
      assertThat(service.http().get("/api/search?q=dam+floods").status()).isEqualTo(200);
      Scrape twice = scrape(service);

      assertThat(gets(once, "result", "miss") - gets(before, "result", "miss")).isEqualTo(1);
      assertThat(gets(once, "result", "hit") - gets(before, "result", "hit")).isZero();
      assertThat(gets(twice, "result", "hit") - gets(once, "result", "hit")).isEqualTo(1);
      assertThat(gets(twice, "result", "miss")).isEqualTo(gets(once, "result", "miss"));
      assertThat(twice.value("cache_size", "cache", "result")).isEqualTo(1);
      assertThat(twice.named("cache_evictions_total")).extracting(sample -> sample.labels().get("cache"))
          .containsExactlyInAnyOrder("result", "query", "typo", "spelling");
    }
  }

  @Test
  void theIndexGaugesAgreeWithHealth() throws Exception {
    try (TestServer service = TestServer.fixture(temp)) {
      JsonNode health = JSON.readTree(service.http().get("/health").body());
      Scrape scrape = scrape(service);

      assertThat(scrape.value("corpus_index_version")).isEqualTo(health.get("indexVersion").asDouble());
      assertThat(scrape.value("corpus_index_paragraphs")).isEqualTo(health.get("paragraphs").asDouble());
      assertThat(scrape.value("corpus_index_articles")).isEqualTo(health.get("articles").asDouble());
      assertThat(scrape.value("corpus_index_stale")).isEqualTo(health.get("index").get("stale").asBoolean() ? 1 : 0);
      assertThat(scrape.value("corpus_backend_up")).isEqualTo(1);
    }
  }

  @Test
  void aSearchOutOfTimeMovesTheTimeoutCounter() throws Exception {
    Path index = TestCorpora.index(TestCorpora.writeFixture(temp.resolve("corpus")), temp.resolve("index"));
    // a limit of one nanosecond is over before the first stage asks, whatever the machine's speed
    try (TestServer hurried = new TestServer(TestServer.config(index, Duration.ofNanos(1)));
        TestServer relaxed = TestServer.over(index)) {
      assertThat(search(hurried, "dam floods").get("timedOut").asBoolean()).isTrue();
      assertThat(search(relaxed, "dam floods").get("timedOut").asBoolean()).isFalse();

      assertThat(scrape(hurried).value("search_timeouts_total")).isEqualTo(1);
      assertThat(scrape(relaxed).value("search_timeouts_total")).isZero();
    }
  }

  @Test
  void turnedOffThereIsNoMetricsRoute() throws Exception {
    ApiConfig on = TestServer.config(TestCorpora.index(TestCorpora.writeFixture(temp.resolve("corpus")), temp.resolve("index")));
    ApiConfig off = new ApiConfig(on.index(), on.host(), on.port(), on.searchTimeout(), on.refreshInterval(), on.corsOrigins(),
        on.synonyms(), on.logQueries(), on.benchRoutes(), on.resultCacheMb(), false);
    try (TestServer service = new TestServer(off)) {
      assertThat(service.http().get("/metrics").status()).isEqualTo(404);
      assertThat(service.server().routes()).doesNotContain("GET /metrics");
    }
  }

  private static JsonNode search(TestServer service, String q) throws Exception {
    RawHttp.Reply reply = service.http().get("/api/search?q=" + q.replace(' ', '+'));
    assertThat(reply.status()).isEqualTo(200);
    return JSON.readTree(reply.body());
  }

  private static double gets(Scrape scrape, String cache, String result) {
    return scrape.value("cache_gets_total", "cache", cache, "result", result);
  }

  private static Scrape scrape(TestServer service) {
    RawHttp.Reply reply = service.http().get("/metrics");
    assertThat(reply.status()).isEqualTo(200);
    return Scrape.parse(reply.body());
  }
}
