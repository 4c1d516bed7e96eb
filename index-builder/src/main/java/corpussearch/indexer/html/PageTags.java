package corpussearch.indexer.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's declared metadata outside JSON-LD: {@code <meta>} tags (OpenGraph, Dublin Core,
 * {@code author}, {@code byl}), schema.org microdata and {@code <link rel=canonical>}.
 */
final class PageTags {
  private static final int MAX_CARD_LABELS = 4;
  private static final Pattern AUTHOR_LABEL =
      Pattern.compile("(?i)(?:written by|author|authors|by|words by|posted by)");


  private final Document page;

  PageTags(Document page) {
    this.page = page;
  }

  /** The first non-blank content of a {@code <meta>} whose name or property is one of {@code keys}. */
  String meta(String... keys) {
    List<String> values = metas(keys);
    return values.isEmpty() ? null : values.get(0);
  }

  /**
   * The values that label-and-data card tags mark as the author: {@code twitter:dataN} under a
   * {@code twitter:labelN} of "Written by" or "Author" (Ghost, Yoast and other engines print them).
   */
  List<String> labelledAuthors() {
    List<String> values = new ArrayList<>();
    for (int n = 1; n <= MAX_CARD_LABELS; n++) {
      String label = meta("twitter:label" + n);
      String data = meta("twitter:data" + n);
      if (label != null && data != null && AUTHOR_LABEL.matcher(label.strip()).matches()) {
        values.add(data);
      }
    }
    return values;
  }

  /** Every non-blank content of {@code <meta>} tags named one of {@code keys}, in page order. */
  List<String> metas(String... keys) {
    List<String> values = new ArrayList<>();
    for (Element meta : page.select("meta[content]")) {
      String key = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
      if (matches(key, keys) && !meta.attr("content").isBlank()) {
        values.add(meta.attr("content").strip());
      }
    }
    return values;
  }

  /**
   * The microdata value of {@code itemprop} inside an article-typed item, or anywhere; when the
   * property is an item of its own (a publisher {@code itemscope}), that item's {@code name}.
   */
  String microdata(String itemprop) {
    Element element = page.selectFirst("[itemtype~=(?i)schema.org/\\w*(Article|Posting)] [itemprop=" + itemprop + "]");
    if (element == null) {
      element = page.selectFirst("[itemprop=" + itemprop + "]");
    }
    if (element != null && element.hasAttr("itemscope")) {
      element = element.selectFirst("[itemprop=name]");
    }
    return element == null ? null : itemValue(element);
  }

  /** The names of the microdata authors, each the item's {@code name} or its text. */
  List<String> microdataAuthors() {
    List<String> names = new ArrayList<>();
    // An author item typed as an organisation names a newsroom, not a person.
    for (Element author : page.select("[itemprop=author]:not([itemtype~=(?i)Organization$])")) {
      Element name = author.selectFirst("[itemprop=name]");
      String value = itemValue(name != null ? name : author);
      if (value != null && !names.contains(value)) {
        names.add(value);
      }
    }
    return names;
  }

  /**
   * The first value of an RDFa property among {@code properties} ({@code <span property="dc:date
   * dc:created" content="…">}, as Drupal writes them) outside readers' comments, whose items carry
   * the same properties; null when none.
   */
  String rdfa(String... properties) {
    Comments comments = Comments.of(page);
    for (Element element : page.select("[property]:not(meta)")) {
      List<String> stated = List.of(element.attr("property").toLowerCase(Locale.ROOT).split("\\s+"));
      boolean wanted = Arrays.stream(properties).anyMatch(p -> stated.contains(p.toLowerCase(Locale.ROOT)));
      String value = wanted ? itemValue(element) : null;
      if (value != null && !comments.contains(element)) {
        return value;
      }
    }
    return null;
  }

  /** The URL the page names as its own: {@code <link rel=canonical>}, else {@code og:url}. */
  String canonicalUrl() {
    Element link = page.selectFirst("link[rel~=(?i)^canonical$][href]");
    if (link != null && !link.absUrl("href").isBlank()) {
      return link.absUrl("href");
    }
    return meta("og:url");
  }

  private static String itemValue(Element element) {
    String value;
    if (element.hasAttr("content")) {
      value = element.attr("content");
    } else if (element.hasAttr("datetime")) {
      value = element.attr("datetime");
    } else {
      value = element.text();
    }
    return value.isBlank() ? null : value.strip();
  }

  private static boolean matches(String key, String... keys) {
    String lower = key.strip().toLowerCase(Locale.ROOT);
    for (String wanted : keys) {
      if (lower.equals(wanted.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
