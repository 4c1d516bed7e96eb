package corpussearch.api.http;

import corpussearch.api.search.InvalidRequestException;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads query parameters, turning a query string that cannot be decoded (bad percent-encoding,
 * bytes that are not UTF-8) into a 400 instead of a silently different request.
 *
 * <p>Javalin drops a value it cannot decode ({@code q=kabul%} reads as no {@code q} at all, so the
 * search became "browse everything") and decodes invalid UTF-8 to U+FFFD, so the query string is
 * checked here first. Raw (not percent-encoded) bytes that are not UTF-8 reach us from Jetty as
 * U+FFFD; a raw U+FFFD is therefore rejected as well (a client that means the replacement
 * character can send {@code %EF%BF%BD}).
 */
public final class RequestParams {

  private static final String MESSAGE = "the query string is not valid percent-encoded UTF-8";

  private RequestParams() {}

  /** All query parameters, name to values. */
  public static Map<String, List<String>> all(Context ctx) {
    requireDecodable(ctx.queryString());
    try {
      return ctx.queryParamMap();
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("query", MESSAGE);
    }
  }

  /** The first value of {@code name}, or null. */
  public static String single(Context ctx, String name) {
    List<String> values = all(ctx).get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Throws {@link InvalidRequestException} unless every name and value decodes strictly. */
  static void requireDecodable(String queryString) {
    if (queryString == null || queryString.isEmpty()) {
      return;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (String part : queryString.split("[&=]", -1)) {
      bytes.reset();
      for (int i = 0; i < part.length(); ) {
        int cp = part.codePointAt(i);
        if (cp == '%') {
          int high = i + 2 < part.length() ? Character.digit(part.charAt(i + 1), 16) : -1;
          int low = i + 2 < part.length() ? Character.digit(part.charAt(i + 2), 16) : -1;
          if (high < 0 || low < 0 || part.charAt(i + 1) > 0x7F || part.charAt(i + 2) > 0x7F) {
            throw new InvalidRequestException("query", MESSAGE + " (a % must be followed by two hex digits)");
          }
          bytes.write(high * 16 + low);
          i += 3;
        } else if (cp == 0xFFFD) {
          throw new InvalidRequestException("query", MESSAGE);
        } else {
          bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
          i += Character.charCount(cp);
        }
      }
      try {
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes.toByteArray()));
      } catch (CharacterCodingException e) {
        throw new InvalidRequestException("query", MESSAGE);
      }
    }
  }
}
