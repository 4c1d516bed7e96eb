package corpussearch.indexer.extract;

/**
 * One metadata value and the name of the rule that produced it.
 *
 * @param value the value, or {@code null} when the text does not say (never invented)
 * @param rule the rule that found the value (for example {@code "byline-with-date"}), or {@code
 *     null} when the value is unknown
 */
public record FieldValue(String value, String rule) {

  private static final FieldValue UNKNOWN = new FieldValue(null, null);

  /** A value the text does not give. */
  public static FieldValue unknown() {
    return UNKNOWN;
  }

  /** A value found by {@code rule}. */
  public static FieldValue of(String value, String rule) {
    return new FieldValue(value, rule);
  }

  /** Whether a value was found. */
  public boolean isKnown() {
    return value != null;
  }
}
