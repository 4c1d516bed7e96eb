package corpussearch.indexer.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A news agency's story carried on a client's site: the byline, the dateline and the story's own
 * copyright name the agency ("By A and B Global Press Agency", "NIAMEY (GPA) —", "Copyright 2025
 * Global Press Agency"), while the site's masthead and its footer name the paper whose page it is.
 * The page's outlet is the paper: the agency is where the story came from.
 */
final class AgencyCopy {

  /** A news agency's or service's full name, "Hanbit News Agency", "Sahel Wire Service". */
  static final Pattern AGENCY_NAME = Pattern.compile("(?i).+\\s(?:(?:news|press)\\s+agency|(?:news|wire|press)\\s+service)\\.?");

  private AgencyCopy() {}

  /**
   * The masthead's outlet instead of {@code won} when {@code won} is a news agency the masthead does
   * not name, and a copyright line repeats the masthead's name: a page frame the site prints on
   * every page, which the story it carries does not change.
   */
  static Optional<Candidate> host(Candidate won, List<Candidate> candidates) {
    if (won.field() != MetadataField.OUTLET) {
      return Optional.empty();
    }
    boolean agency = AGENCY_NAME.matcher(won.value()).matches();
    boolean wire = candidates.stream().anyMatch(c -> c.rule().equals(RuleNames.WIRE_DATELINE) && c.field() == MetadataField.OUTLET && sameOutlet(c, won));
    if (!agency && !wire) {
      return Optional.empty();
    }
    return candidates.stream()
        .filter(c -> c.field() == MetadataField.OUTLET && c.rule().equals(RuleNames.MASTHEAD) && !sameOutlet(c, won))
        .filter(masthead -> wire ? isOtherPaper(masthead, won) : candidates.stream().anyMatch(other -> other.rule().equals(RuleNames.COPYRIGHT_LINE) && sameOutlet(other, masthead)))
        .findFirst();
  }

  /** Whether a masthead names a publication of its own, not the agency: "Lowveld Tribune", not "ZCZC" or "BPA Britannia Press Association". */
  private static boolean isOtherPaper(Candidate masthead, Candidate agency) {
    return OutletNames.hasPublicationWord(masthead.value())
        && !OutletNames.comparable(masthead.value()).contains(OutletNames.comparable(agency.value()));
  }

  /** Whether two outlet candidates name one organisation, by its full or short name or its initials. */
  private static boolean sameOutlet(Candidate a, Candidate b) {
    return CandidateScoring.agree(a, b) || OutletNames.withoutOrganisationWords(b.value()).map(OutletNames::comparable)
        .filter(OutletNames.comparable(a.value())::equals).isPresent();
  }
}
