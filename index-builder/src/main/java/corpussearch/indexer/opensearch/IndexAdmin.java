package corpussearch.indexer.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corpussearch.indexer.index.IndexSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The index-level requests of a build: aliases, versions, creating, copying, counting, deleting. */
final class IndexAdmin {

  /** Articles per page of the hash listing and per {@code _reindex} of unchanged articles. */
  private static final int PAGE = 5_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ClusterHttp http;

  IndexAdmin(ClusterHttp http) {
    this.http = http;
  }

  /** The cluster's name and version, which also shows it is reachable. */
  String cluster() throws OpenSearchException {
    JsonNode root = BulkRequests.read(http.json("GET", "/", null));
    return root.path("cluster_name").asText() + " (" + root.path("version").path("distribution").asText("opensearch")
        + " " + root.path("version").path("number").asText() + ")";
  }

  /** The indices {@code alias} names now; none when it does not exist. */
  List<String> aliasTargets(String alias) throws OpenSearchException {
    String path = "/_alias/" + alias;
    ClusterHttp.Response response = http.call("GET", path, null, "application/json");
    if (response.status() == 404) {
      return List.of();
    }
    List<String> indices = new ArrayList<>();
    BulkRequests.read(http.ok("GET", path, response)).fieldNames().forEachRemaining(indices::add);
    return indices.stream().sorted().toList();
  }

  /** Every index named like a version of {@code alias}. */
  List<String> versions(String alias) throws OpenSearchException {
    String path = "/_cat/indices/" + IndexVersions.pattern(alias) + "?h=index&format=json&expand_wildcards=all";
    List<String> indices = new ArrayList<>();
    BulkRequests.read(http.json("GET", path, null)).forEach(row -> indices.add(row.path("index").asText()));
    return indices;
  }

  /** The {@code _meta} of {@code index}'s mapping (empty when it has none). */
  JsonNode meta(String index) throws OpenSearchException {
    return BulkRequests.read(http.json("GET", "/" + index + "/_mapping", null)).path(index).path("mappings").path("_meta");
  }

  void create(String index, ObjectNode body) throws OpenSearchException {
    http.json("PUT", "/" + index, BulkRequests.write(body));
  }

  /** What a version holds of one article: its content hash and its number of paragraphs. */
  record StoredArticle(String hash, long paragraphs) {}

  /** Each article of {@code index}, read a page at a time with a composite aggregation. */
  Map<String, StoredArticle> articles(String index) throws OpenSearchException {
    Map<String, StoredArticle> articles = new HashMap<>();
    JsonNode after = null;
    do {
      ObjectNode body = JSON.createObjectNode().put("size", 0);
      ObjectNode composite = body.putObject("aggs").putObject("pairs").putObject("composite").put("size", PAGE);
      ArrayNode sources = composite.putArray("sources");
      sources.addObject().putObject("a").putObject("terms").put("field", IndexSchema.ARTICLE_ID);
      sources.addObject().putObject("h").putObject("terms").put("field", IndexSchema.HASH);
      if (after != null) {
        composite.set("after", after);
      }
      JsonNode pairs = BulkRequests.read(http.json("POST", "/" + index + "/_search", BulkRequests.write(body)))
          .path("aggregations").path("pairs");
      pairs.path("buckets").forEach(bucket -> articles.put(bucket.path("key").path("a").asText(),
          new StoredArticle(bucket.path("key").path("h").asText(), bucket.path("doc_count").asLong())));
      after = pairs.path("buckets").isEmpty() ? null : pairs.get("after_key");
    } while (after != null);
    return articles;
  }

  /** The number of primary shards of {@code index}. */
  int shards(String index) throws OpenSearchException {
    String path = "/" + index + "/_settings/index.number_of_shards?flat_settings=true";
    return BulkRequests.read(http.json("GET", path, null)).path(index).path("settings").path("index.number_of_shards").asInt();
  }

  /**
   * Creates {@code to} as a copy of {@code from}: the same shards, mapping, settings and
   * documents, made by linking the segment files rather than indexing again. {@code from} must be
   * read-only for that and stays so: a version is never written once its build is over.
   */
  void cloneOf(String from, String to, int replicas) throws OpenSearchException {
    http.json("PUT", "/" + from + "/_settings", "{\"index.blocks.write\": true}");
    ObjectNode settings = JSON.createObjectNode();
    settings.putObject("settings").put("index.number_of_replicas", replicas).putNull("index.blocks.write").put("index.refresh_interval", "-1");
    http.json("POST", "/" + from + "/_clone/" + to, BulkRequests.write(settings));
  }

  /** Turns refreshing back on (the cluster's default) and makes everything written searchable. */
  void refresh(String index) throws OpenSearchException {
    http.json("PUT", "/" + index + "/_settings", "{\"index\": {\"refresh_interval\": null}}");
    http.json("POST", "/" + index + "/_refresh", null);
  }

  long count(String index) throws OpenSearchException {
    return BulkRequests.read(http.json("GET", "/" + index + "/_count", null)).path("count").asLong();
  }

  void forceMerge(String index) throws OpenSearchException {
    http.json("POST", "/" + index + "/_forcemerge?max_num_segments=1", null);
  }

  void aliases(ObjectNode body) throws OpenSearchException {
    http.json("POST", "/_aliases", BulkRequests.write(body));
  }

  void delete(List<String> indices) throws OpenSearchException {
    if (!indices.isEmpty()) {
      http.json("DELETE", "/" + String.join(",", indices), null);
    }
  }
}
