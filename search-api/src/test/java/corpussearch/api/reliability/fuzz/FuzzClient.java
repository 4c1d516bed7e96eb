package corpussearch.api.reliability.fuzz;

import corpussearch.api.HangGuard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;

/** Sends {@link FuzzRequest}s one at a time to one service and waits for each answer up to {@link HangGuard#TIMEOUT}. */
public final class FuzzClient {

  /** What came back: a status, its Content-Type and body, or nothing ({@code hung}). */
  public record Answer(int status, String contentType, String body, boolean hung) {}

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(HangGuard.TIMEOUT).build();
  private final URI base;

  /** A client of the service at {@code base} (e.g. {@code http://127.0.0.1:7070}). */
  public FuzzClient(URI base) {
    this.base = base;
  }

  /** Sends {@code request}; a connection failure is thrown, no answer in time is a hung {@link Answer}. */
  public Answer send(FuzzRequest request) {
    HttpRequest get = HttpRequest.newBuilder(base.resolve(request.target())).timeout(HangGuard.TIMEOUT).GET().build();
    try {
      HttpResponse<String> response = http.send(get, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(), false);
    } catch (HttpTimeoutException e) {
      return new Answer(0, "", "", true);
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + request.target() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The body of a plain GET that must succeed (the facet values to fuzz with). */
  public String getOk(String target) {
    Answer answer = send(new FuzzRequest(target, target, List.of()));
    if (answer.status() != 200) {
      throw new IllegalStateException(target + " answered " + answer.status() + (answer.hung() ? " (no answer)" : ""));
    }
    return answer.body();
  }
}
