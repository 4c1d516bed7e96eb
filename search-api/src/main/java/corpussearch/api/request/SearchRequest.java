package corpussearch.api.request;

import corpussearch.api.filter.Filters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A validated search: what to find, how to filter, sort and page.
 *
 * @param q the query as typed ("" to browse)
 * @param outlets outlet filter values (OR); {@code null} in the list stands for "unknown"
 * @param authors author filter values (OR); {@code null} in the list stands for "unknown"
 * @param sites site filter values (OR): host names without {@code www.}, lower case; {@code null}
 *     in the list stands for "no address"
 * @param from first day included, or null
 * @param to last day included, or null
 * @param sort result order
 * @param page 1-based page number
 * @param size hits per page
 * @param groupByArticle one hit per article (its best paragraph) instead of one per paragraph
 * @param facets whether facet values are counted (totals are counted either way)
 * @param highlight whether hits carry a highlighted passage
 */
public record SearchRequest(
    String q,
    List<String> outlets,
    List<String> authors,
    List<String> sites,
    LocalDate from,
    LocalDate to,
    SortOrder sort,
    int page,
    int size,
    boolean groupByArticle,
    boolean facets,
    boolean highlight) {

  public SearchRequest {
    q = q == null ? "" : q;
    outlets = Collections.unmodifiableList(new ArrayList<>(outlets));
    authors = Collections.unmodifiableList(new ArrayList<>(authors));
    sites = Collections.unmodifiableList(new ArrayList<>(sites));
  }

  /** What this request's filters let through (its values as given: resolve them first). */
  public Filters filters() {
    return Filters.of(outlets, authors, sites, from, to);
  }

  /**
   * This request with facet counts and highlights, whatever it asked: the web page always shows
   * both.
   */
  public SearchRequest withFacetsAndHighlights() {
    return new SearchRequest(q, outlets, authors, sites, from, to, sort, page, size, groupByArticle, true, true);
  }

  /**
   * This request with the outlet and author filters typed into the query ({@code outlet:"…"},
   * {@code author:…}) added to those given as parameters: one more value of a dimension widens it
   * (OR), as one more parameter value does.
   */
  public SearchRequest plusFilters(List<String> typedOutlets, List<String> typedAuthors) {
    return withFilters(union(outlets, typedOutlets), union(authors, typedAuthors));
  }

  /** This request with other outlet and author filters. */
  public SearchRequest withFilters(List<String> outlets, List<String> authors) {
    return new SearchRequest(q, outlets, authors, sites, from, to, sort, page, size, groupByArticle, facets, highlight);
  }

  private static List<String> union(List<String> given, List<String> typed) {
    Set<String> values = new LinkedHashSet<>(given);
    values.addAll(typed);
    return new ArrayList<>(values);
  }

  /** Result order. */
  public enum SortOrder {
    RELEVANCE("relevance"),
    DATE("date"),
    DATE_ASC("date_asc");

    private final String param;

    SortOrder(String param) {
      this.param = param;
    }

    /** The value of the {@code sort} parameter. */
    public String param() {
      return param;
    }
  }
}
