package corpussearch.indexer.html;

import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/** The text of an element as a reader sees it: whitespace collapsed, but a {@code <br>} still ends a line. */
final class BlockText {

  /** Survives jsoup's whitespace collapsing, unlike a newline. */
  private static final String LINE_BREAK = "\u2028";

  private BlockText() {}

  /** The element's lines, without blank ones. */
  static List<String> lines(Element element) {
    if (element.selectFirst("br") == null) {
      String text = element.text().strip();
      return text.isEmpty() ? List.of() : List.of(text);
    }
    Element copy = element.clone();
    copy.select("br").forEach(br -> br.after(new TextNode(LINE_BREAK)));
    return Arrays.stream(copy.text().split(LINE_BREAK)).map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  /** The element's text with one line per {@code <br>}-separated line. */
  static String text(Element element) {
    return String.join("\n", lines(element));
  }
}
