package corpussearch.indexer.html;

import java.util.List;
import java.util.function.BiPredicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The text of a short element whose parts touch without a space: adjacent elements that only
 * styling separates ({@code <span>Jane Doe</span><span>Herald, Leeds</span>}) read as one run of
 * text, where a reader sees two items. Each part is kept apart with a " · ", which {@link
 * BlockShapes#segments} then cuts at.
 */
final class TouchingTexts {

  /** Elements a browser sets on lines of their own. */
  static final org.jsoup.select.Evaluator LINE_BREAKERS = org.jsoup.select.QueryParser.parse("p, div, li, ul, ol, section, article, table");

  private TouchingTexts() {}

  /**
   * The text of {@code element} with a " · " where two of its texts touch without a space: a
   * byline block often sets name and place in adjacent elements that only styling separates
   * ({@code <span>Jane Doe</span><span>Herald, Leeds</span>}), and the name ends there.
   */
  static String spaced(Element element) {
    return joined(element, true, (before, after) -> !Character.isWhitespace(before) && !Character.isWhitespace(after));
  }

  /**
   * The element's lines; a line of inline elements alone with a " · " where two of its words
   * touch: a meta line sets the byline and the date in adjacent spans that only styling separates
   * ("Par La Rédaction" beside "Publié le 26 octobre 2026"), and its text runs them together
   * ("RédactionPublié", "Doe26 octobre").
   */
  static List<String> lines(Element element) {
    boolean inline = element.selectFirst("br") == null && element.getAllElements().stream().skip(1).noneMatch(inner -> inner.is(LINE_BREAKERS));
    return inline ? List.of(joined(element, false, (before, after) -> Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after))) : BlockText.lines(element);
  }

  /**
   * The text of {@code element} with a " · " between two of its texts whose touching characters
   * {@code apart} says are apart; {@code blanksTouch}: a blank text between them is skipped, so
   * that they still touch.
   */
  private static String joined(Element element, boolean blanksTouch, BiPredicate<Character, Character> apart) {
    StringBuilder text = new StringBuilder();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode part && !part.getWholeText().isEmpty() && !(blanksTouch && part.isBlank())) {
        String whole = part.getWholeText();
        boolean touching = !text.isEmpty() && apart.test(text.charAt(text.length() - 1), whole.charAt(0));
        text.append(touching ? " · " : "").append(whole);
      }
    }, element);
    return text.toString().replaceAll("\\s+", " ").strip();
  }
}
