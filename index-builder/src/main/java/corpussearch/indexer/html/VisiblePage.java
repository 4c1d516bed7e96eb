package corpussearch.indexer.html;

import corpussearch.indexer.extract.NameAndDateShapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a reader sees rather than what the page declares: the {@code <h1>}, the {@code <title>},
 * {@code <time>} elements and bylines. Weaker than declared metadata, so used only where that is
 * silent.
 */
final class VisiblePage {

  /** Separators between a headline and the outlet's name in a {@code <title>}. */
  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\\-–—:·•]\\s+(?=[^|\\-–—:·•]+$)");
  private static final Pattern UPDATED = Pattern.compile("(?i)updat|modif|edited|revis");
  private static final Pattern PUBLISHED = Pattern.compile("(?i)publish|pubdate|posted|created");
  private static final Pattern BY_LINE = Pattern.compile("(?i)^\\s*(?:written\\s+)?by\\s+\\S.*");
  private static final int MAX_BYLINE_CHARS = 120;
  /** An outlet's name is short; a longer tail after a dash is part of the headline. */
  private static final int MAX_SUFFIX_WORDS = 5;

  /** A {@code <title>} split into headline and the name after its last separator. */
  record TitleTag(String headline, String suffix) {}

  private final Document page;

  VisiblePage(Document page) {
    this.page = page;
  }

  /** The text of the first {@code <h1>}, preferring one inside an {@code <article>}. */
  String h1() {
    Element h1 = page.selectFirst("article h1");
    if (h1 == null) {
      h1 = page.selectFirst("h1");
    }
    return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
  }

  /** The {@code <title>}, split at its last separator when one is there. */
  TitleTag titleTag() {
    String title = page.title().strip();
    if (title.isEmpty()) {
      return null;
    }
    var matcher = TITLE_SUFFIX.matcher(title);
    if (matcher.find() && matcher.start() > 0 && title.substring(matcher.end()).split("\\s+").length <= MAX_SUFFIX_WORDS) {
      return new TitleTag(title.substring(0, matcher.start()).strip(), title.substring(matcher.end()).strip());
    }
    return new TitleTag(title, null);
  }

  /**
   * The publication date of a {@code <time datetime>}: one marked as published (by {@code pubdate},
   * {@code itemprop} or class), else the first in the article's header, else the first on the page;
   * never one marked as an update.
   */
  String publishedTime() {
    List<Element> times = page.select("time[datetime]").stream().filter(t -> !isUpdate(t)).toList();
    for (Element time : times) {
      if (time.hasAttr("pubdate") || PUBLISHED.matcher(markers(time)).find()) {
        return time.attr("datetime");
      }
    }
    for (Element time : times) {
      if (!time.parents().select("article header, header, .byline, [class*=byline], [class*=meta]").isEmpty()) {
        return time.attr("datetime");
      }
    }
    return times.isEmpty() ? null : times.get(0).attr("datetime");
  }

  /**
   * The authors a visible byline names: every {@code rel=author} link, else the first byline
   * element or "By …" line that names people.
   */
  List<String> bylineAuthors() {
    List<String> names = new ArrayList<>();
    for (Element link : page.select("a[rel~=(?i)^author$]")) {
      NameAndDateShapes.bylineNames(link.text()).filter(n -> !names.contains(n)).ifPresent(names::add);
    }
    if (!names.isEmpty()) {
      return names;
    }
    for (Element byline : page.select(".byline, [class*=byline], .author, [class*=author-name], p, span, div")) {
      Optional<String> found = bylineNames(byline);
      if (found.isPresent()) {
        return List.of(found.get());
      }
    }
    return names;
  }

  private static Optional<String> bylineNames(Element element) {
    String text = element.text();
    if (text.isBlank() || text.length() > MAX_BYLINE_CHARS) {
      return Optional.empty();
    }
    boolean marked = element.className().toLowerCase(java.util.Locale.ROOT).contains("author")
        || element.className().toLowerCase(java.util.Locale.ROOT).contains("byline");
    if (!marked && !BY_LINE.matcher(text).matches()) {
      return Optional.empty();
    }
    return NameAndDateShapes.bylineNames(text);
  }

  private static boolean isUpdate(Element time) {
    String context = markers(time);
    Element parent = time.parent();
    String lead = parent == null ? "" : parent.ownText();
    return UPDATED.matcher(context).find() || UPDATED.matcher(lead).find();
  }

  private static String markers(Element time) {
    return time.className() + " " + time.attr("itemprop") + " " + time.id();
  }
}
