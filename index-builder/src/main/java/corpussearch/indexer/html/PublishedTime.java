package corpussearch.indexer.html;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The {@code <time datetime>} that dates the article, among those of updates, comments and teasers. */
final class PublishedTime {

  private static final Pattern PUBLISHED = Pattern.compile("(?i)publish|pubdate|posted|created");

  private PublishedTime() {}

  /**
   * The publication date of a {@code <time datetime>} of {@code page}, whose headline is {@code
   * headline} (or null): one marked as published (by {@code pubdate},
   * {@code itemprop} or class), else the first in a header or byline, else the first after the
   * headline (else on the page) that is no teaser's; never one marked as an update.
   */
  static String of(Document page, Element headline) {
    List<Element> times = page.select("time[datetime]").stream().filter(t -> !VisiblePage.isUpdate(t) && !Comments.contains(t)).toList();
    for (Element time : times) {
      if (time.hasAttr("pubdate") || PUBLISHED.matcher(VisiblePage.markers(time)).find()) {
        return time.attr("datetime");
      }
    }
    for (Element time : times) {
      if (time.closest("header, .byline, [class*=byline], [class*=meta]") != null) {
        return time.attr("datetime");
      }
    }
    // A story list's "2h ago" beside its link is another article's time; the headline's own comes after it.
    List<Element> own = times.stream().filter(time -> !isTeaserTime(time)).toList();
    List<Element> all = headline == null ? List.of() : page.getAllElements();
    int at = headline == null ? -1 : all.indexOf(headline);
    Element after = own.stream().filter(time -> all.indexOf(time) > at).findFirst().orElse(null);
    return after != null ? after.attr("datetime") : own.isEmpty() ? null : own.get(0).attr("datetime");
  }

  /** A {@code <time>} in a list item, menu, aside or footer that links elsewhere: a teaser's. */
  private static boolean isTeaserTime(Element time) {
    Element item = time.closest("li, nav, aside, footer");
    return item != null && item.selectFirst("a[href]") != null;
  }
}
