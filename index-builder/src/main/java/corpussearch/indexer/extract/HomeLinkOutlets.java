package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.OUTLET;

import corpussearch.indexer.paragraphs.LinkReferences;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code home-link}: the words of a text browser's link to the site's home page ("[2]Northern
 * Dispatch home", listed as "2. https://northerndispatch.example/"), when the host's name spells
 * them letter for letter once the words saying "home" are gone. A page's logo links home; a dump
 * keeps only its words, and the address confirms they are the site's name.
 *
 * <p>A copy from a browser keeps the logo's words without the address ("The Albion Chronicle - Back
 * to home" at the top): there the words must say plainly that they lead home ("back to home",
 * "homepage", "go to … home page", not a bare "home", which a section's menu shows too) and what is
 * left must read as a publication's name.
 */
final class HomeLinkOutlets {
  /** What a home link says about itself around the name: "… home", "Home - …", "… homepage". */
  private static final Pattern HOME_WORDS = Pattern.compile(
      "(?i)^(?:home|go\\s+to|back\\s+to)\\s*[:|–—-]?\\s+|\\s*[:|–—-]?\\s*(?:home\\s*page|homepage|home|front\\s+page|startseite|accueil|inicio|portada)$");

  /** A logo's words as a copy keeps them: "NAME - Back to home", "NAME homepage", "Go to NAME home page". */
  private static final Pattern LOGO_LINK = Pattern.compile(
      "(?i)(?:(?:back|go)\\s+to\\s+(?<before>.+?)\\s+(?:home\\s*page|home)"
          + "|(?<after>.+?)(?:\\s*[|–—-]\\s*(?:back|go|return)\\s+to\\s+(?:the\\s+)?(?:home\\s*page|home|front\\s+page)|\\s+home\\s*page))");

  private HomeLinkOutlets() {}

  static void collect(ArticleLines page, Findings out) {
    for (LinkReferences.HomeLink link : page.homeLinks()) {
      String name = HOME_WORDS.matcher(link.text()).replaceAll("").strip();
      if (name.split("\\s+").length > 1 && HostNames.spell(name, link.host(), 1)) {
        out.propose(Candidate.of(OUTLET, name, RuleNames.HOME_LINK, link.line()));
      }
    }
    for (int line : page.nonBlank()) {
      Matcher logo = LOGO_LINK.matcher(page.text(line));
      if (page.isTop(line) && logo.matches()) {
        String name = logo.group("before") != null ? logo.group("before") : logo.group("after");
        if (OutletNames.isOutletName(name) && !OutletNames.isSectionName(name)) {
          out.propose(Candidate.of(OUTLET, name, RuleNames.HOME_LINK, line));
        }
      }
    }
  }
}
