package corpussearch.indexer.extract;

import java.util.EnumMap;
import java.util.Map;

/**
 * Title, author, outlet and date of one article, each with the rule that produced it. Dates are
 * ISO {@code YYYY-MM-DD}.
 */
public record ArticleMetadata(
    FieldValue title, FieldValue author, FieldValue outlet, FieldValue date) {

  /** Metadata with every field unknown. */
  public static ArticleMetadata empty() {
    return new ArticleMetadata(
        FieldValue.unknown(), FieldValue.unknown(), FieldValue.unknown(), FieldValue.unknown());
  }

  /** The value of {@code field}. */
  public FieldValue get(MetadataField field) {
    return switch (field) {
      case TITLE -> title;
      case AUTHOR -> author;
      case OUTLET -> outlet;
      case DATE -> date;
    };
  }

  /** A copy with {@code field} replaced by {@code value}. */
  public ArticleMetadata with(MetadataField field, FieldValue value) {
    Map<MetadataField, FieldValue> values = asMap();
    values.put(field, value);
    return new ArticleMetadata(
        values.get(MetadataField.TITLE),
        values.get(MetadataField.AUTHOR),
        values.get(MetadataField.OUTLET),
        values.get(MetadataField.DATE));
  }

  /** The fields in declaration order. */
  public Map<MetadataField, FieldValue> asMap() {
    Map<MetadataField, FieldValue> values = new EnumMap<>(MetadataField.class);
    for (MetadataField field : MetadataField.values()) {
      values.put(field, get(field));
    }
    return values;
  }
}
