package corpussearch.indexer.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
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
    Comments comments = Comments.of(page);
    List<Element> times = page.select("time[datetime]").stream().filter(t -> !DateStamps.isUpdate(t) && !comments.contains(t)).toList();
    for (Element time : times) {
      if (time.hasAttr("pubdate") || PUBLISHED.matcher(DateStamps.markers(time)).find()) {
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
    Set<Element> owned = Collections.newSetFromMap(new IdentityHashMap<>());
    owned.addAll(own);
    List<Element> all = headline == null ? List.of() : page.getAllElements();
    // One walk from the headline on: asking each time for its place would cost the square of a long page.
    for (int i = headline == null ? 0 : all.indexOf(headline) + 1; i > 0 && i < all.size(); i++) {
      if (owned.contains(all.get(i))) {
        return all.get(i).attr("datetime");
      }
    }
    return own.isEmpty() ? null : own.get(0).attr("datetime");
  }

  /** A {@code <time>} in a list item, menu, aside or footer that links elsewhere: a teaser's. */
  private static boolean isTeaserTime(Element time) {
    Element item = time.closest("li, nav, aside, footer");
    return item != null && item.selectFirst("a[href]") != null;
  }
}
