package corpussearch.api.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A test's plain JSON requests to one OpenSearch node; a busy node (429) is asked again after a
 * growing pause, and a refused request fails with OpenSearch's reason.
 */
final class OpenSearchNode implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
  private static final Duration LONGEST_PAUSE = Duration.ofSeconds(16);

  private final URI base;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  OpenSearchNode(URI base) {
    this.base = base;
  }

  /** Sends {@code body} (JSON, NDJSON when {@code ndjson}; null for none) and returns the answer. */
  JsonNode send(String method, String path, String body, boolean ndjson) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", ndjson ? "application/x-ndjson" : "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    // a 429 is a node short of heap for a moment (its circuit breaker, "durability": "TRANSIENT"),
    // which OpenSearch asks clients to send again later, as the service's own client does
    for (Duration pause = FIRST_PAUSE; response.statusCode() == 429 && pause.compareTo(LONGEST_PAUSE) <= 0; pause = pause.multipliedBy(2)) {
      Thread.sleep(pause);
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
    if (response.statusCode() >= 300) {
      throw new IOException(method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body());
  }

  /** Sends a JSON tree. */
  JsonNode json(String method, String path, JsonNode body) throws IOException, InterruptedException {
    return send(method, path, body == null ? null : JSON.writeValueAsString(body), false);
  }

  @Override
  public void close() {
    client.close();
  }
}
