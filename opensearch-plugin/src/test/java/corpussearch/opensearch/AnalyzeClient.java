package corpussearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** OpenSearch's {@code _analyze} over HTTP, and the index requests the parity check needs. */
final class AnalyzeClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String url;

  AnalyzeClient(String url) {
    this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** The tokens {@code analyzer} (of {@code index}, or a global one when null) makes of {@code text}. */
  CompletableFuture<List<ParityToken>> analyze(String index, String analyzer, String text) {
    String path = (index == null ? "" : "/" + index) + "/_analyze";
    return send("POST", path, Map.of("analyzer", analyzer, "text", text)).thenApply(AnalyzeClient::tokens);
  }

  /** Deletes {@code index} if it exists and creates it with {@code body}. */
  void recreateIndex(String index, String body) throws IOException {
    send("DELETE", "/" + index + "?ignore_unavailable=true", null).join();
    HttpRequest request = request("PUT", "/" + index, body);
    HttpResponse<String> response = http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).join();
    if (response.statusCode() != 200) {
      throw new IOException("creating " + index + " failed: " + response.statusCode() + " " + response.body());
    }
  }

  private CompletableFuture<JsonNode> send(String method, String path, Object body) {
    try {
      HttpRequest request = request(method, path, body == null ? null : JSON.writeValueAsString(body));
      return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
        try {
          JsonNode json = JSON.readTree(response.body());
          if (response.statusCode() != 200 && !method.equals("DELETE")) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
          }
          return json;
        } catch (IOException e) {
          throw new IllegalStateException(method + " " + path + ": unreadable answer " + response.body(), e);
        }
      });
    } catch (IOException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private HttpRequest request(String method, String path, String body) {
    HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
    return HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofMinutes(1))
        .header("Content-Type", "application/json").method(method, publisher).build();
  }

  /** {@code positionLength} is in the answer only when it is not 1. */
  private static List<ParityToken> tokens(JsonNode answer) {
    List<ParityToken> tokens = new ArrayList<>();
    for (JsonNode token : answer.path("tokens")) {
      tokens.add(new ParityToken(token.path("token").asText(), token.path("position").asInt(), token.path("positionLength").asInt(1),
          token.path("start_offset").asInt(), token.path("end_offset").asInt()));
    }
    return tokens;
  }
}
