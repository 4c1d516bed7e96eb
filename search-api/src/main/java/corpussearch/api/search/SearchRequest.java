package corpussearch.api.search;

import java.time.LocalDate;
import java.util.List;

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
    outlets = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(outlets));
    authors = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(authors));
    sites = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(sites));
  }

  /**
   * This request with facet counts and highlights, whatever it asked: the web page always shows
   * both.
   */
  public SearchRequest withFacetsAndHighlights() {
    return new SearchRequest(q, outlets, authors, sites, from, to, sort, page, size, groupByArticle, true, true);
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
