package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.OUTLET;

import java.util.OptionalInt;

/**
 * {@code site-under-headline}: the site's name on a line of its own directly under the headline and
 * over the byline or the date, where a browser's reader view prints it ("Peshawar court sentences
 * three …" / "Crossroads World Radio" / "By Tanveer Ahmed, Peshawar" / "4–5 minutes"). The line
 * names a publication by its last word ("Radio", "Times", "Post"), which a standfirst or the
 * reporter's name in that place does not.
 */
final class SiteNameUnderHeadline {

  private SiteNameUnderHeadline() {}

  /** Proposes the site's name under the headline whose last line is {@code titleEnd} (-1 when none). */
  static void collect(ArticleLines page, int titleEnd, Findings out) {
    if (titleEnd < 0 || titleEnd + 1 >= page.size() || page.isBlank(titleEnd + 1)) {
      return;
    }
    int line = titleEnd + 1;
    String name = page.text(line).strip();
    OptionalInt below = page.nextNonBlank(line, 1);
    if (AuthorLineRules.isOrganisation(name) && below.isPresent()
        && HeadlineOverByline.isBylineOrDate(page.text(below.getAsInt()))) {
      out.markMetadata(line);
      out.propose(Candidate.of(OUTLET, OutletNames.trimPunctuation(name), RuleNames.SITE_UNDER_HEADLINE, line));
    }
  }
}
