package corpussearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import corpussearch.api.TestCorpora;
import corpussearch.api.config.ApiConfig;
import corpussearch.indexer.analysis.CorpusAnalyzer;
import corpussearch.indexer.index.IndexSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running service never swaps to a committed index version it cannot serve: it keeps answering
 * from the last good version, and {@code /health} says the index on disk is newer and why it is
 * not served, until a good version is committed.
 */
class StaleIndexTest {

  private static final Duration PICK_UP_LIMIT = Duration.ofSeconds(30);

  @Test
  void aCommitOfAnotherSchemaIsNotServedAndHealthReportsTheServedVersionAsStale(@TempDir Path temp) throws Exception {
    Path corpus = TestCorpora.writeFixture(temp.resolve("corpus"));
    Path index = TestCorpora.index(corpus, temp.resolve("index"));
    try (ApiServer server = ApiServer.create(ApiConfig.defaults(index).withPort(0))) {
      ServiceClient client = new ServiceClient(server.start());
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

      HotReloadTest.runIndexBuilder(corpus, index);
      JsonNode repaired = awaitHealth(client, health -> !health.at("/index/stale").asBoolean());
      assertThat(repaired.get("status").asText()).isEqualTo("ok");
      assertThat(repaired.at("/index/version").asLong()).isGreaterThan(goodVersion);
      assertThat(repaired.at("/index/error").isMissingNode()).isTrue();
      assertThat(client.search("q", "dam").json().get("total").asInt()).isEqualTo(damTotal);
    }
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

  private static JsonNode awaitHealth(ServiceClient client, java.util.function.Predicate<JsonNode> condition) throws InterruptedException {
    long deadline = System.nanoTime() + PICK_UP_LIMIT.toNanos();
    JsonNode health = client.get("/health").json();
    while (!condition.test(health) && System.nanoTime() < deadline) {
      Thread.sleep(50);
      health = client.get("/health").json();
    }
    assertThat(condition.test(health)).as("health within %s: %s", PICK_UP_LIMIT, health).isTrue();
    return health;
  }
}
