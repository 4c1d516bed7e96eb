package corpussearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.api.app.ApiServer;
import corpussearch.api.config.ApiConfig;
import corpussearch.indexer.IndexBuilderCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index with no documents (what {@code index-builder --allow-empty} writes for an empty corpus)
 * is a valid index: the service opens it and every route answers, with no hits.
 */
class EmptyIndexTest {

  @Test
  void theServiceServesAnEmptyIndexWithNoHitsOnEveryRoute(@TempDir Path temp) throws Exception {
    Path index = temp.resolve("index");
    Path corpus = Files.createDirectories(temp.resolve("empty-corpus"));
    StringWriter err = new StringWriter();
    int exit = IndexBuilderCli.run(new String[] {"--corpus", corpus.toString(), "--index", index.toString(), "--allow-empty"},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertThat(exit).as(err.toString()).isZero();

    try (ApiServer server = ApiServer.create(ApiConfig.defaults(index).withPort(0))) {
      ServiceClient client = new ServiceClient(server.start());
      for (String[] search : new String[][] {{"q", "dam"}, {}, {"q", "dam", "outlet", "Daily Planet"}, {"q", "dam", "group", "article"},
          {"q", "dam", "sort", "date"}, {"from", "2020-01-01", "to", "2021-01-01"}}) {
        var reply = client.search(search);
        assertThat(reply.status()).as(String.join(" ", search) + ": " + reply.body()).isEqualTo(200);
        assertThat(reply.json().get("total").asInt()).isZero();
        assertThat(reply.json().get("hits")).isEmpty();
      }
      var facets = client.get("/api/facets");
      assertThat(facets.status()).as(facets.body()).isEqualTo(200);
      facets.json().get("facets").forEach(values -> assertThat(values).isEmpty());

      var suggest = client.get("/api/suggest?q=da");
      assertThat(suggest.status()).as(suggest.body()).isEqualTo(200);
      assertThat(suggest.json().get("suggestions")).isEmpty();

      assertThat(client.get("/api/articles/a1").status()).isEqualTo(404);
      assertThat(client.get("/articles/a1").status()).isEqualTo(404);
      var page = client.get("/?q=dam");
      assertThat(page.status()).as(page.body()).isEqualTo(200);
      assertThat(client.get("/").status()).isEqualTo(200);

      var health = client.get("/health");
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.json().get("articles").asInt()).isZero();
      assertThat(health.json().get("paragraphs").asInt()).isZero();
      assertThat(health.json().at("/index/stale").asBoolean()).isFalse();
    }
  }
}
