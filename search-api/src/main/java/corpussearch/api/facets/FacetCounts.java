package corpussearch.api.facets;

import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/** Reads Lucene {@link Facets} into the API's shape: per dimension, values by count. */
public final class FacetCounts {

  /** The facet dimensions the API reports, in order. */
  public static final List<String> DIMENSIONS =
      List.of(IndexSchema.FACET_OUTLET, IndexSchema.FACET_AUTHOR, IndexSchema.FACET_SITE, IndexSchema.FACET_YEAR);

  /** The order values are reported in: most frequent first, ties by value, "unknown" last. */
  public static final Comparator<FacetValue> ORDER = Comparator.comparingLong(FacetValue::count).reversed()
      .thenComparing(FacetValue::value, Comparator.nullsLast(Comparator.naturalOrder()));

  /** Most values reported per dimension. */
  public static final int MAX_VALUES = 200;

  private FacetCounts() {}

  /** Counts per dimension, most frequent first, ties by value; "unknown" is {@code null}. */
  public static Map<String, List<FacetValue>> of(Facets facets) throws IOException {
    Map<String, List<FacetValue>> result = new LinkedHashMap<>();
    for (String dim : DIMENSIONS) {
      result.put(dim, values(facets, dim));
    }
    return result;
  }

  /** No values in any dimension: the counts of an index without facets. */
  public static Map<String, List<FacetValue>> none() {
    Map<String, List<FacetValue>> result = new LinkedHashMap<>();
    DIMENSIONS.forEach(dim -> result.put(dim, List.of()));
    return result;
  }

  private static List<FacetValue> values(Facets facets, String dim) throws IOException {
    List<FacetValue> values = new ArrayList<>();
    FacetResult counts;
    try {
      counts = facets.getTopChildren(MAX_VALUES, dim);
    } catch (IllegalArgumentException noSuchDimension) {
      return values;
    }
    if (counts == null) {
      return values;
    }
    for (LabelAndValue label : counts.labelValues) {
      values.add(new FacetValue(IndexSchema.facetValue(label.label), label.value.longValue()));
    }
    values.sort(ORDER);
    return values;
  }
}
