package corpussearch.indexer.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Text set in a smaller {@code <font size>} than the article's: how pages of the table-layout era
 * (before CSS) set their furniture. The story runs in one size ({@code SIZE=2}); the breadcrumb,
 * the "Email this story" row, the picture caption, readers' comments and the copyright line run a
 * size below it, and the page has no class or element to tell them apart by.
 */
final class SmallType {

  /** A browser's default font size, what relative sizes ("-1") count from. */
  private static final int DEFAULT_SIZE = 3;

  private SmallType() {}

  /** Removes from {@code body} every {@code <font>} smaller than the one most of its text is set in. */
  static void remove(Element body) {
    Map<Integer, Integer> chars = new HashMap<>();
    List<Element> fonts = body.select("font[size]");
    for (Element font : fonts) {
      int size = size(font);
      if (size > 0) {
        chars.merge(size, font.ownText().length(), Integer::sum);
      }
    }
    int textSize = chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
    fonts.stream().filter(font -> size(font) > 0 && size(font) < textSize).forEach(Element::remove);
  }

  /** The font's size from 1 to 7, or 0 when it states none that can be read. */
  private static int size(Element font) {
    String size = font.attr("size").strip();
    try {
      int value = Integer.parseInt(size.replace("+", ""));
      return size.startsWith("+") || size.startsWith("-") ? Math.clamp(DEFAULT_SIZE + value, 1, 7) : value >= 1 && value <= 7 ? value : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
