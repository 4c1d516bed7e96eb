package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.OUTLET;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code role-line}: the line under a reporter's name that gives their job and the outlet they
 * hold it at, "Jane Doe" / "Middle East correspondent, Harbour News", as a broadcaster's story
 * and a browser's reader view print it at the top. The outlet must say it is a publication
 * ("… News", "… Radio"): a place after the job ("West Africa correspondent, Dakar") is none.
 */
final class RoleLineOutlets {
  /** A job, a comma and one more part: "Middle East correspondent, Harbour News". */
  private static final Pattern ROLE_THEN_OUTLET = Pattern.compile("([^,]{3,60}+),\\s*+([^,]{2,60}+)");

  private RoleLineOutlets() {}

  static void collect(ArticleLines page, Findings out) {
    for (int line : page.nonBlank()) {
      if (!page.isTop(line)) {
        return;
      }
      Matcher role = ROLE_THEN_OUTLET.matcher(page.text(line).strip());
      if (line > 0 && role.matches() && AuthorLineRules.isRole(role.group(1)) && isNameLine(page.text(line - 1))) {
        String outlet = OutletNames.trimPunctuation(role.group(2));
        if (OutletNames.isOutletName(outlet) && OutletNames.hasPublicationWord(outlet)) {
          out.markMetadata(line);
          out.propose(Candidate.of(OUTLET, outlet, RuleNames.ROLE_LINE, line));
        }
      }
    }
  }

  /** A reporter's name alone, or after "By", directly above. */
  private static boolean isNameLine(String text) {
    return PersonNames.isName(text.strip(), false) || BylineRules.parse(text).filter(byline -> byline.author() != null).isPresent();
  }
}
