package corpussearch.api.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corpussearch.api.facets.FacetCounts;
import corpussearch.api.filter.DayRange;
import corpussearch.api.filter.Filters;
import corpussearch.indexer.index.IndexSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search's {@link Filters} as query DSL: the {@code post_filter} that narrows the hits, and the
 * aggregations that count what {@code MatchCounter} counts for Lucene, multi-select. Each facet
 * dimension is one {@code filter} aggregation under every filter but its own (the date range is
 * the year dimension's own), around a {@code terms} aggregation of its
 * {@value FacetCounts#MAX_VALUES} most frequent values with {@code missing} standing for
 * "unknown"; distinct articles are a {@code cardinality} of the article id under every filter.
 * Aggregations see the query's matches before the {@code post_filter}, which is what makes the
 * dimensions' counts multi-select.
 */
final class FilterDsl {

  /** The aggregation of distinct articles, and the one inside each facet aggregation. */
  static final String ARTICLES = "articles";
  static final String COUNT = "count";
  static final String VALUES = "values";

  private final Map<String, ObjectNode> byDimension = new LinkedHashMap<>();

  /** @param filters the request's filters, or null for none */
  FilterDsl(Filters filters) {
    if (filters != null) {
      filters.labels().forEach((dim, labels) -> byDimension.put(dim, values(OpenSearchFields.FACET_FIELDS.get(dim), labels)));
      if (filters.days() != null) {
        byDimension.put(IndexSchema.FACET_YEAR, days(filters.days()));
      }
    }
  }

  /** Every filter, or null when there is none. */
  ObjectNode postFilter() {
    return byDimension.isEmpty() ? null : allBut(null);
  }

  /**
   * The aggregations: distinct articles always, counted exactly up to {@code exactArticles}
   * ({@link SearchDsl#EXACT_ARTICLES}); per dimension its values when {@code facets} is set.
   */
  ObjectNode aggregations(boolean facets, int exactArticles) {
    ObjectNode aggs = Dsl.JSON.objectNode();
    ObjectNode articles = aggs.putObject(ARTICLES).<ObjectNode>set("filter", allBut(null)).putObject("aggs").putObject(COUNT);
    articles.putObject("cardinality").put("field", IndexSchema.ARTICLE_ID).put("precision_threshold", exactArticles);
    if (facets) {
      for (String dim : FacetCounts.DIMENSIONS) {
        ObjectNode terms = aggs.putObject(dim).<ObjectNode>set("filter", allBut(dim)).putObject("aggs").putObject(VALUES)
            .putObject("terms").put("field", OpenSearchFields.FACET_FIELDS.get(dim)).put("size", FacetCounts.MAX_VALUES)
            .put("missing", IndexSchema.UNKNOWN_FACET_VALUE);
        terms.putArray("order").add(Dsl.JSON.objectNode().put("_count", "desc")).add(Dsl.JSON.objectNode().put("_key", "asc"));
      }
    }
    return aggs;
  }

  /** Every filter except the one of dimension {@code dim} (null: every filter); all documents when none is left. */
  private ObjectNode allBut(String dim) {
    Dsl.Bool all = Dsl.bool();
    boolean any = false;
    for (Map.Entry<String, ObjectNode> filter : byDimension.entrySet()) {
      if (!filter.getKey().equals(dim)) {
        all.filter(filter.getValue());
        any = true;
      }
    }
    return any ? all.build() : Dsl.matchAll();
  }

  /** The documents whose {@code field} is one of {@code labels}; the unknown label stands for no value. */
  private static ObjectNode values(String field, List<String> labels) {
    List<String> known = labels.stream().filter(label -> IndexSchema.facetValue(label) != null).toList();
    Dsl.Bool either = Dsl.bool();
    if (!known.isEmpty()) {
      ObjectNode terms = Dsl.JSON.objectNode();
      terms.putArray(field).addAll(known.stream().map(Dsl.JSON::textNode).toList());
      either.should(Dsl.clause("terms", terms));
    }
    if (known.size() < labels.size()) {
      either.should(Dsl.bool().mustNot(Dsl.clause("exists", Dsl.JSON.objectNode().put("field", field))).build());
    }
    return either.build();
  }

  /** The dated documents whose day is in {@code days} (undated ones never are). */
  private static ObjectNode days(DayRange days) {
    ObjectNode range = Dsl.JSON.objectNode();
    if (days.first() != Long.MIN_VALUE) {
      range.put("gte", days.first());
    }
    if (days.last() != Long.MAX_VALUE) {
      range.put("lte", days.last());
    }
    return range.isEmpty() ? Dsl.clause("exists", Dsl.JSON.objectNode().put("field", IndexSchema.DATE_DAY))
        : Dsl.onField("range", IndexSchema.DATE_DAY, range);
  }
}
