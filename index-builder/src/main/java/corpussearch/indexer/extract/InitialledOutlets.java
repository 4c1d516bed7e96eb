package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.OUTLET;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code named-with-initials}: a publication that names itself with its initials in brackets,
 * "Kwanza News Agency (AKN) - …", "Kenya News Agency (KNA)", when the page uses those initials on
 * another line as well (a wire slug "AKN-ING 0412", a sign-off "FIM/DC/HM/AKN", "credit to AKN"):
 * the page's own agency, whatever language its initials come from. A name mentioned once with
 * initials nowhere else used is an organisation the story is about.
 */
final class InitialledOutlets {
  private static final Pattern NAMED =
      Pattern.compile("(?:^|(?<=[.:;]\\s))(?:(?i:the)\\s+)?(" + OutletPhrases.NAME + ")\\s+\\((\\p{Lu}{2,6})\\)");

  private InitialledOutlets() {}

  /** Proposes each publication-shaped name {@code page} gives with initials it uses elsewhere. */
  static void collect(ArticleLines page, Findings out) {
    for (int line : page.nonBlank()) {
      Matcher named = NAMED.matcher(page.text(line));
      if (named.find() && OutletNames.hasPublicationWord(named.group(1)) && usedElsewhere(page, line, named.group(2))) {
        out.propose(new Candidate(OUTLET, named.group(1), RuleNames.NAMED_WITH_INITIALS, line, Set.of()));
      }
    }
  }

  /** Whether {@code initials} stand as a word of their own ("AKN-ING", "HM/AKN") on a line other than {@code line}. */
  private static boolean usedElsewhere(ArticleLines page, int line, String initials) {
    Pattern word = Pattern.compile("(?<![\\p{L}\\d])" + initials + "(?![\\p{L}\\d])");
    return page.nonBlank().stream().anyMatch(other -> other != line && word.matcher(page.text(other)).find());
  }
}
