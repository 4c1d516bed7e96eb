package corpussearch.indexer.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Text set straight into a container beside blocks: a table cell holding a headline in a {@code
 * <font>} above its paragraphs, a {@code <div>} with a bare line after its last {@code <p>}. A
 * reading of leaf blocks never sees it, so each run of such text is wrapped in a block of its own,
 * as Readability wraps a container's loose text nodes in paragraphs. A {@code <div>} rather than
 * a {@code <p>}: loose text is no paragraph the page marked up, and the content scoring counts it
 * only when it reads as prose.
 */
final class LooseText {

  private static final Evaluator BLOCKS = QueryParser.parse(MainContent.BLOCK_TAGS + ", table, tbody, thead, tr, ul, ol, dl, h1, hr, form");

  private LooseText() {}

  /** {@code root}, changed in place: every run of loose text beside a block wrapped in a {@code <div>}. */
  static Element wrapped(Element root) {
    List<Element> mixed = new ArrayList<>();
    for (Element element : root.getAllElements()) {
      if (element.is(BLOCKS) && element.children().stream().anyMatch(child -> child.is(BLOCKS)) && hasLooseText(element)) {
        mixed.add(element);
      }
    }
    mixed.forEach(LooseText::wrapRuns);
    return root;
  }

  /**
   * Whether text stands beside the blocks outside any of them: a bare text node, or inline markup
   * holding text (a 2000s table cell sets its headline, byline and date as {@code <font>} and
   * {@code <b>} lines between {@code <br>}s above its paragraphs).
   */
  private static boolean hasLooseText(Element element) {
    return element.childNodes().stream().anyMatch(node -> !(node instanceof Element block && block.is(BLOCKS)) && holdsText(node));
  }

  /**
   * Whether {@code node} shows text: a text node or an element with some. Comments, {@code
   * <?…?>} instructions a server left in and data nodes show none, whatever they hold.
   */
  private static boolean holdsText(Node node) {
    return node instanceof TextNode text ? !text.isBlank() : node instanceof Element element && !element.text().isBlank();
  }

  private static void wrapRuns(Element element) {
    List<Node> run = new ArrayList<>();
    for (Node child : new ArrayList<>(element.childNodes())) {
      if (child instanceof Element block && block.is(BLOCKS)) {
        wrap(run);
        run.clear();
      } else {
        run.add(child);
      }
    }
    wrap(run);
  }

  /** Wraps {@code run} in a {@code <div>} when it holds text; a run of spaces and line breaks stays as it is. */
  private static void wrap(List<Node> run) {
    if (run.stream().noneMatch(LooseText::holdsText)) {
      return;
    }
    Element div = new Element("div");
    run.get(0).before(div);
    run.forEach(node -> div.appendChild(node));
  }
}
