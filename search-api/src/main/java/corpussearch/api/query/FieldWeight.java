package corpussearch.api.query;

/**
 * A field a match is searched on, and what its score counts for there (1 for the paragraph
 * text; titles and section headings count for less).
 */
public record FieldWeight(String field, float weight) {}
