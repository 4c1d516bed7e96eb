package corpussearch.indexer.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Picks the best-supported candidate for a field.
 *
 * <p>A candidate's score is the weight of the evidence that proposed it ({@link #WEIGHTS}: labelled
 * and top-of-page evidence weighs more than inferred and footer evidence) plus {@value #AGREEMENT}
 * for every other kind of evidence that names the same value, such as an outlet named in the
 * masthead, the copyright line and the site's domain. The highest score wins; among equals the one
 * highest on the page. Evidence of weight 0 (a domain name) only supports other candidates: on its
 * own it never makes a value.
 */
final class CandidateScoring {
  /** What one other, agreeing piece of evidence adds. */
  static final int AGREEMENT = 3;

  /** A squashed outlet name this long that starts another is the same publication's name. */
  private static final int MIN_PREFIX_CHARS = 8;

  private static final Map<String, Integer> WEIGHTS =
      Map.ofEntries(
          Map.entry(RuleNames.REPEATED_TITLE, 10),
          Map.entry(RuleNames.FIRST_LINE, 8),
          Map.entry(RuleNames.BY_LINE, 20),
          Map.entry(RuleNames.AUTHOR_LABEL, 20),
          Map.entry(RuleNames.POSTED_ON, 20),
          Map.entry(RuleNames.BYLINE_WITH_DATE, 20),
          Map.entry(RuleNames.ROLE_BYLINE, 18),
          Map.entry(RuleNames.NAME_WITH_DATE_LINE, 16),
          Map.entry(RuleNames.CREDIT_LINE, 16),
          Map.entry(RuleNames.WRITTEN_BY_BLOCK, 14),
          Map.entry(RuleNames.AUTHOR_SIGN_OFF, 10),
          Map.entry(RuleNames.COVERS_FOR, 9),
          Map.entry(RuleNames.AUTHOR_BIO, 6),
          Map.entry(RuleNames.DATE_LABEL, 20),
          Map.entry(RuleNames.WIRE_DATELINE, 17),
          Map.entry(RuleNames.DATELINE, 14),
          Map.entry(RuleNames.UPDATED_LABEL, 8),
          Map.entry(RuleNames.PAGE_DATE, 6),
          Map.entry(RuleNames.MASTHEAD, 20),
          Map.entry(RuleNames.OUTLET_SIGN_OFF, 14),
          Map.entry(RuleNames.OUTLET_DISCLAIMER, 10),
          Map.entry(RuleNames.SELF_DESCRIPTION, 8),
          Map.entry(RuleNames.COPYRIGHT_LINE, 6),
          Map.entry(RuleNames.DOMAIN_NAME, 0));

  private CandidateScoring() {}

  /** The best-supported candidate for {@code field}, spelled as the page best spells it. */
  static Optional<Candidate> best(MetadataField field, List<Candidate> candidates) {
    List<Candidate> own = candidates.stream().filter(c -> c.field() == field).toList();
    return own.stream()
        .filter(c -> weight(c) > 0)
        .max(
            Comparator.comparingInt((Candidate c) -> score(c, own))
                .thenComparing(Comparator.comparingInt(Candidate::line).reversed()))
        .map(winner -> respelled(winner, own));
  }

  /** Whether two candidates of one field name the same value. */
  static boolean agree(Candidate a, Candidate b) {
    if (a.field() != b.field()) {
      return false;
    }
    String x = key(a);
    String y = key(b);
    if (a.field() != MetadataField.OUTLET) {
      return x.equals(y);
    }
    return x.equals(y)
        || x.length() >= MIN_PREFIX_CHARS && y.startsWith(x)
        || y.length() >= MIN_PREFIX_CHARS && x.startsWith(y);
  }

  private static int score(Candidate candidate, List<Candidate> own) {
    long others =
        own.stream()
            .filter(other -> !other.rule().equals(candidate.rule()) && agree(candidate, other))
            .map(Candidate::rule)
            .distinct()
            .count();
    return weight(candidate) + AGREEMENT * (int) others;
  }

  private static int weight(Candidate candidate) {
    return WEIGHTS.getOrDefault(candidate.rule(), 1);
  }

  private static String key(Candidate candidate) {
    String value = candidate.value().toLowerCase(Locale.ROOT);
    if (candidate.field() != MetadataField.OUTLET) {
      return value;
    }
    return OutletNames.comparable(value).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /**
   * A name printed in capitals ("THE KESTREL BAY HERALD") takes the spelling of an agreeing
   * candidate in ordinary case, or else is put in title case.
   */
  private static Candidate respelled(Candidate winner, List<Candidate> own) {
    if (winner.field() == MetadataField.TITLE || !PageHeader.isCapitals(winner.value())) {
      return winner;
    }
    String spelling =
        own.stream()
            .filter(other -> weight(other) > 0 && agree(winner, other))
            .map(Candidate::value)
            .filter(value -> !PageHeader.isCapitals(value))
            .findFirst()
            .orElseGet(() -> titleCase(winner.value()));
    return new Candidate(
        winner.field(), spelling, winner.rule(), winner.line(), winner.sourceLines());
  }

  private static String titleCase(String capitals) {
    return java.util.Arrays.stream(capitals.toLowerCase(Locale.ROOT).split(" "))
        .map(word -> word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1))
        .collect(Collectors.joining(" "));
  }
}
