package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.OUTLET;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code seen-by}: the publication a story says obtained its own evidence, "The documents, seen by
 * The Highveld Mail, describe …", "according to records obtained by the Valley Courier". A paper
 * writes so of itself; another outlet's scoop is cited as reported, not as seen. Weak evidence,
 * for a page that names itself nowhere else: the name must carry a publication's word ("… Mail").
 */
final class OwnReportingMentions {
  private static final Pattern SEEN_BY =
      OutletPhrases.compile("(?i:\\b(?:seen|obtained|reviewed|verified|examined|analy[sz]ed)\\s+by)\\s+");

  private OwnReportingMentions() {}

  static void collect(ArticleLines page, Findings out) {
    for (int line : page.nonBlank()) {
      Matcher seen = SEEN_BY.matcher(page.text(line));
      while (seen.find()) {
        OutletPhrases.outlet(seen, 1).filter(OutletNames::hasPublicationWord)
            // the sentence is the story's: no source line to take out of the body
            .ifPresent(name -> out.propose(new Candidate(OUTLET, name, RuleNames.SEEN_BY, line, Set.of())));
      }
    }
  }
}
