package corpussearch.indexer.extract;

import java.util.List;

/** Builds small inline articles for the extractor tests. */
final class Articles {
  private Articles() {}

  static Extraction extract(String... lines) {
    return new MetadataExtractor().extract(List.of(lines));
  }

  /** A body paragraph long enough to count as body text, about {@code topic}. */
  static String paragraph(String topic) {
    return "Officials said on the record that the situation around "
        + topic
        + " had changed considerably over the past months, and that several agencies were now"
        + " reviewing their plans, budgets and staffing in light of the new figures released by"
        + " the regional statistics office earlier this week in the capital.";
  }

  static FieldValue field(Extraction extraction, MetadataField field) {
    return extraction.metadata().get(field);
  }
}
