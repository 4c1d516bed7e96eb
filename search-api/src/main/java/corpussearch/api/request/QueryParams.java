package corpussearch.api.request;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query string of a request, decoded strictly: the one reading of request parameters that
 * the JSON API and the web page share, so both accept and reject exactly the same query strings.
 *
 * <p>Javalin's own reading drops a value it cannot decode ({@code q=kabul%} read as no {@code q}
 * at all, a silent "browse everything") and turns invalid UTF-8 into U+FFFD. Here a name or value
 * with a {@code %} not followed by two hex digits, or whose bytes are not UTF-8, makes the whole
 * query string invalid. Raw (not percent-encoded) bytes that are not UTF-8 reach us from Jetty as
 * U+FFFD, so a raw U+FFFD is rejected too (a client that means it can send {@code %EF%BF%BD}).
 * Otherwise the reading is the usual form decoding: {@code &} separates parameters, the first
 * {@code =} separates name and value (none means an empty value), {@code +} is a space.
 */
public final class QueryParams {

  /** The parameter that a rejection names: the query string as a whole. */
  public static final String PARAMETER = "query";

  private static final String MESSAGE = "the query string is not valid percent-encoded UTF-8";

  private final Map<String, List<String>> decoded;
  private final String problem;

  private QueryParams(Map<String, List<String>> decoded, String problem) {
    this.decoded = decoded;
    this.problem = problem;
  }

  /** Decodes {@code queryString} as the request sent it (null or empty: no parameters). */
  public static QueryParams of(String queryString) {
    Map<String, List<String>> decoded = new LinkedHashMap<>();
    String problem = null;
    if (queryString != null && !queryString.isEmpty()) {
      for (String pair : queryString.split("&", -1)) {
        int eq = pair.indexOf('=');
        Part name = Part.decode(eq < 0 ? pair : pair.substring(0, eq));
        Part value = Part.decode(eq < 0 ? "" : pair.substring(eq + 1));
        problem = problem != null ? problem : name.problem() != null ? name.problem() : value.problem();
        decoded.computeIfAbsent(name.text(), key -> new ArrayList<>()).add(value.text());
      }
    }
    decoded.replaceAll((name, values) -> Collections.unmodifiableList(values));
    return new QueryParams(Collections.unmodifiableMap(decoded), problem);
  }

  /**
   * All parameters, name to values in the order sent.
   *
   * @throws InvalidRequestException naming {@value #PARAMETER} when the query string is invalid
   */
  public Map<String, List<String>> all() {
    if (problem != null) {
      throw new InvalidRequestException(PARAMETER, problem);
    }
    return decoded;
  }

  /** The first value of {@code name}, or null; throws as {@link #all()} does. */
  public String single(String name) {
    List<String> values = all().get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * The parameters as far as they decode, for showing a rejected request back to a person: a
   * malformed escape is kept as typed and bytes that are not UTF-8 become U+FFFD.
   */
  public Map<String, List<String>> asFarAsDecodable() {
    return decoded;
  }

  /** One name or value: its text, and why it is invalid (null when it is not). */
  private record Part(String text, String problem) {

    static Part decode(String encoded) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      String problem = null;
      for (int i = 0; i < encoded.length(); ) {
        int cp = encoded.codePointAt(i);
        if (cp == '%' && escapeAt(encoded, i)) {
          bytes.write(Character.digit(encoded.charAt(i + 1), 16) * 16 + Character.digit(encoded.charAt(i + 2), 16));
          i += 3;
          continue;
        }
        if (cp == '%') {
          problem = problem != null ? problem : MESSAGE + " (a % must be followed by two hex digits)";
        } else if (cp == 0xFFFD) {
          problem = problem != null ? problem : MESSAGE;
        }
        bytes.writeBytes(Character.toString(cp == '+' ? ' ' : cp).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(cp);
      }
      try {
        return new Part(strictUtf8(bytes.toByteArray()), problem);
      } catch (CharacterCodingException e) {
        return new Part(bytes.toString(StandardCharsets.UTF_8), problem != null ? problem : MESSAGE);
      }
    }

    private static boolean escapeAt(String encoded, int i) {
      return i + 2 < encoded.length() && hexDigit(encoded.charAt(i + 1)) && hexDigit(encoded.charAt(i + 2));
    }

    private static boolean hexDigit(char c) {
      return c <= 0x7F && Character.digit(c, 16) >= 0;
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    }
  }
}
