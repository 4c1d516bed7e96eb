package corpussearch.api.relevance.opensearch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Requests to one OpenSearch node over HTTP. Every failure becomes an {@link OpenSearchException}
 * with one line saying what failed: the node unreachable or silent, or the status and reason of a
 * refused request.
 */
final class OpenSearchHttp implements AutoCloseable {

  /** How long a request may take: a hang guard (a bulk request of 4 MB takes seconds). */
  private static final Duration TIMEOUT = Duration.ofMinutes(5);
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final int REASON_CHARS = 300;

  private final URI base;
  private final HttpClient client;

  OpenSearchHttp(URI base) {
    this.base = base;
    this.client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
  }

  /** The node's address, as given. */
  URI base() {
    return base;
  }

  /** Sends a request with a JSON or NDJSON body (null for none) and returns the answer's body. */
  String send(String method, String path, String body, String contentType) throws OpenSearchException {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    HttpResponse<String> response = exchange(request.build());
    if (response.statusCode() >= 300) {
      String reason = response.body().replaceAll("\\s+", " ");
      throw new OpenSearchException("OpenSearch at " + base + " refused " + method + " " + path + ": HTTP " + response.statusCode()
          + " " + (reason.length() > REASON_CHARS ? reason.substring(0, REASON_CHARS) + "…" : reason));
    }
    return response.body();
  }

  /** Sends a JSON request. */
  String json(String method, String path, String body) throws OpenSearchException {
    return send(method, path, body, "application/json");
  }

  private HttpResponse<String> exchange(HttpRequest request) throws OpenSearchException {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpConnectTimeoutException e) {
      throw new OpenSearchException("OpenSearch at " + base + " is unreachable (no connection within " + CONNECT_TIMEOUT.toSeconds() + " s)", e);
    } catch (HttpTimeoutException e) {
      throw new OpenSearchException("OpenSearch at " + base + " did not answer " + request.method() + " " + request.uri().getPath()
          + " within " + TIMEOUT.toMinutes() + " min", e);
    } catch (IOException e) {
      throw new OpenSearchException("OpenSearch at " + base + " is unreachable (" + why(e) + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OpenSearchException("interrupted while waiting for OpenSearch at " + base, e);
    }
  }

  /**
   * Why a connection failed, in a few words: the JDK's client often says nothing itself and
   * leaves the reason to the type of an inner exception.
   */
  private static String why(IOException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnresolvedAddressException) {
        return "unknown host";
      }
      if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
        return cause.getMessage();
      }
    }
    return e instanceof ConnectException ? "connection refused" : e.getClass().getSimpleName();
  }

  /** Releases the client's connections and threads. */
  @Override
  public void close() {
    client.close();
  }
}
