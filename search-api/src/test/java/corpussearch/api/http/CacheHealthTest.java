package corpussearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import corpussearch.api.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /health} tells what each cache has done, as a running service sees it. */
class CacheHealthTest {

  @TempDir Path temp;

  @Test
  void aRepeatedSearchIsAHitOfTheResultCache() throws Exception {
    try (TestServer service = TestServer.fixture(temp)) {
      ServiceClient client = new ServiceClient(service.port());
      JsonNode before = client.get("/health").json().get("caches");

      assertThat(client.search("q", "dam floods").status()).isEqualTo(200);
      assertThat(client.search("q", "dam floods").status()).isEqualTo(200);
      JsonNode health = client.get("/health").json();
      JsonNode result = health.get("caches").get("result");

      assertThat(result.get("hits").asLong() - before.get("result").get("hits").asLong()).isEqualTo(1);
      assertThat(result.get("misses").asLong() - before.get("result").get("misses").asLong()).isEqualTo(1);
      assertThat(result.get("size").asLong()).isEqualTo(1);
      assertThat(health.get("resultCache").get("hits").asLong()).isEqualTo(result.get("hits").asLong());
      assertThat(health.get("caches").get("query").get("size").asLong()).isEqualTo(1);
    }
  }

  @Test
  void aSearchThatFindsNothingAsksTheSpellingCache() throws Exception {
    try (TestServer service = TestServer.fixture(temp)) {
      ServiceClient client = new ServiceClient(service.port());

      assertThat(client.search("q", "zebrafish").json().get("total").asLong()).isZero();
      JsonNode caches = client.get("/health").json().get("caches");

      assertThat(caches.get("spelling").get("misses").asLong()).isPositive();
      assertThat(caches.get("typo").get("misses").asLong()).isPositive();
    }
  }
}
