package corpussearch.api.facets;

/**
 * One facet value and how many paragraphs carry it.
 *
 * @param value the outlet, author or year; null for "unknown"
 * @param count matching paragraphs
 */
public record FacetValue(String value, long count) {}
