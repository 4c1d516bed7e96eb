package corpussearch.indexer.opensearch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Whether an answer of HTTP 200 is partial: OpenSearch answers a search or a count with whatever
 * shards answered and reports the others in {@code _shards.failed}, e.g. while a lost node's
 * replicas are promoted. Such totals are wrong, so a partial answer is asked again rather than
 * served. A search that reached its own {@code timeout} is partial by request: OpenSearch says
 * {@code timed_out} when a shard stopped in its query phase, and fails the shards that ran out of
 * time in another phase (the statistics of {@code dfs_query_then_fetch}, the fetch) with {@code
 * time_exceeded_exception} and {@code timed_out: false}. Neither is asked again.
 */
public final class ShardFailures {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OUT_OF_TIME = "time_exceeded_exception";

  private ShardFailures() {}

  /**
   * The number of shards the top-level {@code _shards.failed} of {@code body} reports, 0 when it has
   * none, is no JSON object, says {@code "timed_out": true} first (as OpenSearch writes it, before
   * {@code _shards}) or every failure it lists ran out of time. Reads only up to that field: other
   * top-level values are skipped unread.
   */
  static int failed(byte[] body) {
    try (JsonParser parser = JSON.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return 0;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if ("timed_out".equals(name) && parser.currentToken() == JsonToken.VALUE_TRUE) {
          return 0;
        }
        if ("_shards".equals(name) && parser.currentToken() == JsonToken.START_OBJECT) {
          JsonNode shards = JSON.readTree(parser);
          return outOfTime(shards) ? 0 : shards.path("failed").asInt(0);
        }
        parser.skipChildren();
      }
      return 0;
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * Whether the shards of {@code answer} that failed all ran out of the search's time (at least one
   * did): the answer is then partial by request, as one with {@code timed_out}.
   */
  public static boolean ranOutOfTime(JsonNode answer) {
    return outOfTime(answer.path("_shards"));
  }

  private static boolean outOfTime(JsonNode shards) {
    JsonNode failures = shards.path("failures");
    if (shards.path("failed").asInt(0) == 0 || !failures.isArray() || failures.isEmpty()) {
      return false;
    }
    for (JsonNode failure : failures) {
      if (!failure.path("reason").findValuesAsText("type").contains(OUT_OF_TIME)) {
        return false;
      }
    }
    return true;
  }
}
