package corpussearch.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corpussearch.api.TestCorpora;
import corpussearch.api.TestServer;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every request limit answers with its own error (docs/reliability.md lists them): URL 414,
 * headers 431, query length 400, deep paging 400, the search time limit (partial results flagged
 * {@code timedOut}) and the bounded expansion of prefix and typo terms over an index with
 * thousands of distinct terms.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestLimitsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Distinct {@code zetaNNNNN} words, each in exactly one paragraph. */
  static final int DISTINCT_TERMS = 3000;

  private TestServer service;
  private TestServer hurried;

  @BeforeAll
  void start(@TempDir Path temp) throws Exception {
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    try (Writer out = Files.newBufferedWriter(corpus.resolve("many-terms.jsonl"), StandardCharsets.UTF_8)) {
      int term = 0;
      for (int article = 0; term < DISTINCT_TERMS; article++) {
        StringBuilder paragraphs = new StringBuilder();
        for (int p = 0; p < 20 && term < DISTINCT_TERMS; p++, term++) {
          paragraphs.append(p == 0 ? "" : ",").append('"').append(String.format(
              "Report %d on the river dam: the zeta%05d survey found floods, engineers and council plans for the valley.", term, term)).append('"');
        }
        out.write("{\"id\":\"m" + article + "\",\"title\":\"Survey " + article + "\",\"outlet\":\"Survey Desk\",\"date\":\"2022-01-01\",\"paragraphs\":[" + paragraphs + "]}\n");
      }
    }
    Files.writeString(corpus.resolve("fixture.jsonl"), TestCorpora.FIXTURE_JSONL);
    Path index = TestCorpora.index(corpus, temp.resolve("index"));
    service = TestServer.over(index);
    hurried = new TestServer(TestServer.config(index, Duration.ofMillis(1)));
  }

  @AfterAll
  void stop() throws Exception {
    service.close();
    hurried.close();
  }

  private JsonNode problem(RawHttp.Reply reply, int status) throws IOException {
    assertThat(reply.status()).as(RawHttp.abbreviate(reply.body())).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonNode problem = JSON.readTree(reply.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    return problem;
  }

  private JsonNode ok(TestServer server, String target) throws IOException {
    RawHttp.Reply reply = server.http().get(target);
    assertThat(reply.status()).as(RawHttp.abbreviate(reply.body())).isEqualTo(200);
    return JSON.readTree(reply.body());
  }

  @Test
  void aUrlLongerThan32KbIs414() throws Exception {
    JsonNode problem = problem(service.http().get("/api/search?q=" + "u".repeat(40_000)), 414);
    assertThat(problem.get("detail").asText()).contains("32768 bytes");
  }

  @Test
  void headersLargerThan32KbAre431() throws Exception {
    JsonNode problem = problem(service.http().get("/health", "X-Padding", "p".repeat(40_000)), 431);
    assertThat(problem.get("detail").asText()).contains("32768 bytes");
  }

  @Test
  void aQueryLongerThan1000CharactersIs400() throws Exception {
    ok(service, "/api/search?q=" + "dam+".repeat(250));
    JsonNode problem = problem(service.http().get("/api/search?q=" + "d".repeat(1001)), 400);
    assertThat(problem.get("parameter").asText()).isEqualTo("q");
    assertThat(problem.get("detail").asText()).contains("1001 characters").contains("1000");
    // a URL under the 32 KB limit still gets the query-length error, not a 414
    assertThat(problem(service.http().get("/api/search?q=" + "d".repeat(30_000)), 400).get("parameter").asText()).isEqualTo("q");
    assertThat(problem(service.http().get("/api/suggest?q=" + "d".repeat(1001)), 400).get("parameter").asText()).isEqualTo("q");
    assertThat(problem(service.http().get("/api/articles/a1?q=" + "d".repeat(1001)), 400).get("parameter").asText()).isEqualTo("q");
  }

  @Test
  void pagingDeeperThan10000Is400() throws Exception {
    assertThat(ok(service, "/api/search?q=dam&page=100&size=100").get("hits")).isEmpty();
    assertThat(ok(service, "/api/search?q=zeta*&page=1000").get("page").asInt()).isEqualTo(1000);
    for (String target : List.of("/api/search?q=dam&page=101&size=100", "/api/search?q=dam&page=1001", "/api/search?q=dam&group=article&page=1001",
        "/api/search?page=2147483647&size=100")) {
      JsonNode problem = problem(service.http().get(target), 400);
      assertThat(problem.get("parameter").asText()).isEqualTo("page");
      assertThat(problem.get("detail").asText()).contains("10000");
    }
    assertThat(problem(service.http().get("/api/search?q=dam&size=101"), 400).get("parameter").asText()).isEqualTo("size");
  }

  @Test
  void filtersTakeAtMost100Values() throws Exception {
    StringBuilder hundred = new StringBuilder("/api/search?q=dam");
    for (int i = 0; i < 100; i++) {
      hundred.append("&outlet=o").append(i);
    }
    ok(service, hundred.toString());
    assertThat(problem(service.http().get(hundred + "&outlet=one-more"), 400).get("parameter").asText()).isEqualTo("outlet");
  }

  @Test
  void aSearchOverItsTimeLimitReturnsPartialResultsFlaggedTimedOut() throws Exception {
    // 1 ms: the limit is over before the first block of documents is scored
    JsonNode result = ok(hurried, "/api/search?q=" + "zeta* river dam floods engineers surveyy valey councel".replace(" ", "+"));
    assertThat(result.get("timedOut").asBoolean()).isTrue();
    assertThat(result.get("total").asLong()).isLessThan(DISTINCT_TERMS + 8);
    JsonNode relaxed = ok(service, "/api/search?q=dam");
    assertThat(relaxed.get("timedOut").asBoolean()).isFalse();
    assertThat(relaxed.get("total").asLong()).isEqualTo(DISTINCT_TERMS + 6);
  }

  @Test
  void theTimeLimitBoundsTheWholeRequest() throws Exception {
    // words that match nothing: no document is counted or ranked, so only the stages before and
    // after (typo expansion over the 3,000 zeta words, the spelling suggestion) can see the limit
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      q.append(q.isEmpty() ? "" : "+").append("zqxvh").append((char) ('a' + i % 26)).append((char) ('a' + i / 26)).append("wyk");
    }
    JsonNode hurriedResult = ok(hurried, "/api/search?q=" + q);
    assertThat(hurriedResult.get("total").asLong()).isZero();
    assertThat(hurriedResult.get("timedOut").asBoolean()).isTrue();
    JsonNode relaxed = ok(service, "/api/search?q=" + q);
    assertThat(relaxed.get("timedOut").asBoolean()).isFalse();
    assertThat(relaxed.get("total").asLong()).isZero();
  }

  @Test
  void aPrefixExpandsToAtMost64Words() throws Exception {
    // 3,000 distinct zetaNNNNN words, one paragraph each: the prefix matches the 64 most frequent
    JsonNode result = ok(service, "/api/search?q=zeta*");
    assertThat(result.get("total").asLong()).isEqualTo(64);
    assertThat(ok(service, "/api/search?q=zeta0*").get("total").asLong()).isEqualTo(64);
    assertThat(ok(service, "/api/search?q=zeta0299*").get("total").asLong()).isEqualTo(10);
    assertThat(ok(service, "/api/search?q=" + "zeta*+".repeat(100)).get("total").asLong()).isEqualTo(64);
    assertThat(ok(service, "/api/suggest?q=zeta&size=50").get("suggestions")).hasSizeLessThanOrEqualTo(50);
  }

  @Test
  void aTypoExpandsToAtMost32Words() throws Exception {
    // zeta01234 has hundreds of indexed words within two edits (zeta01230..zeta01239, zeta01134, ...)
    JsonNode result = ok(service, "/api/search?q=zeta01234");
    assertThat(result.get("total").asLong()).isBetween(2L, 33L);
    assertThat(ok(service, "/api/search?q=" + "zeta01234+zeta02345+".repeat(20)).get("total").asLong()).isLessThanOrEqualTo(66);
  }
}
