package corpussearch.api.query;

/**
 * One thing the person asked for: a word, a multi-word alias, a quoted phrase, a prefix or an
 * {@code OR} group.
 *
 * @param exact what matches it without a typo: the words as typed (counted twice when they have
 *     aliases, so that the words as typed beat an alias of them) and every alias, on its fields
 * @param typo its typo alternative ({@link Match.Typo}, or the best of one per field), or null
 *     (none for short words, phrases, prefixes, aliases)
 * @param noise whether it is a noise word ({@code NoiseWords}): it adds to scores but decides no
 *     match
 * @param word its single analysed word on the paragraph text, or null when it is not one word
 *     searched there; neighbouring words earn a proximity bonus
 */
public record Concept(Match exact, Match typo, boolean noise, String word) {

  /** A concept that is neither a noise word nor a single word, without typos. */
  public Concept(Match exact) {
    this(exact, null, false, null);
  }

  /** This concept without its typo alternative. */
  public Concept withoutTypo() {
    return new Concept(exact, null, noise, word);
  }

  /** This concept matching {@code matching} without a typo instead. */
  public Concept withExact(Match matching) {
    return new Concept(matching, typo, noise, word);
  }

  /** The clauses of its exact alternatives and its typo alternative together. */
  public int clauses() {
    return exact.clauses() + (typo == null ? 0 : typo.clauses());
  }
}
