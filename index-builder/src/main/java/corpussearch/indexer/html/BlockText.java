package corpussearch.indexer.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/** The text of an element as a reader sees it: whitespace collapsed, but a {@code <br>} still ends a line. */
final class BlockText {

  /** Survives jsoup's whitespace collapsing, unlike a newline. */
  private static final String LINE_BREAK = "\u2028";
  /** Elements a browser sets on lines of their own. */
  private static final String BLOCKS = "div, p, h1, h2, h3, h4, h5, h6, li, ul, ol, table, tr, blockquote, section, article, header, footer";

  private BlockText() {}

  /** The element's lines, without blank ones. */
  static List<String> lines(Element element) {
    if (element.selectFirst("br") == null) {
      String text = element.text().strip();
      return text.isEmpty() ? List.of() : List.of(text);
    }
    return rawLines(element).stream().filter(line -> !line.isEmpty()).toList();
  }

  /**
   * The element's paragraphs: its text cut where a blank line stands ({@code <br><br>}), as pages
   * without {@code <p>} mark paragraphs; each with one line per {@code <br>}-separated line.
   */
  static List<String> paragraphs(Element element) {
    if (element.selectFirst("br") == null) {
      String text = element.text().strip();
      return text.isEmpty() ? List.of() : List.of(text);
    }
    List<String> paragraphs = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (String line : rawLines(element)) {
      if (!line.isEmpty()) {
        lines.add(line);
      } else if (!lines.isEmpty()) {
        paragraphs.add(String.join("\n", lines));
        lines.clear();
      }
    }
    if (!lines.isEmpty()) {
      paragraphs.add(String.join("\n", lines));
    }
    return paragraphs;
  }

  private static List<String> rawLines(Element element) {
    return brokenLines(element, false);
  }

  /** The element's text cut at each {@code <br>}, and around each block inside it when {@code blocksBreak}. */
  private static List<String> brokenLines(Element element, boolean blocksBreak) {
    Element copy = element.clone();
    copy.select("br").forEach(br -> br.after(new TextNode(LINE_BREAK)));
    if (blocksBreak) {
      copy.select(BLOCKS).forEach(block -> {
        block.before(new TextNode(LINE_BREAK));
        block.after(new TextNode(LINE_BREAK));
      });
    }
    return Arrays.stream(copy.text().split(LINE_BREAK, -1)).map(String::strip).toList();
  }

  /** The element's lines as a reader sees them: a {@code <br>} and a block inside it each end one. */
  private static List<String> shownLines(Element element) {
    return brokenLines(element, true).stream().filter(line -> !line.isEmpty()).toList();
  }

  /** The element's text with one line per {@code <br>}-separated line. */
  static String text(Element element) {
    return String.join("\n", lines(element));
  }

  /**
   * Whether {@code text} fills a line of {@code block}: the block's whole text, or, for an element
   * named as a headline, one of its lines between {@code <br>}s (older pages set headline, byline
   * and date as labelled spans, one to a line), else its first line (a portal's story box opens
   * with the bold headline over "Posted by …"). A bold line among a sidebar's links is no headline.
   * A block inside it (a kicker's {@code <div>} over the headline in a table cell) ends a line as a
   * {@code <br>} does: a reader sees the two on lines of their own.
   */
  static boolean fillsLine(String text, Element block, boolean namedHeadline) {
    if (block.text().strip().equals(text)) {
      return true;
    }
    List<String> lines = shownLines(block);
    return namedHeadline ? lines.contains(text) : !lines.isEmpty() && lines.get(0).equals(text);
  }

  /**
   * The first line of {@code element} when it stacks lines in blocks of their own (a blog's title
   * box: the post's name over its subtitle, a headline over its standfirst), else the element:
   * a title box styled as one is not one line.
   */
  static Element head(Element element) {
    boolean stack = element.childrenSize() >= 2 && element.children().stream().allMatch(child -> child.is("div, p, h1, h2, h3, h4, h5, h6") && child.hasText());
    return stack ? element.child(0) : element;
  }
}
