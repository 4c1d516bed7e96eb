package corpussearch.api.filter;

import corpussearch.indexer.index.IndexSchema;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.Query;

/**
 * What a search's filters let through, built once per request: several values of one dimension
 * widen it (OR), dimensions narrow each other (AND), and a date range keeps the dated paragraphs
 * in it. Ranking runs {@link #drillDown}; counting checks {@link #labels} and {@link #days}
 * against each article's facet values; both read the same values, so they cannot disagree.
 *
 * @param labels per filtered facet dimension ({@code IndexSchema.FACET_*}), the facet labels it
 *     lets through; an unfiltered dimension is absent
 * @param days the days let through, or null when dates are not filtered (then undated paragraphs
 *     pass too)
 */
public record Filters(Map<String, List<String>> labels, DayRange days) {

  public Filters {
    labels = Map.copyOf(labels);
  }

  /**
   * The filters of a request whose values are resolved to the index's own (a null value stands
   * for "unknown"; a value the index lacks lets nothing through).
   *
   * @param from first day included, or null
   * @param to last day included, or null
   */
  public static Filters of(List<String> outlets, List<String> authors, List<String> sites, LocalDate from, LocalDate to) {
    Map<String, List<String>> labels = new LinkedHashMap<>();
    put(labels, IndexSchema.FACET_OUTLET, outlets);
    put(labels, IndexSchema.FACET_AUTHOR, authors);
    put(labels, IndexSchema.FACET_SITE, sites);
    return new Filters(labels, from == null && to == null ? null : DayRange.of(from, to));
  }

  private static void put(Map<String, List<String>> labels, String dim, List<String> values) {
    if (!values.isEmpty()) {
      labels.put(dim, values.stream().map(IndexSchema::facetLabel).distinct().toList());
    }
  }

  /** {@code base} restricted to what the filters let through, as Lucene's facet module drills down. */
  public DrillDownQuery drillDown(Query base) {
    DrillDownQuery query = new DrillDownQuery(IndexSchema.facetsConfig(), base);
    labels.forEach((dim, values) -> values.forEach(label -> query.add(dim, label)));
    if (days != null) {
      // dates drill down as the year dimension, so multi-select counting treats them as one
      query.add(IndexSchema.FACET_YEAR, days.query(IndexSchema.DATE_DAY));
    }
    return query;
  }
}
