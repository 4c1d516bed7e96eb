package corpussearch.api.reliability.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One generated GET: a route, the path as sent and its query parameters (names and values as a
 * client means them; {@link #target()} percent-encodes them).
 *
 * @param route the route's pattern, for counting (e.g. {@code /api/articles/{articleId}})
 * @param path the path, already encoded
 * @param params the parameters in order; a name may repeat
 */
public record FuzzRequest(String route, String path, List<Param> params) {

  /** A query parameter as the client means it. */
  public record Param(String name, String value) {
    @Override
    public String toString() {
      return name + "=" + value;
    }
  }

  /** The request target: path and percent-encoded UTF-8 query string. */
  public String target() {
    if (params.isEmpty()) {
      return path;
    }
    return path + "?" + params.stream().map(p -> encode(p.name()) + "=" + encode(p.value())).collect(Collectors.joining("&"));
  }

  /** Whether the route belongs to the JSON API, whose errors are problem documents. */
  public boolean isApi() {
    return path.startsWith("/api/");
  }

  /** A path segment with every reserved character (including {@code /} and space) percent-encoded. */
  static String encodeSegment(String segment) {
    return encode(segment).replace("+", "%20");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The target, then the parameters as typed (Java escapes for what does not print). */
  @Override
  public String toString() {
    return "GET " + target() + "  " + params.stream().map(p -> p.name() + "=" + printable(p.value())).toList();
  }

  private static String printable(String value) {
    StringBuilder out = new StringBuilder("\"");
    value.codePoints().forEach(cp -> out.append(Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
        || Character.getType(cp) == Character.SURROGATE ? String.format("\\u%04x", cp) : Character.toString(cp)));
    return out.append('"').toString();
  }
}
