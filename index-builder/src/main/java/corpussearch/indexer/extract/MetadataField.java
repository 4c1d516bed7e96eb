package corpussearch.indexer.extract;

import java.util.Locale;

/** The article-level metadata fields that the extractor works out and the report explains. */
public enum MetadataField {
  TITLE,
  AUTHOR,
  OUTLET,
  DATE;

  /** The lower-case name used in reports, {@code metadata.csv} headers and JSON. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
