package corpussearch.indexer.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an outlet's name off a headline found by {@link TitleRules}: " | Outlet" after it (a saved
 * page's {@code <title>}, rule {@code title-suffix}) or "Outlet — " before it when the page signs
 * with that name elsewhere (rule {@code title-prefix}).
 */
final class TitleOutletSplit {

  /** A page title's " | Outlet" or " - Outlet" tail, as browsers and scrapers keep it. */
  private static final Pattern OUTLET_SUFFIX = Pattern.compile("^(.+?)\\s+[|–—-]\\s+([^|–—]+)$");
  private static final int MIN_SUFFIXED_HEADLINE_WORDS = 4;
  private static final int MAX_SUFFIX_WORDS = 5;

  /** A headline with a name after it, "Council votes to … | The Daily Ledger"; outlet null when unsure. */
  record Suffixed(String headline, String outlet, String rule) {}

  /** A page title with the outlet first: "The Kestrel Herald — Council votes to …". */
  private static final Pattern OUTLET_PREFIX = Pattern.compile("^([^|–—:]+?)\\s+[|–—]\\s+(.+)$");

  private TitleOutletSplit() {}

  /**
   * {@code title} split into headline and the name after it when it ends in " | Name" or " - Name"
   * and the name is publication-shaped (not a section such as "Opinion"): a saved page's {@code
   * <title>}. The name is the outlet unless it could as well be a person's ("Riverton Vale" and
   * "Jane Doe" have one shape; "Riverton Courier" ends in a publication's word): then only if the
   * page names it again elsewhere.
   */
  static Optional<Suffixed> outletSuffix(ArticleLines page, int line) {
    Matcher split = OUTLET_SUFFIX.matcher(page.text(line));
    if (!split.matches()) {
      return Optional.empty();
    }
    String headline = split.group(1).strip();
    String name = split.group(2).strip();
    if (!OutletNames.isMasthead(name) || ArticleLines.wordCount(name) > MAX_SUFFIX_WORDS
        || ArticleLines.wordCount(headline) < MIN_SUFFIXED_HEADLINE_WORDS) {
      return Optional.empty();
    }
    // "Riverton Courier" says what it is by its last word; "Jane Doe" may be a columnist's name.
    boolean personShaped = PersonNames.isName(name, false) && !OutletNames.hasPublicationWord(name);
    boolean namedAgain = page.nonBlank().stream().anyMatch(l -> l != line && page.text(l).contains(name));
    return Optional.of(new Suffixed(headline, personShaped && !namedAgain ? null : name, RuleNames.TITLE_SUFFIX));
  }

  /**
   * {@code title} split into the name before it and the headline when it opens "Name — " or "Name
   * | " and the page signs with that name elsewhere (its copyright line, a line of the name alone):
   * a kicker before a headline ("Ukraine — …", "Analysis | …") is signed nowhere.
   */
  static Optional<Suffixed> outletPrefix(ArticleLines page, int line) {
    Matcher split = OUTLET_PREFIX.matcher(page.text(line));
    if (!split.matches()) {
      return Optional.empty();
    }
    String name = split.group(1).strip();
    String headline = split.group(2).strip();
    if (!OutletNames.isMasthead(name) || ArticleLines.wordCount(name) > MAX_SUFFIX_WORDS
        || ArticleLines.wordCount(headline) < MIN_SUFFIXED_HEADLINE_WORDS || !signedElsewhere(page, line, name)) {
      return Optional.empty();
    }
    return Optional.of(new Suffixed(headline, name, RuleNames.TITLE_PREFIX));
  }

  private static boolean signedElsewhere(ArticleLines page, int line, String name) {
    String key = OutletNames.comparable(name);
    return page.nonBlank().stream()
        .filter(other -> other != line)
        .map(page::text)
        .anyMatch(text -> OutletNames.comparable(text).equals(key)
            || OutletRules.copyrightOutlet(text).map(OutletNames::comparable).filter(owner -> owner.startsWith(key)).isPresent());
  }
}
