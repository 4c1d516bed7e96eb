package corpussearch.indexer.extract;

import java.util.Set;

/**
 * One value proposed by a rule. {@link MetadataExtractor} picks one candidate per field.
 *
 * @param field the field the value is for
 * @param value the value as it will be reported
 * @param rule the rule name (see {@link RuleNames})
 * @param line the line the value was read from; orders candidates of equal precedence
 * @param sourceLines the lines that become metadata lines if this value is the one reported (or
 *     agrees with it)
 */
record Candidate(
    MetadataField field, String value, String rule, int line, Set<Integer> sourceLines) {

  Candidate {
    sourceLines = Set.copyOf(sourceLines);
  }

  static Candidate of(MetadataField field, String value, String rule, int line) {
    return new Candidate(field, value, rule, line, Set.of(line));
  }
}
