package corpussearch.indexer.containers;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Gemini capsule's page (gemtext): every link is a line of its own, "=&gt; /news/ All news",
 * and a page with several is one. Link lines are the capsule's navigation, related lists and "read
 * on the web" links, never the article's text; a preformatted block's toggle line ("```") carries
 * nothing either. The link home keeps its label, the capsule's name. Headings ("# …") and quotes
 * ("&gt; …") are the article's and stay.
 */
final class GemtextLinks {
  private static final Pattern LINK = Pattern.compile("^=>\\s*\\S.*$");
  /**
   * The link to the capsule's root, "=&gt; / 🏮 Baltic Lantern — gemini mirror": the capsule's
   * name, as a logo linking home is on the web. Its label stays, without the symbols before it.
   */
  private static final Pattern HOME_LINK = Pattern.compile("^=>\\s*(?:/|gemini://[^/\\s]+/?)\\s+[^\\p{L}\\p{N}]*(\\p{L}.*)$");
  private static final Pattern TOGGLE = Pattern.compile("^```.*$");

  /** One arrow may be a quoted chat or a diagram; a capsule page links more than once. */
  private static final int MIN_LINKS = 2;

  private GemtextLinks() {}

  static List<String> unwrap(List<String> lines) {
    long links = lines.stream().filter(line -> LINK.matcher(line.strip()).matches()).count();
    if (links < MIN_LINKS) {
      return lines;
    }
    return lines.stream().map(GemtextLinks::withoutLink).toList();
  }

  private static String withoutLink(String line) {
    String text = line.strip();
    Matcher home = HOME_LINK.matcher(text);
    if (home.matches()) {
      return home.group(1);
    }
    return LINK.matcher(text).matches() || TOGGLE.matcher(text).matches() ? "" : line;
  }
}
