package corpussearch.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corpussearch.api.HangGuard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A tiny HTTP client for tests against a real server on 127.0.0.1. */
final class ServiceClient {

  static final ObjectMapper JSON = new ObjectMapper();

  /** A response with its body parsed as JSON (null when it is not JSON). */
  record Reply(int status, String contentType, String body, JsonNode json, HttpResponse<String> raw) {}

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(HangGuard.TIMEOUT).build();
  private final int port;

  ServiceClient(int port) {
    this.port = port;
  }

  Reply get(String pathAndQuery, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).timeout(HangGuard.TIMEOUT);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String type = response.headers().firstValue("Content-Type").orElse("");
      JsonNode json = type.contains("json") ? JSON.readTree(response.body()) : null;
      return new Reply(response.statusCode(), type, response.body(), json, response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code /api/search} with the given raw parameter pairs (values are URL-encoded here). */
  Reply search(String... params) {
    StringBuilder query = new StringBuilder("/api/search?");
    for (int i = 0; i + 1 < params.length; i += 2) {
      query.append(i == 0 ? "" : "&").append(params[i]).append('=').append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
    }
    return get(query.toString());
  }
}
