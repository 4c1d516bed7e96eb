package corpussearch.api.facets;

import java.util.List;

/**
 * A filter value the index does not know, with the known values nearest to it.
 *
 * @param dimension the filtered dimension ({@code outlet}, {@code author})
 * @param value the value as requested
 * @param nearest up to {@value FilterValues#MAX_HINTS} known values, nearest first (may be empty)
 */
public record FilterHint(String dimension, String value, List<String> nearest) {

  public FilterHint {
    nearest = List.copyOf(nearest);
  }
}
