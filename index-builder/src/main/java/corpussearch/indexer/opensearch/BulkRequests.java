package corpussearch.indexer.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corpussearch.indexer.opensearch.ParagraphSources.ParagraphSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code _bulk} API's lines and answers: pure functions, tested without a cluster.
 */
final class BulkRequests {

  /**
   * One paragraph's {@code index} action: the action line and the document line, each ended by a
   * newline.
   *
   * @param id the document id
   * @param lines the two lines
   * @param bytes their length in UTF-8
   */
  record Action(String id, String lines, int bytes) {}

  /**
   * What OpenSearch did with a bulk request.
   *
   * @param indexed how many documents it indexed or deleted (a delete of a document that is not
   *     there counts too: it is gone either way)
   * @param busy the ids it refused for now (HTTP 429 per item), to send again
   * @param failure the first refusal that sending again cannot help ({@code id: type: reason}),
   *     or null
   */
  record Outcome(int indexed, List<String> busy, String failure) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private BulkRequests() {}

  /** The action that indexes {@code paragraph} into {@code index}, routed by its article. */
  static Action index(String index, ParagraphSource paragraph) {
    ObjectNode action = JSON.createObjectNode();
    action.putObject("index").put("_index", index).put("_id", paragraph.id()).put("routing", paragraph.routing());
    String lines = write(action) + "\n" + write(paragraph.source()) + "\n";
    return new Action(paragraph.id(), lines, lines.getBytes(StandardCharsets.UTF_8).length);
  }

  /** The action that deletes the document {@code id} of the article {@code routing} from {@code index}. */
  static Action delete(String index, String id, String routing) {
    ObjectNode action = JSON.createObjectNode();
    action.putObject("delete").put("_index", index).put("_id", id).put("routing", routing);
    String lines = write(action) + "\n";
    return new Action(id, lines, lines.getBytes(StandardCharsets.UTF_8).length);
  }

  /** The body of one {@code _bulk} request. */
  static String body(List<Action> actions) {
    StringBuilder body = new StringBuilder();
    actions.forEach(action -> body.append(action.lines()));
    return body.toString();
  }

  /** Reads the answer to a {@code _bulk} request. */
  static Outcome outcome(String response) throws OpenSearchException {
    JsonNode root = read(response);
    JsonNode items = root.path("items");
    if (!items.isArray()) {
      throw new OpenSearchException("OpenSearch answered a bulk request without items: " + ClusterHttp.shorten(response));
    }
    int indexed = 0;
    List<String> busy = new ArrayList<>();
    String failure = null;
    for (JsonNode item : items) {
      JsonNode result = item.elements().hasNext() ? item.elements().next() : item;
      int status = result.path("status").asInt();
      if (status < 300 || status == 404 && item.has("delete")) {
        indexed++;
      } else if (Backoff.busy(status)) {
        busy.add(result.path("_id").asText());
      } else if (failure == null) {
        JsonNode error = result.path("error");
        failure = result.path("_id").asText() + ": " + error.path("type").asText("HTTP " + status) + ": " + error.path("reason").asText("");
      }
    }
    return new Outcome(indexed, busy, failure);
  }

  static JsonNode read(String json) throws OpenSearchException {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new OpenSearchException("OpenSearch's answer is not JSON: " + ClusterHttp.shorten(json), e);
    }
  }

  static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
