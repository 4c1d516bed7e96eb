package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.OUTLET;

import corpussearch.indexer.paragraphs.LinkReferences;
import java.util.regex.Pattern;

/**
 * {@code home-link}: the words of a text browser's link to the site's home page ("[2]Northern
 * Dispatch home", listed as "2. https://northerndispatch.example/"), when the host's name spells
 * them letter for letter once the words saying "home" are gone. A page's logo links home; a dump
 * keeps only its words, and the address confirms they are the site's name.
 */
final class HomeLinkOutlets {
  /** What a home link says about itself around the name: "… home", "Home - …", "… homepage". */
  private static final Pattern HOME_WORDS = Pattern.compile(
      "(?i)^(?:home|go\\s+to|back\\s+to)\\s*[:|–—-]?\\s+|\\s*[:|–—-]?\\s*(?:home\\s*page|homepage|home|front\\s+page|startseite|accueil|inicio|portada)$");

  private HomeLinkOutlets() {}

  static void collect(ArticleLines page, Findings out) {
    for (LinkReferences.HomeLink link : page.homeLinks()) {
      String name = HOME_WORDS.matcher(link.text()).replaceAll("").strip();
      if (name.split("\\s+").length > 1 && HostNames.spell(name, link.host(), 1)) {
        out.propose(Candidate.of(OUTLET, name, RuleNames.HOME_LINK, link.line()));
      }
    }
  }
}
