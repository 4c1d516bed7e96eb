package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.OUTLET;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code feed-title}: the site's name in the title of its feed, which a text browser lists first,
 * from the page's head: "#[1]Kabul Morning Post RSS", "#Westbridge News - World alternate",
 * "#[1]Steppe Institute » Feed [2]alternate". The feed is the site's; its title is the site's name,
 * then what the feed holds (a section, "RSS", "Feed"). Believed when the name has a publication's
 * shape or the page writes it again.
 */
final class FeedTitleOutlets {
  /** The head's links on the dump's first line: a hash, then each link's title, numbered or not. */
  private static final Pattern HEAD_LINKS = Pattern.compile("^#(?:\\[\\d{1,4}])?(\\S.*)$");
  private static final Pattern NEXT_LINK = Pattern.compile("\\s*\\[\\d{1,4}].*$");
  /** What a feed's title says after the site's name: its kind, or a section after a dash, a bar or a guillemet. */
  private static final Pattern FEED_TAIL = Pattern.compile(
      "(?i)(?:\\s+(?:alternate|rss|atom|feed|comments\\s+feed|rss\\s+feed|news\\s+feed))+$|\\s+(?:[-–—|»:]|-\\s*)\\s*\\S.*$");

  /** A feed's kind closing the head's links, as lynx prints it: "… RSS", "… » Feed", "… alternate". */
  private static final Pattern FEED_KIND = Pattern.compile("\\s(?:alternate|RSS|Atom|Feed)$");

  private FeedTitleOutlets() {}

  /** Whether {@code text} is a dump's line of the head's links ending with a feed's kind: no headline. */
  static boolean isHeadLinks(String text) {
    String line = text.strip();
    return HEAD_LINKS.matcher(line).matches() && FEED_KIND.matcher(line).find();
  }

  static void collect(ArticleLines page, Findings out) {
    page.nonBlank().stream().findFirst().ifPresent(line -> {
      Matcher links = HEAD_LINKS.matcher(page.text(line).strip());
      if (!links.matches()) {
        return;
      }
      String name = siteName(links.group(1));
      if (name.contains(" ") && (OutletNames.isMasthead(name) || writtenAgain(page, line, name))) {
        out.markMetadata(line);
        out.propose(Candidate.of(OUTLET, name, RuleNames.FEED_TITLE, line));
      }
    });
  }

  /** The first link's title without what it says after the site's name, tail by tail ("X - World alternate", "X - World", "X"). */
  private static String siteName(String links) {
    String name = NEXT_LINK.matcher(links).replaceFirst("");
    for (String shorter = FEED_TAIL.matcher(name).replaceFirst(""); !shorter.equals(name); shorter = FEED_TAIL.matcher(name).replaceFirst("")) {
      name = shorter;
    }
    return name.strip();
  }

  private static boolean writtenAgain(ArticleLines page, int line, String name) {
    return page.nonBlank().stream().anyMatch(other -> other != line && page.text(other).contains(name));
  }
}
