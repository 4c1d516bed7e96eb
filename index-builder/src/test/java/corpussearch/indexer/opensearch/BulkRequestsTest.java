package corpussearch.indexer.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corpussearch.indexer.index.IndexableArticle;
import corpussearch.indexer.opensearch.BulkRequests.Action;
import corpussearch.indexer.opensearch.BulkRequests.Outcome;
import corpussearch.indexer.opensearch.ParagraphSources.ParagraphSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The {@code _bulk} lines a build sends and its reading of the answers. */
class BulkRequestsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Provide
  Arbitrary<List<IndexableArticle>> articles() {
    return GeneratedArticles.articles().list().ofMinSize(1).ofMaxSize(5);
  }

  /**
   * Whatever the text holds, a body is two lines per paragraph (NDJSON: no raw newline inside a
   * line): an {@code index} action into the version, with the paragraph id and the article as
   * routing, then the document itself, unchanged.
   */
  @Property(tries = 200)
  void rendersOneActionAndOneDocumentLinePerParagraph(@ForAll("articles") List<IndexableArticle> articles) throws Exception {
    List<ParagraphSource> paragraphs = articles.stream().flatMap(article -> ParagraphSources.of(article).stream()).toList();
    List<Action> actions = paragraphs.stream().map(paragraph -> BulkRequests.index("corpus-v7", paragraph)).toList();
    String body = BulkRequests.body(actions);
    assertThat(body).endsWith("\n");
    String[] lines = body.split("\n", -1);
    assertThat(lines).hasSize(2 * paragraphs.size() + 1);
    for (int i = 0; i < paragraphs.size(); i++) {
      JsonNode action = JSON.readTree(lines[2 * i]).path("index");
      assertThat(action.path("_index").asText()).isEqualTo("corpus-v7");
      assertThat(action.path("_id").asText()).isEqualTo(paragraphs.get(i).id()).isEqualTo(actions.get(i).id());
      assertThat(action.path("routing").asText()).isEqualTo(paragraphs.get(i).routing());
      assertThat(JSON.readTree(lines[2 * i + 1])).isEqualTo(JSON.readTree(paragraphs.get(i).source().toString()));
      assertThat(actions.get(i).bytes()).isEqualTo(actions.get(i).lines().getBytes(StandardCharsets.UTF_8).length);
    }
  }

  /**
   * Items under 300 are indexed, 429 and 503 are to be sent again, and the first other status is
   * the failure, named by its paragraph id, type and reason.
   */
  @Property(tries = 300)
  void readsWhatTheClusterDidWithEachItem(@ForAll("statuses") List<Integer> statuses) throws Exception {
    ObjectNode answer = JSON.createObjectNode().put("took", 3).put("errors", statuses.stream().anyMatch(status -> status >= 300));
    ArrayNode items = answer.putArray("items");
    List<String> busy = new ArrayList<>();
    String failure = null;
    for (int i = 0; i < statuses.size(); i++) {
      int status = statuses.get(i);
      ObjectNode item = items.addObject().putObject("index").put("_index", "corpus-v1").put("_id", "a:" + i).put("status", status);
      if (status >= 300) {
        item.putObject("error").put("type", "type_" + status).put("reason", "reason " + i);
      }
      if (status == 429 || status == 503) {
        busy.add("a:" + i);
      } else if (status >= 300 && failure == null) {
        failure = "a:" + i + ": type_" + status + ": reason " + i;
      }
    }
    Outcome outcome = BulkRequests.outcome(JSON.writeValueAsString(answer));
    assertThat(outcome.indexed()).isEqualTo((int) statuses.stream().filter(status -> status < 300).count());
    assertThat(outcome.busy()).isEqualTo(busy);
    assertThat(outcome.failure()).isEqualTo(failure);
  }

  /** Deleting a paragraph that is not there leaves the index as asked: not a failure. */
  @Example
  void aDeleteOfAMissingParagraphIsNoFailure() throws Exception {
    Action delete = BulkRequests.delete("corpus-v2", "a:4", "a");
    assertThat(delete.lines()).isEqualTo("{\"delete\":{\"_index\":\"corpus-v2\",\"_id\":\"a:4\",\"routing\":\"a\"}}\n");
    String answer = "{\"errors\": false, \"items\": [{\"delete\": {\"_id\": \"a:4\", \"result\": \"not_found\", \"status\": 404}},"
        + " {\"index\": {\"_id\": \"a:5\", \"status\": 404, \"error\": {\"type\": \"index_not_found_exception\", \"reason\": \"no such index\"}}}]}";
    Outcome outcome = BulkRequests.outcome(answer);
    assertThat(outcome.indexed()).isEqualTo(1);
    assertThat(outcome.failure()).isEqualTo("a:5: index_not_found_exception: no such index");
  }

  @Provide
  Arbitrary<List<Integer>> statuses() {
    return Arbitraries.of(200, 201, 201, 201, 400, 409, 429, 500, 503).list().ofMaxSize(30);
  }
}
