package corpussearch.api.web;

import corpussearch.api.facets.FacetValue;
import corpussearch.api.facets.FilterHint;
import corpussearch.api.service.Hit;
import corpussearch.api.search.LenientQueryParser;
import corpussearch.api.request.SearchParams;
import corpussearch.api.request.SearchRequest;
import corpussearch.api.service.SearchResult;
import corpussearch.api.search.UserQuery;
import corpussearch.indexer.index.IndexSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Turns a search and its result into the search template's model: plain values, links, text. */
final class SearchPage {

  /** Facet values shown before the "more" disclosure. */
  static final int SHOWN_VALUES = 8;

  /** What the form fields show: the request as typed. */
  record Form(String q, List<String> outlets, List<String> authors, String from, String to, String sort, boolean group) {}

  record SortOption(String value, String label, boolean selected) {}

  record FacetOption(String id, String label, String value, String count, boolean checked, boolean unknown) {}

  record FacetGroup(String name, String legend, List<FacetOption> shown, List<FacetOption> more, int active) {}

  record YearLink(String label, String count, String href, boolean current) {}

  record Result(String title, String href, MetaLine meta, OriginalLink original, String section, String highlight, String more,
      String moreHref) {}

  record PageLink(String label, String href, boolean current, boolean gap) {}

  record DropLink(String label, String href) {}

  record Suggestion(String text, String href) {}

  /** An outlet or author value that names nothing, with links to the nearest known values. */
  record FilterHintView(String dimension, String value, List<Suggestion> nearest) {}

  private SearchPage() {}

  /** The form as typed, for echoing back (also when the parameters were rejected). */
  static Form form(Map<String, List<String>> raw) {
    return new Form(first(raw, "q"), raw.getOrDefault("outlet", List.of()), raw.getOrDefault("author", List.of()),
        first(raw, "from"), first(raw, "to"), first(raw, "sort").isEmpty() ? "relevance" : first(raw, "sort"),
        "article".equals(first(raw, "group")));
  }

  static List<SortOption> sortOptions(String selected) {
    return List.of(new SortOption("relevance", "Relevance", selected.equals("relevance")),
        new SortOption("date", "Newest first", selected.equals("date")),
        new SortOption("date_asc", "Oldest first", selected.equals("date_asc")));
  }

  /** Whether the request asks for anything (a query or a filter) beyond the bare page. */
  static boolean asksForResults(SearchRequest request) {
    return !request.q().isEmpty() || filtered(request);
  }

  private static boolean filtered(SearchRequest request) {
    return !request.outlets().isEmpty() || !request.authors().isEmpty() || !request.sites().isEmpty()
        || request.from() != null || request.to() != null;
  }

  static Map<String, Object> model(SearchRequest request, SearchResult result, Map<String, List<String>> raw) {
    Links links = Links.of(request, raw);
    Map<String, Object> model = new HashMap<>();
    putFilters(model, request, result, links, raw);
    boolean asks = asksForResults(request);
    model.put("asks", asks);
    model.put("q", request.q());
    if (!asks) {
      model.put("intro", DisplayFormat.count(result.total(), "paragraph") + " from " + articles(result));
      return model;
    }
    putResults(model, request, result, links);
    return model;
  }

  /** The form, the facet boxes and the filters in force. */
  private static void putFilters(Map<String, Object> model, SearchRequest request, SearchResult result, Links links,
      Map<String, List<String>> raw) {
    model.put("form", form(raw));
    model.put("sortOptions", sortOptions(request.sort().param()));
    List<FacetGroup> groups = new ArrayList<>(List.of(
        facetGroup("outlet", "Outlet", result.facets().get(IndexSchema.FACET_OUTLET), request.outlets()),
        facetGroup("author", "Author", result.facets().get(IndexSchema.FACET_AUTHOR), request.authors())));
    List<FacetValue> sites = result.facets().get(IndexSchema.FACET_SITE);
    if (!request.sites().isEmpty() || sites.stream().anyMatch(site -> site.value() != null)) {
      // A corpus of plain text files has no addresses: a Site box with only "unknown" says nothing.
      groups.add(facetGroup("site", "Site", sites, request.sites()));
    }
    model.put("facets", groups);
    model.put("years", years(result.facets().get(IndexSchema.FACET_YEAR), links, raw));
    List<String> typed = typedFilters(request.q());
    model.put("typedFilters", typed);
    model.put("filtersActive", !typed.isEmpty() || filtered(request));
    model.put("filterHints", filterHints(result.filterHints(), request, links));
  }

  /** One page of results, with what leads to the other pages. */
  private static void putResults(Map<String, Object> model, SearchRequest request, SearchResult result, Links links) {
    model.put("title", request.q().isEmpty() ? "Browse" : request.q());
    model.put("summary", summary(result));
    model.put("timedOut", result.timedOut());
    List<Result> results = new ArrayList<>();
    for (Hit hit : result.hits()) {
      results.add(result(hit, request));
    }
    model.put("results", results);
    model.put("firstNumber", (request.page() - 1) * request.size() + 1);
    model.put("grouped", request.groupByArticle());
    long count = request.groupByArticle() ? result.totalArticles() : result.total();
    int lastPage = (int) Math.max(1, Math.min((count + request.size() - 1) / request.size(), SearchParams.MAX_DEPTH / request.size()));
    model.put("pageNumber", request.page());
    if (result.total() == 0) {
      model.put("noResults", true);
      model.put("dropLinks", dropLinks(request, links));
      if (result.suggestion() != null) {
        model.put("suggestion", new Suggestion(result.suggestion(), links.with("q", result.suggestion()).href()));
      }
    } else if (results.isEmpty()) {
      model.put("pastEnd", true);
      model.put("lastPageHref", links.page(lastPage));
      model.put("lastPage", lastPage);
    } else if (lastPage > 1) {
      model.put("pages", pages(request.page(), lastPage, links));
      model.put("prevHref", request.page() > 1 ? links.page(Math.min(request.page() - 1, lastPage)) : null);
      model.put("nextHref", request.page() < lastPage ? links.page(request.page() + 1) : null);
    }
  }

  /** The filters typed into {@code q} ({@code outlet:"…"}), as "outlet “…”", for the filter box. */
  private static List<String> typedFilters(String q) {
    UserQuery query = new LenientQueryParser().parse(q);
    return query.filters().stream().map(part -> part.scope().name().toLowerCase(Locale.ROOT) + " “" + part.text() + "”").toList();
  }

  /**
   * The hints for unknown filter values; a value given as a parameter links to the same search
   * with each nearest known value in its place (one typed into the query is named only).
   */
  private static List<FilterHintView> filterHints(List<FilterHint> hints, SearchRequest request, Links links) {
    List<FilterHintView> views = new ArrayList<>();
    for (FilterHint hint : hints) {
      List<String> given = hint.dimension().equals(IndexSchema.FACET_OUTLET) ? request.outlets() : request.authors();
      List<Suggestion> nearest = hint.nearest().stream().map(value -> new Suggestion(value, given.contains(hint.value())
          ? links.without(hint.dimension(), hint.value()).plus(hint.dimension(), value).withoutAll("page").href() : null)).toList();
      views.add(new FilterHintView(hint.dimension(), hint.value(), nearest));
    }
    return views;
  }

  private static String summary(SearchResult result) {
    String paragraphs = DisplayFormat.count(result.total(), "paragraph");
    return paragraphs + " in " + articles(result) + (result.total() == 1 ? " matches" : " match") + " · " + DisplayFormat.millis(result.tookMs());
  }

  /** "12 articles", or "about 41,234 articles" when the count is an estimate. */
  private static String articles(SearchResult result) {
    String articles = DisplayFormat.count(result.totalArticles(), "article");
    return "eq".equals(result.totalArticlesRelation()) ? articles : "about " + articles;
  }

  private static Result result(Hit hit, SearchRequest request) {
    String more = null;
    String moreHref = null;
    if (hit.matches() != null && hit.matches() > 1) {
      int others = hit.matches() - 1;
      more = others + " more matching paragraph" + (others == 1 ? "" : "s") + " in this article";
      moreHref = Links.article(hit.articleId(), request.q(), null);
    }
    return new Result(hit.title() == null || hit.title().isBlank() ? "Untitled article" : hit.title(),
        Links.article(hit.articleId(), request.q(), hit.paragraph()), MetaLine.of(hit.outlet(), hit.author(), hit.date()),
        OriginalLink.of(hit.url()), hit.section(), hit.highlight(), more, moreHref);
  }

  /**
   * Facets for a rejected request: no counts, only the values the URL ticked, so they can still
   * be unticked.
   */
  static List<FacetGroup> uncounted(Map<String, List<String>> raw) {
    return List.of(
        facetGroup("outlet", "Outlet", List.of(), ticked(raw, "outlet")),
        facetGroup("author", "Author", List.of(), ticked(raw, "author")),
        facetGroup("site", "Site", List.of(), ticked(raw, "site")));
  }

  private static List<String> ticked(Map<String, List<String>> raw, String name) {
    List<String> values = new ArrayList<>();
    for (String value : raw.getOrDefault(name, List.of())) {
      String stripped = value.strip();
      if (!values.contains(stripped.isEmpty() ? null : stripped)) {
        values.add(stripped.isEmpty() ? null : stripped);
      }
    }
    return values;
  }

  private static FacetGroup facetGroup(String name, String legend, List<FacetValue> values, List<String> selected) {
    List<FacetValue> counted = values == null ? List.of() : values;
    List<FacetOption> options = new ArrayList<>();
    Map<String, Boolean> seen = new LinkedHashMap<>();
    int i = 0;
    for (FacetValue value : counted) {
      seen.put(Objects.toString(value.value(), ""), true);
      options.add(option(name, i++, value.value(), value.count(), selected.contains(value.value())));
    }
    // a ticked value that no longer matches anything stays visible, so it can be unticked
    for (String value : selected) {
      if (!seen.containsKey(Objects.toString(value, ""))) {
        options.add(option(name, i++, value, -1, true));
      }
    }
    List<FacetOption> shown = new ArrayList<>();
    List<FacetOption> more = new ArrayList<>();
    for (FacetOption option : options) {
      (shown.size() < SHOWN_VALUES || option.checked() ? shown : more).add(option);
    }
    return new FacetGroup(name, legend, shown, more, selected.size());
  }

  private static FacetOption option(String name, int i, String value, long count, boolean checked) {
    return new FacetOption(name + "-" + i, value == null ? "unknown" : value, value == null ? "" : value,
        count < 0 ? null : DisplayFormat.number(count), checked, value == null);
  }

  private static List<YearLink> years(List<FacetValue> values, Links links, Map<String, List<String>> raw) {
    List<YearLink> years = new ArrayList<>();
    if (values == null) {
      return years;
    }
    String from = first(raw, "from");
    String to = first(raw, "to");
    values.stream().filter(v -> v.value() != null).sorted((a, b) -> a.value().compareTo(b.value())).forEach(v -> {
      String href = links.with("from", v.value()).with("to", v.value()).withoutAll("page").href();
      years.add(new YearLink(v.value(), DisplayFormat.number(v.count()), href, v.value().equals(from) && v.value().equals(to)));
    });
    return years;
  }

  private static List<DropLink> dropLinks(SearchRequest request, Links links) {
    List<DropLink> drops = new ArrayList<>();
    for (String outlet : request.outlets()) {
      drops.add(new DropLink("outlet: " + DisplayFormat.orUnknown(outlet), links.without("outlet", outlet).href()));
    }
    for (String author : request.authors()) {
      drops.add(new DropLink("author: " + DisplayFormat.orUnknown(author), links.without("author", author).href()));
    }
    for (String site : request.sites()) {
      drops.add(new DropLink("site: " + DisplayFormat.orUnknown(site), links.without("site", site).href()));
    }
    if (request.from() != null || request.to() != null) {
      drops.add(new DropLink("date range", links.withoutAll("from").withoutAll("to").href()));
    }
    if (drops.size() > 1) {
      drops.add(new DropLink("all filters", Links.search(request.q())));
    }
    return drops;
  }

  private static List<PageLink> pages(int current, int last, Links links) {
    List<PageLink> pages = new ArrayList<>();
    int from = Math.max(1, current - 2);
    int to = Math.min(last, current + 2);
    if (from > 1) {
      pages.add(new PageLink("1", links.page(1), false, false));
      if (from > 2) {
        pages.add(new PageLink("…", null, false, true));
      }
    }
    for (int p = from; p <= to; p++) {
      pages.add(new PageLink(Integer.toString(p), links.page(p), p == current, false));
    }
    if (to < last) {
      if (to < last - 1) {
        pages.add(new PageLink("…", null, false, true));
      }
      pages.add(new PageLink(Integer.toString(last), links.page(last), false, false));
    }
    return pages;
  }

  static String first(Map<String, List<String>> raw, String name) {
    List<String> values = raw.get(name);
    return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
  }
}
