package corpussearch.indexer.extract;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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

  private static final Pattern NAME_SEPARATOR =
      Pattern.compile("\\s*,\\s*|\\s+and\\s+|\\s*&\\s*");

  private static final Map<String, Integer> WEIGHTS =
      Map.ofEntries(
          Map.entry(RuleNames.REPEATED_TITLE, 10),
          Map.entry(RuleNames.FIRST_LINE, 8),
          Map.entry(RuleNames.OVER_BYLINE, 8),
          Map.entry(RuleNames.HEADING_MARK, 10),
          Map.entry(RuleNames.BELOW_REPEATED_NAME, 10),
          Map.entry(RuleNames.BY_LINE, 20),
          Map.entry(RuleNames.AUTHOR_LABEL, 20),
          Map.entry(RuleNames.POSTED_ON, 20),
          Map.entry(RuleNames.BYLINE_WITH_DATE, 20),
          Map.entry(RuleNames.ROLE_BYLINE, 18),
          Map.entry(RuleNames.SEGMENTED_BYLINE, 18),
          Map.entry(RuleNames.NAME_WITH_DATE_LINE, 16),
          Map.entry(RuleNames.NAME_ABOVE_EMAIL, 16),
          Map.entry(RuleNames.NAME_UNDER_PORTRAIT, 16),
          Map.entry(RuleNames.NAME_UNDER_HEADLINE, 15),
          Map.entry(RuleNames.CREDIT_LINE, 16),
          Map.entry(RuleNames.WRITTEN_BY_BLOCK, 14),
          Map.entry(RuleNames.AUTHOR_SIGN_OFF, 10),
          Map.entry(RuleNames.COVERS_FOR, 9),
          Map.entry(RuleNames.SIGNATURE, 12),
          Map.entry(RuleNames.AUTHOR_BIO, 6),
          Map.entry(RuleNames.MORE_BY, 5),
          Map.entry(RuleNames.DATE_LABEL, 20),
          Map.entry(RuleNames.RELEASE_DATE, 21),
          Map.entry(RuleNames.WIRE_DATELINE, 17),
          Map.entry(RuleNames.DATELINE, 14),
          Map.entry(RuleNames.LEAD_DATELINE, 13),
          Map.entry(RuleNames.FIRST_APPEARED_DATE, 14),
          Map.entry(RuleNames.PRINT_EDITION_DATE, 12),
          Map.entry(RuleNames.UPDATED_LABEL, 8),
          Map.entry(RuleNames.PAGE_DATE, 6),
          Map.entry(RuleNames.SENT_DATE, 5),
          Map.entry(RuleNames.MASTHEAD, 20),
          Map.entry(RuleNames.REPEATED_NAME, 21),
          Map.entry(RuleNames.OUTLET_SIGN_OFF, 14),
          Map.entry(RuleNames.OUTLET_WITH_DATE, 14),
          Map.entry(RuleNames.TITLE_SUFFIX, 12),
          Map.entry(RuleNames.TITLE_PREFIX, 12),
          Map.entry(RuleNames.OUTLET_DISCLAIMER, 10),
          Map.entry(RuleNames.SELF_DESCRIPTION, 8),
          Map.entry(RuleNames.ROLE_LINE, 12),
          Map.entry(RuleNames.COPYRIGHT_LINE, 6),
          Map.entry(RuleNames.POSTAL_ADDRESS, 10),
          Map.entry(RuleNames.LETTERHEAD, 18),
          Map.entry(RuleNames.SITE_UNDER_HEADLINE, 16),
          Map.entry(RuleNames.FIELD_BLOCK, 18),
          Map.entry(RuleNames.CITATION_LINE, 18),
          Map.entry(RuleNames.APPEARED_FIRST_ON, 16),
          Map.entry(RuleNames.RUNNING_HEADER, 12),
          Map.entry(RuleNames.WIRE_STAMP, 10),
          Map.entry(RuleNames.SHARE_FOOTER, 10),
          Map.entry(RuleNames.SOURCE_LINE, 14),
          Map.entry(RuleNames.TEXT_CREDIT, 14),
          Map.entry(RuleNames.NAMED_WITH_INITIALS, 12),
          Map.entry(RuleNames.HOST_WORDS, 5),
          Map.entry(RuleNames.HOME_LINK, 16),
          Map.entry(RuleNames.FEED_TITLE, 12),
          Map.entry(RuleNames.SEEN_BY, 5),
          Map.entry(RuleNames.DOMAIN_NAME, 0));

  /** A name of one short word in capitals: initials, "RTSI", "CAPA". */
  private static final Pattern ONE_SHORT_WORD = Pattern.compile("\\p{Lu}{2,5}");

  private CandidateScoring() {}

  /** The best-supported candidate for {@code field}, spelled as the page best spells it. */
  static Optional<Candidate> best(MetadataField field, List<Candidate> candidates) {
    List<Keyed> own =
        candidates.stream().filter(c -> c.field() == field).map(Keyed::of).toList();
    return own.stream()
        .filter(k -> weight(k.candidate()) > 0)
        .max(
            Comparator.comparingInt((Keyed k) -> score(k, own))
                .thenComparing(Comparator.comparingInt((Keyed k) -> k.candidate().line()).reversed()))
        .map(winner -> spelledOut(withoutOrganisationTail(expanded(winner, own), own), own))
        .map(winner -> AgencyCopy.host(winner.candidate(), candidates).map(Keyed::of).orElse(winner))
        .map(winner -> respelled(winner, own));
  }

  /**
   * An outlet given by its initials ("BPA" in a wire dateline) is reported under the name other
   * evidence spells them out with ("Copyright Baltora Press Agency"), as readers would name it.
   */
  private static Keyed spelledOut(Keyed winner, List<Keyed> own) {
    Candidate won = winner.candidate();
    if (won.field() != MetadataField.OUTLET) {
      return winner;
    }
    return own.stream()
        .map(Keyed::candidate)
        .filter(other -> weight(other) > 0 && OutletInitials.isInitialsOf(won.value(), other.value()))
        .findFirst()
        .map(other -> Keyed.of(new Candidate(won.field(), other.value(), won.rule(), won.line(), won.sourceLines())))
        .orElse(winner);
  }

  /**
   * An outlet named short by one piece of evidence only ("Hanbit" in a wire dateline) is reported
   * under the full name another names it by ("(C) Hanbit News Agency"), its short name plus
   * organisation words; a short name other evidence also uses is the name the outlet signs with
   * ({@link #withoutOrganisationTail}), though not a domain ("nordstar.example"), which never
   * spells a name out. Only an agency's or a service's name is the fuller name of the outlet:
   * "Harrowgate Courier Media", the company in a legal line, is another one.
   */
  private static Keyed expanded(Keyed winner, List<Keyed> own) {
    Candidate won = winner.candidate();
    String key = OutletNames.comparable(won.value());
    boolean signedShort = own.stream().map(Keyed::candidate)
        .anyMatch(other -> !other.rule().equals(won.rule()) && weight(other) > 0 && OutletNames.comparable(other.value()).equals(key));
    if (won.field() != MetadataField.OUTLET || signedShort) {
      return winner;
    }
    return own.stream()
        .map(Keyed::candidate)
        .filter(other -> weight(other) > 0 && !other.rule().equals(won.rule()))
        .filter(other -> AgencyCopy.AGENCY_NAME.matcher(other.value()).matches())
        .filter(other -> OutletNames.withoutOrganisationWords(other.value()).map(OutletNames::comparable).filter(key::equals).isPresent())
        .findFirst()
        .map(other -> Keyed.of(new Candidate(won.field(), other.value(), won.rule(), won.line(), won.sourceLines())))
        .orElse(winner);
  }

  /** Whether two candidates of one field name the same value. */
  static boolean agree(Candidate a, Candidate b) {
    return a.field() == b.field() && Keyed.of(a).agrees(Keyed.of(b));
  }

  private static int score(Keyed candidate, List<Keyed> own) {
    long others =
        own.stream()
            .filter(o -> !o.candidate().rule().equals(candidate.candidate().rule()))
            .filter(candidate::agrees)
            .map(o -> o.candidate().rule())
            .distinct()
            .count();
    return weight(candidate.candidate()) + AGREEMENT * (int) others;
  }

  private static int weight(Candidate candidate) {
    return WEIGHTS.getOrDefault(candidate.rule(), 1);
  }

  /** A candidate with the form of its value that spellings of one value share. */
  private record Keyed(Candidate candidate, String key) {
    static Keyed of(Candidate candidate) {
      String value = candidate.value().toLowerCase(Locale.ROOT);
      return new Keyed(
          candidate,
          candidate.field() == MetadataField.OUTLET
              ? OutletNames.comparable(value).replaceAll("[^\\p{L}\\p{N}]", "")
              : value);
    }

    /**
     * Outlets also agree when one name starts the other ("Northern Chronicle Media"), authors when
     * one is among the other's names (a bio of one of three reporters).
     */
    boolean agrees(Keyed other) {
      if (key.equals(other.key)) {
        return true;
      }
      return switch (candidate.field()) {
        case OUTLET ->
            key.length() >= MIN_PREFIX_CHARS && other.key.startsWith(key)
                || other.key.length() >= MIN_PREFIX_CHARS && key.startsWith(other.key)
                || OutletInitials.isInitialsOf(candidate.value(), other.candidate.value())
                || OutletInitials.isInitialsOf(other.candidate.value(), candidate.value());
        case AUTHOR -> names(key).containsAll(names(other.key)) || names(other.key).containsAll(names(key));
        default -> false;
      };
    }

    private static Set<String> names(String authors) {
      return Arrays.stream(NAME_SEPARATOR.split(authors)).collect(Collectors.toSet());
    }
  }

  /**
   * An outlet whose name is another candidate's name plus an organisation word ("Nordpress News
   * Agency" beside the dateline's and copyright line's "Nordpress") is reported as the shorter
   * name, by which the publication signs its work; the shorter candidate must come from other
   * evidence, and no other evidence may sign with the full name ("(c) NordStar News Agency, 2025"
   * under the masthead's).
   */
  private static Keyed withoutOrganisationTail(Keyed winner, List<Keyed> own) {
    Candidate won = winner.candidate();
    Optional<String> shorter = OutletNames.withoutOrganisationWords(won.value());
    String full = OutletNames.comparable(won.value());
    boolean signedInFull = own.stream().map(Keyed::candidate)
        .anyMatch(other -> weight(other) > 0 && !other.rule().equals(won.rule()) && OutletNames.comparable(other.value()).equals(full));
    if (won.field() != MetadataField.OUTLET || shorter.isEmpty() || signedInFull) {
      return winner;
    }
    String brand = OutletNames.comparable(shorter.get());
    return own.stream()
        .map(Keyed::candidate)
        .filter(other -> weight(other) > 0 && !other.rule().equals(won.rule()))
        .filter(other -> OutletNames.comparable(other.value()).equals(brand))
        .findFirst()
        .map(other -> Keyed.of(new Candidate(won.field(), other.value(), other.rule(), other.line(), won.sourceLines())))
        .orElse(winner);
  }

  /**
   * A name printed in capitals ("THE KESTREL BAY HERALD") takes the spelling of a candidate in
   * ordinary case that names exactly it, or else is put in title case. A longer name that merely
   * starts with it ("Kestrel Bay Herald Media", the owner in a copyright line) is another name.
   */
  private static Candidate respelled(Keyed winner, List<Keyed> own) {
    Candidate won = winner.candidate();
    if (won.field() == MetadataField.TITLE || !PageHeader.isCapitals(won.value())) {
      return won;
    }
    String spelling =
        own.stream()
            .filter(other -> weight(other.candidate()) > 0 && winner.key().equals(other.key()))
            .map(other -> other.candidate().value())
            .filter(value -> !PageHeader.isCapitals(value))
            .findFirst()
            .orElseGet(() -> titleCase(won.value()));
    return new Candidate(won.field(), spelling, won.rule(), won.line(), won.sourceLines());
  }

  /**
   * "JOURNAL-REVIEW" as "Journal-Review": each word, and each part of a hyphenated one; a word
   * without a vowel is initials or a call sign ("WKLR", "BBC") and stays in capitals; a connector
   * after the first word is in lower case ("CENTRE FOR … STUDIES" as "Centre for … Studies"). A name
   * of one word of five letters at most is initials and stays as it is.
   */
  private static String titleCase(String capitals) {
    if (ONE_SHORT_WORD.matcher(capitals).matches()) {
      return capitals; // a name of one short word in capitals is its initials: "RTSI", "CAPA"
    }
    return Pattern.compile("(?<![\\p{L}'’])(\\p{L})([\\p{L}'’]*)")
        .matcher(capitals)
        .replaceAll(word -> word.start() > 0 && OutletNames.isConnector(word.group()) ? word.group().toLowerCase(Locale.ROOT)
            : word.group(2).matches("(?i)[^aeiouy]*") && !word.group(2).isEmpty()
            ? word.group()
            : word.group(1) + word.group(2).toLowerCase(Locale.ROOT));
  }
}
