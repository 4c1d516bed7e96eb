package corpussearch.indexer.html;

import corpussearch.indexer.extract.NameAndDateShapes;
import org.jsoup.nodes.Document;

/**
 * A site builder's page title, "Site – Page" (Google Sites, Wix, Squarespace, a school's CMS): the
 * part after the separator is the page's own name, which the page declares as its name
 * ({@code og:title}, {@code itemprop=name}, {@code twitter:title}) or lists in its menu ("News"),
 * and the part before it is the site's name when the page also shows that name alone in an element
 * of its own (the header's site name) and it has a name's shape ("Rail strike – Live updates" is a
 * story's kicker and its page). The hosting platform's address ("sites.example") names the
 * platform, never the publication, so the site's name beats it.
 */
final class SitePages {
  private static final String DECLARED_NAME = "meta[property=og:title], meta[name=twitter:title], meta[itemprop=name]";

  private SitePages() {}

  /** Whether {@code page}'s title is {@code site} before the name {@code pageName} of one of its pages. */
  static boolean isSiteAndPage(Document page, String site, String pageName) {
    boolean pageNamed = page.select(DECLARED_NAME).stream().anyMatch(meta -> Outlets.sameName(meta.attr("content"), pageName))
        || page.select("nav a, header a, [role=navigation] a").stream().anyMatch(link -> Outlets.sameName(link.text(), pageName));
    return pageNamed && NameAndDateShapes.isOutletName(site) && !Outlets.sameName(site, pageName)
        && page.body() != null && page.body().select("*").stream().anyMatch(element -> Outlets.sameName(element.ownText(), site));
  }

  /**
   * Whether the page's {@code h1} opens with a {@code <title>}'s first part and goes on: "Ex-recruit
   * turned mentor – Isar Chronicle" then names the headline's first part before the site, not a blog
   * before its post, when the heading reads "Ex-recruit turned mentor: a Kyrgyz returnee's work …".
   */
  static boolean opensHeadline(String h1, String prefix) {
    return h1 != null && h1.length() > prefix.length() && h1.regionMatches(true, 0, prefix, 0, prefix.length())
        && !Character.isLetterOrDigit(h1.charAt(prefix.length()));
  }
}
