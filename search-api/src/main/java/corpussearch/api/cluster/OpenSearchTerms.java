package corpussearch.api.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corpussearch.api.suggest.Completions;
import corpussearch.indexer.index.IndexSchema;
import corpussearch.indexer.opensearch.ParagraphMapping;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the backend reads of a whole index version once: keyword values, and the paragraphs completions are built from. */
final class OpenSearchTerms {

  /** The analyzer that takes already analysed words as they are. */
  static final String ANALYZER = ParagraphMapping.TERMS_ANALYZER;

  private static final int PAGE = 1000;

  private OpenSearchTerms() {}

  /** Every value of each keyword field of {@code fields} (by a name of the caller's), paged with a composite aggregation. */
  static Map<String, List<String>> keywords(Cluster cluster, String index, Map<String, String> fields) throws IOException {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (Map.Entry<String, String> field : fields.entrySet()) {
      List<String> found = new ArrayList<>();
      JsonNode after = null;
      do {
        ObjectNode body = Cluster.JSON.createObjectNode().put("size", 0);
        ObjectNode composite = body.putObject("aggs").putObject("values").putObject("composite").put("size", PAGE);
        composite.putArray("sources").addObject().putObject("v").putObject("terms").put("field", field.getValue());
        if (after != null) {
          composite.set("after", after);
        }
        JsonNode answer = cluster.send("POST", path(index), body).path("aggregations").path("values");
        answer.path("buckets").forEach(bucket -> found.add(bucket.path("key").path("v").asText()));
        after = answer.path("buckets").isEmpty() ? null : answer.get("after_key");
      } while (after != null);
      values.put(field.getKey(), found);
    }
    return values;
  }

  /** The first {@link Completions#SCAN_LIMIT} paragraphs of {@code index}, by id, as completions read them. */
  static Completions completions(Cluster cluster, String index) throws IOException {
    List<Completions.Source> sources = new ArrayList<>();
    JsonNode after = null;
    while (sources.size() < Completions.SCAN_LIMIT) {
      ObjectNode body = Cluster.JSON.createObjectNode().put("size", Math.min(PAGE, Completions.SCAN_LIMIT - sources.size()));
      body.putArray("sort").addObject().put(IndexSchema.ID, "asc");
      body.putArray("_source").add(IndexSchema.TEXT).add(IndexSchema.TITLE).add(IndexSchema.AUTHOR).add(IndexSchema.OUTLET);
      if (after != null) {
        body.set("search_after", after);
      }
      JsonNode hits = cluster.send("POST", path(index), body).path("hits").path("hits");
      if (hits.isEmpty()) {
        break;
      }
      for (JsonNode hit : hits) {
        JsonNode source = hit.path("_source");
        sources.add(new Completions.Source(ClusterHits.field(source, IndexSchema.TEXT), ClusterHits.field(source, IndexSchema.TITLE),
            ClusterHits.field(source, IndexSchema.AUTHOR), ClusterHits.field(source, IndexSchema.OUTLET)));
      }
      after = hits.get(hits.size() - 1).path("sort");
    }
    return Completions.from(sources);
  }

  static String path(String index) {
    return "/" + URLEncoder.encode(index, StandardCharsets.UTF_8) + "/_search";
  }
}
