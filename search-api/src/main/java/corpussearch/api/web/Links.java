package corpussearch.api.web;

import corpussearch.api.request.SearchParams;
import corpussearch.api.request.SearchRequest;
import corpussearch.api.request.SearchRequest.SortOrder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the page's links from a search's state, in one canonical parameter order, so every link
 * (pages, dropped filters, spelling suggestion) keeps all the other parameters.
 */
final class Links {

  private record Param(String name, String value) {}

  private final List<Param> params;

  private Links(List<Param> params) {
    this.params = params;
  }

  /**
   * The state of {@code request}; dates keep the form the user typed them in ({@code raw}), so
   * {@code from=2021} stays {@code 2021} rather than becoming {@code 2021-01-01}.
   */
  static Links of(SearchRequest request, Map<String, List<String>> raw) {
    List<Param> params = new ArrayList<>();
    if (!request.q().isEmpty()) {
      params.add(new Param("q", request.q()));
    }
    request.outlets().forEach(value -> params.add(new Param("outlet", value == null ? "" : value)));
    request.authors().forEach(value -> params.add(new Param("author", value == null ? "" : value)));
    request.sites().forEach(value -> params.add(new Param("site", value == null ? "" : value)));
    if (request.from() != null) {
      params.add(new Param("from", first(raw, "from")));
    }
    if (request.to() != null) {
      params.add(new Param("to", first(raw, "to")));
    }
    if (request.sort() != SortOrder.RELEVANCE) {
      params.add(new Param("sort", request.sort().param()));
    }
    if (request.groupByArticle()) {
      params.add(new Param("group", "article"));
    }
    if (request.size() != SearchParams.DEFAULT_SIZE) {
      params.add(new Param("size", Integer.toString(request.size())));
    }
    return new Links(params);
  }

  /** This state without one value of {@code name} (one ticked outlet, say). */
  Links without(String name, String value) {
    List<Param> kept = new ArrayList<>(params);
    kept.remove(new Param(name, value == null ? "" : value));
    return new Links(kept);
  }

  /** This state without any value of {@code name}. */
  Links withoutAll(String name) {
    return new Links(params.stream().filter(p -> !p.name().equals(name)).toList());
  }

  /** This state with {@code name} set to {@code value} (replacing earlier values). */
  Links with(String name, String value) {
    List<Param> kept = new ArrayList<>(withoutAll(name).params);
    int at = name.equals("q") ? 0 : kept.size();
    kept.add(at, new Param(name, value));
    return new Links(kept);
  }

  /** This state with {@code value} added to {@code name}'s values. */
  Links plus(String name, String value) {
    List<Param> kept = new ArrayList<>(params);
    kept.add(new Param(name, value));
    return new Links(kept);
  }

  /** The search page URL of this state, on {@code page}. */
  String page(int page) {
    return page <= 1 ? href() : with("page", Integer.toString(page)).href();
  }

  /** The search page URL of this state. */
  String href() {
    StringBuilder url = new StringBuilder("/");
    for (int i = 0; i < params.size(); i++) {
      url.append(i == 0 ? '?' : '&').append(params.get(i).name()).append('=').append(encode(params.get(i).value()));
    }
    return url.toString();
  }

  /** The article view of {@code articleId} for query {@code q}, scrolled to paragraph {@code n}. */
  static String article(String articleId, String q, Integer n) {
    StringBuilder url = new StringBuilder("/articles/").append(encodePath(articleId));
    if (q != null && !q.isBlank()) {
      url.append("?q=").append(encode(q.strip()));
    }
    if (n != null) {
      url.append("#p").append(n);
    }
    return url.toString();
  }

  /** The search page for {@code q} alone. */
  static String search(String q) {
    return q == null || q.isBlank() ? "/" : "/?q=" + encode(q.strip());
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String encodePath(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String first(Map<String, List<String>> raw, String name) {
    List<String> values = raw.get(name);
    return values == null || values.isEmpty() ? "" : values.get(0).strip();
  }
}
