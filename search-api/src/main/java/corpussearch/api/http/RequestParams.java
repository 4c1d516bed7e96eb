package corpussearch.api.http;

import corpussearch.api.search.InvalidRequestException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * Reads query parameters, turning a query string that cannot be decoded (bad percent-encoding)
 * into a 400 instead of an unexpected failure.
 */
public final class RequestParams {

  private RequestParams() {}

  /** All query parameters, name to values. */
  public static Map<String, List<String>> all(Context ctx) {
    try {
      return ctx.queryParamMap();
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("query", "the query string is not valid percent-encoded UTF-8");
    }
  }

  /** The first value of {@code name}, or null. */
  public static String single(Context ctx, String name) {
    List<String> values = all(ctx).get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
