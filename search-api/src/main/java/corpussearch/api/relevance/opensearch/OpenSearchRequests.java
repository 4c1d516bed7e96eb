package corpussearch.api.relevance.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * The JSON the baseline sends to OpenSearch and reads back: pure functions, so they are tested
 * without a cluster.
 */
final class OpenSearchRequests {

  /** The paragraph text, analysed by OpenSearch's built-in {@code english} analyzer. */
  static final String TEXT = "text";
  /** The paragraph's position in the order it was given, which breaks ties between equal scores. */
  static final String ORDER = "order";

  private static final ObjectMapper JSON = new ObjectMapper();

  private OpenSearchRequests() {}

  /**
   * The index's settings and mappings. One shard, so BM25 sees the statistics of every paragraph
   * as a single Lucene index does; no replica, so a one-node cluster is green; {@value #TEXT}
   * analysed by the built-in {@code english} analyzer at index and search time.
   */
  static String createIndex() {
    ObjectNode body = JSON.createObjectNode();
    body.putObject("settings").putObject("index").put("number_of_shards", 1).put("number_of_replicas", 0);
    ObjectNode properties = body.putObject("mappings").putObject("properties");
    properties.putObject(TEXT).put("type", "text").put("analyzer", "english");
    properties.putObject(ORDER).put("type", "integer");
    return write(body);
  }

  /**
   * The {@code _bulk} bodies that index {@code paragraphs} (id to text, in order), each at most
   * {@code maxBytes} long unless a single paragraph is longer.
   */
  static List<String> bulk(SequencedMap<String, String> paragraphs, int maxBytes) {
    List<String> bodies = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    int bytes = 0;
    int order = 0;
    for (Map.Entry<String, String> paragraph : paragraphs.entrySet()) {
      ObjectNode action = JSON.createObjectNode();
      action.putObject("index").put("_id", paragraph.getKey());
      ObjectNode source = JSON.createObjectNode().put(TEXT, paragraph.getValue()).put(ORDER, order++);
      String lines = write(action) + "\n" + write(source) + "\n";
      int size = lines.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > 0 && bytes + size > maxBytes) {
        bodies.add(body.toString());
        body.setLength(0);
        bytes = 0;
      }
      body.append(lines);
      bytes += size;
    }
    if (bytes > 0) {
      bodies.add(body.toString());
    }
    return bodies;
  }

  /**
   * The {@code _search} body: a plain {@code match} query on {@value #TEXT} (its default OR of the
   * analysed words), the best {@code k} by score, equal scores in the order the paragraphs were
   * given, ids only.
   */
  static String match(String query, int k) {
    ObjectNode body = JSON.createObjectNode();
    body.putObject("query").putObject("match").putObject(TEXT).put("query", query);
    body.put("size", k);
    ArrayNode sort = body.putArray("sort");
    sort.addObject().put("_score", "desc");
    sort.addObject().put(ORDER, "asc");
    body.put("_source", false);
    return write(body);
  }

  /** The {@code _id} of every hit of a {@code _search} answer, best first. */
  static List<String> hitIds(String response) throws OpenSearchException {
    List<String> ids = new ArrayList<>();
    for (JsonNode hit : read(response).path("hits").path("hits")) {
      ids.add(hit.path("_id").asText());
    }
    return ids;
  }

  /** The first failed item of a {@code _bulk} answer, as OpenSearch explains it; null when every item succeeded. */
  static String bulkFailure(String response) throws OpenSearchException {
    JsonNode answer = read(response);
    if (!answer.path("errors").asBoolean()) {
      return null;
    }
    for (JsonNode item : answer.path("items")) {
      JsonNode error = item.path("index").path("error");
      if (!error.isMissingNode()) {
        return item.path("index").path("_id").asText() + ": " + error.path("type").asText() + ": " + error.path("reason").asText();
      }
    }
    return "errors reported without an item";
  }

  /** A number at {@code field} of a JSON answer ({@code count} of {@code _count}), or -1 when absent. */
  static long number(String response, String field) throws OpenSearchException {
    return read(response).path(field).asLong(-1);
  }

  /** The version OpenSearch reports at {@code GET /}. */
  static String version(String response) throws OpenSearchException {
    return read(response).path("version").path("number").asText("unknown");
  }

  private static JsonNode read(String response) throws OpenSearchException {
    try {
      return JSON.readTree(response);
    } catch (JsonProcessingException e) {
      throw new OpenSearchException("OpenSearch answered with something that is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a tree of strings and numbers always serialises
    }
  }
}
