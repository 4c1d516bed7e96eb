package corpussearch.indexer.opensearch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Whether an answer of HTTP 200 is partial: OpenSearch answers a search or a count with whatever
 * shards answered and reports the others in {@code _shards.failed}, e.g. while a lost node's
 * replicas are promoted. Such totals are wrong, so a partial answer is asked again rather than
 * served. A search that reached its own {@code timeout} ({@code timed_out}) is partial by request,
 * shards that ran out of time among the failed ones: it is not asked again.
 */
final class ShardFailures {

  private static final JsonFactory FACTORY = new JsonFactory();

  private ShardFailures() {}

  /**
   * The number of shards the top-level {@code _shards.failed} of {@code body} reports, 0 when it has
   * none, is no JSON object or says {@code "timed_out": true} first (as OpenSearch writes it,
   * before {@code _shards}). Reads only up to that field: other top-level values are skipped unread.
   */
  static int failed(String body) {
    try (JsonParser parser = FACTORY.createParser(body)) {
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
          return failedOf(parser);
        }
        parser.skipChildren();
      }
      return 0;
    } catch (IOException e) {
      return 0;
    }
  }

  private static int failedOf(JsonParser shards) throws IOException {
    while (shards.nextToken() == JsonToken.FIELD_NAME) {
      String name = shards.currentName();
      shards.nextToken();
      if ("failed".equals(name) && shards.currentToken().isNumeric()) {
        return shards.getIntValue();
      }
      shards.skipChildren();
    }
    return 0;
  }
}
