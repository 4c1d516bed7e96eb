package corpussearch.api.request;

import corpussearch.api.filter.DayRange;
import corpussearch.api.request.SearchRequest.SortOrder;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads search parameters (as the API and the web page receive them: name to values) into a
 * {@link SearchRequest}, enforcing the limits. Both front ends use it, so they accept and reject
 * exactly the same input.
 */
public final class SearchParams {

  /** Longest query accepted, in characters. */
  public static final int MAX_QUERY_LENGTH = 1000;
  /** Largest page size. */
  public static final int MAX_SIZE = 100;
  /** Default page size. */
  public static final int DEFAULT_SIZE = 10;
  /** Deepest result reachable: page × size. */
  public static final int MAX_DEPTH = 10_000;
  /** Most values accepted for one filter parameter. */
  public static final int MAX_FILTER_VALUES = 100;

  private SearchParams() {}

  /** Parses {@code params}; throws {@link InvalidRequestException} naming the bad parameter. */
  public static SearchRequest parse(Map<String, List<String>> params) {
    String q = single(params, "q", "");
    requireQueryLength(q);
    int size = integer(params, "size", DEFAULT_SIZE, 1, MAX_SIZE);
    int page = integer(params, "page", 1, 1, Integer.MAX_VALUE);
    if ((long) page * size > MAX_DEPTH) {
      throw new InvalidRequestException("page", "page × size may not exceed " + MAX_DEPTH + " (asked for " + ((long) page * size) + "); narrow the query instead of paging deeper");
    }
    LocalDate from = date(params, "from", false);
    LocalDate to = date(params, "to", true);
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidRequestException("from", "from (" + from + ") is after to (" + to + ")");
    }
    return new SearchRequest(q.strip(), filter(params, "outlet"), filter(params, "author"), sites(params), from, to,
        sort(params), page, size, group(params), flag(params, "facets"), flag(params, "highlight"));
  }

  /**
   * Rejects a query longer than {@link #MAX_QUERY_LENGTH} once surrounding white space is
   * stripped; every route that takes {@code q} (search, article, suggestions; API and page) uses it.
   *
   * @param q the query as received, or null when absent
   */
  public static void requireQueryLength(String q) {
    int length = q == null ? 0 : q.strip().length();
    if (length > MAX_QUERY_LENGTH) {
      throw new InvalidRequestException("q", "q is " + length + " characters long; the limit is " + MAX_QUERY_LENGTH);
    }
  }

  private static SortOrder sort(Map<String, List<String>> params) {
    String value = single(params, "sort", "relevance");
    for (SortOrder order : SortOrder.values()) {
      if (order.param().equals(value)) {
        return order;
      }
    }
    throw new InvalidRequestException("sort", "sort must be relevance, date or date_asc, not \"" + value + "\"");
  }

  private static boolean group(Map<String, List<String>> params) {
    String value = single(params, "group", "");
    if (value.isEmpty() || value.equals("none")) {
      return false;
    }
    if (value.equals("article")) {
      return true;
    }
    throw new InvalidRequestException("group", "group must be article (or absent), not \"" + value + "\"");
  }

  /** An on/off parameter, on when absent or empty. */
  private static boolean flag(Map<String, List<String>> params, String name) {
    String value = single(params, name, "");
    return switch (value) {
      case "", "true" -> true;
      case "false" -> false;
      default -> throw new InvalidRequestException(name, name + " must be true or false, not \"" + abbreviate(value) + "\"");
    };
  }

  /** Site filter values, written as the index keeps sites: lower case, without {@code www.}. */
  private static List<String> sites(Map<String, List<String>> params) {
    List<String> sites = new ArrayList<>();
    for (String value : filter(params, "site")) {
      String site = value == null ? null : value.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "");
      if (!sites.contains(site)) {
        sites.add(site);
      }
    }
    return sites;
  }

  /** Filter values; an empty value stands for "unknown" and becomes null. */
  private static List<String> filter(Map<String, List<String>> params, String name) {
    List<String> values = params.getOrDefault(name, List.of());
    if (values.size() > MAX_FILTER_VALUES) {
      throw new InvalidRequestException(name, "at most " + MAX_FILTER_VALUES + " " + name + " values are accepted, got " + values.size());
    }
    List<String> result = new ArrayList<>();
    for (String value : values) {
      String stripped = value.strip();
      if (!result.contains(stripped.isEmpty() ? null : stripped)) {
        result.add(stripped.isEmpty() ? null : stripped);
      }
    }
    return result;
  }

  private static int integer(Map<String, List<String>> params, String name, int fallback, int min, int max) {
    String value = single(params, name, "");
    if (value.isEmpty()) {
      return fallback;
    }
    long parsed;
    try {
      parsed = Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(name, name + " must be a whole number, not \"" + abbreviate(value) + "\"");
    }
    if (parsed < min || parsed > max) {
      throw new InvalidRequestException(name, name + " must be between " + min + " and " + max + ", not " + parsed);
    }
    return (int) parsed;
  }

  /** A date bound as {@link DayRange#bound} reads it, or null when absent. */
  static LocalDate date(Map<String, List<String>> params, String name, boolean endOfPeriod) {
    String value = single(params, name, "");
    if (value.isEmpty()) {
      return null;
    }
    try {
      return DayRange.bound(value, endOfPeriod);
    } catch (DateTimeException e) {
      throw new InvalidRequestException(name, name + " must be a real date written YYYY, YYYY-MM or YYYY-MM-DD, not \"" + abbreviate(value) + "\"");
    }
  }

  private static String single(Map<String, List<String>> params, String name, String fallback) {
    List<String> values = params.get(name);
    if (values == null || values.isEmpty()) {
      return fallback;
    }
    if (values.size() > 1 && !values.stream().allMatch(values.get(0)::equals)) {
      throw new InvalidRequestException(name, name + " may be given only once");
    }
    return values.get(0).strip();
  }

  private static String abbreviate(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}
