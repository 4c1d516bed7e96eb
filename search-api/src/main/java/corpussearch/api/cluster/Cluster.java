package corpussearch.api.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corpussearch.api.service.BackendUnavailableException;
import corpussearch.indexer.opensearch.ClusterHttp;
import corpussearch.indexer.opensearch.OpenSearchException;
import java.io.IOException;

/**
 * JSON requests to the cluster as the backend makes them: any failure (no node answers, the
 * cluster stays busy, it refuses) is a {@link BackendUnavailableException}, which the service
 * answers with 503, never a 500.
 */
final class Cluster implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();

  private final ClusterHttp http;

  Cluster(ClusterHttp http) {
    this.http = http;
  }

  /** Sends {@code body} (null for none) and reads the answer; a status of 300 or more fails. */
  JsonNode send(String method, String path, JsonNode body) throws BackendUnavailableException {
    try {
      return JSON.readTree(http.json(method, path, body == null ? null : body.toString()));
    } catch (OpenSearchException e) {
      throw new BackendUnavailableException(e.getMessage(), e);
    } catch (IOException e) {
      throw new BackendUnavailableException("OpenSearch answered what is not JSON: " + e.getMessage(), e);
    }
  }

  /** Sends {@code body} and returns the answer whatever its status, so a caller can tell "not found" from a failure. */
  ClusterHttp.Response call(String method, String path, JsonNode body) throws BackendUnavailableException {
    try {
      return http.call(method, path, body == null ? null : body.toString(), "application/json");
    } catch (OpenSearchException e) {
      throw new BackendUnavailableException(e.getMessage(), e);
    }
  }

  /** The nodes, for messages. */
  String nodes() {
    return http.nodesText();
  }

  @Override
  public void close() {
    http.close();
  }
}
