package corpussearch.api.reliability.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corpussearch.api.HangGuard;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every answer must be, whatever was asked: never a 5xx; under {@code /api/} a 4xx is an
 * {@code application/problem+json} document with its {@code title} and {@code status}; and it
 * arrives (a request without an answer within {@link HangGuard#TIMEOUT} is a hang).
 */
public final class Verdict {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Verdict() {}

  /** The rules {@code answer} breaks, empty when it is sensible. */
  public static List<String> broken(FuzzRequest request, FuzzClient.Answer answer) {
    List<String> broken = new ArrayList<>();
    if (answer.hung()) {
      broken.add("no answer within " + HangGuard.TIMEOUT.toSeconds() + " s");
      return broken;
    }
    if (answer.status() >= 500) {
      broken.add("status " + answer.status() + ": " + abbreviate(answer.body()));
    }
    if (request.isApi() && answer.status() >= 400 && answer.status() < 500) {
      problemDocument(answer).ifPresent(broken::add);
    }
    return broken;
  }

  private static Optional<String> problemDocument(FuzzClient.Answer answer) {
    if (!answer.contentType().startsWith("application/problem+json")) {
      return Optional.of(answer.status() + " with Content-Type \"" + answer.contentType() + "\", not application/problem+json");
    }
    try {
      JsonNode problem = JSON.readTree(answer.body());
      if (problem == null || !problem.path("title").isTextual() || problem.path("status").asInt() != answer.status()) {
        return Optional.of(answer.status() + " whose problem document lacks its title or status: " + abbreviate(answer.body()));
      }
    } catch (IOException e) {
      return Optional.of(answer.status() + " whose body is not JSON: " + abbreviate(answer.body()));
    }
    return Optional.empty();
  }

  static String abbreviate(String value) {
    return value.length() <= 240 ? value : value.substring(0, 240) + "…";
  }
}
