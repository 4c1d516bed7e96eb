package corpussearch.indexer.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** Where a page's prose is: paragraph text per container, less the text in links (Readability's scoring). */
final class TextDensity {

  /** What a block holding prose of its own never holds: blocks, and the tables and lists that hold blocks. */
  private static final String CONTAINERS = MainContent.BLOCK_TAGS + ", table, tbody, tr, ul, ol, dl, center";
  /** Blocks that hold a paragraph's text when a page sets no {@code <p>}. */
  private static final String PROSE_BLOCKS = "div, td, dd, section";
  /** A part of the text worth a fifth of the best one is part of the article (Readability's sibling threshold). */
  private static final double MIN_PART_SHARE = 0.2;

  private TextDensity() {}

  /**
   * The container whose paragraphs hold the most text, each paragraph counting for its parent and
   * half for its grandparent. A block with no block inside it that reads as prose counts as a
   * paragraph when {@code proseBlocks}, as Readability turns such a {@code <div>} into one:
   * script-rendered pages set their text in divs.
   */
  static Element densest(Element body, boolean proseBlocks) {
    Map<Element, Double> scores = scores(body, proseBlocks);
    return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  private static Map<Element, Double> scores(Element body, boolean proseBlocks) {
    // In document order: of two containers that score the same, the first wins, run after run.
    Map<Element, Double> scores = new LinkedHashMap<>();
    for (Element paragraph : body.select(proseBlocks ? "p, pre, blockquote, " + PROSE_BLOCKS : "p, pre, blockquote")) {
      // Children only, not the whole subtree: each div is looked at once, so the cost stays linear.
      boolean leaf = paragraph.children().stream().noneMatch(child -> child.is(CONTAINERS));
      if (!paragraph.is("p, pre, blockquote") && (!leaf || !BlockShapes.isProse(paragraph.text()))) {
        continue;
      }
      double length = paragraph.text().length() * (1 - linkDensity(paragraph, paragraph.text()));
      Element parent = paragraph.parent();
      if (parent != null) {
        scores.merge(parent, length, Double::sum);
        if (parent.parent() != null) {
          scores.merge(parent.parent(), length / 2, Double::sum);
        }
      }
    }
    return scores;
  }

  /**
   * {@code best}, or its parent when a sibling styled alike (same tag and class) holds prose too:
   * an advertisement or a pull quote set between them splits the article's text into parts, and
   * the densest part alone would lose the others. Readability appends such siblings; an unstyled
   * or differently styled sibling (a sidebar) is left out. A component system wraps each part in
   * boxes of its own (AEM's {@code div.text > div.cmp-text}): the parts compared are then the
   * outermost boxes that hold {@code best} alone. In the parent kept, a box between the parts that
   * is styled otherwise and holds no prose (a teaser card for another page) is taken out.
   */
  static Element withAlikeParts(Element best) {
    Element part = best;
    while (part.parent() != null && part.parent().childrenSize() == 1 && !part.parent().is("body")) {
      part = part.parent();
    }
    Element parent = part.parent();
    if (parent == null || part.className().isBlank()) {
      return best;
    }
    Map<Element, Double> scores = scores(parent, true);
    double top = scores.getOrDefault(part, 0.0);
    Element first = part;
    List<Element> alike = part.siblingElements().stream().filter(sibling -> alike(sibling, first)).toList();
    if (alike.stream().noneMatch(sibling -> scores.getOrDefault(sibling, 0.0) >= top * MIN_PART_SHARE)) {
      return best;
    }
    parent.children().stream().filter(box -> box != first && !alike.contains(box) && isBoxWithoutProse(box)).forEach(Element::remove);
    return parent;
  }

  private static boolean alike(Element one, Element other) {
    return one.tagName().equals(other.tagName()) && one.className().equals(other.className());
  }

  /** Whether {@code box} is a box ({@code div}, {@code section}, {@code aside}, {@code figure}) with no block of prose in it. */
  static boolean isBoxWithoutProse(Element box) {
    return box.is("div, section, aside, figure") && box.select("p, blockquote, pre, " + PROSE_BLOCKS).stream()
        .noneMatch(block -> block.children().stream().noneMatch(child -> child.is(CONTAINERS)) && BlockShapes.isProse(block.text()));
  }

  static double linkDensity(Element block, String text) {
    if (text.isEmpty()) {
      return 0;
    }
    int linked = 0;
    for (Element link : block.select("a")) {
      linked += link.text().length();
    }
    return (double) linked / text.length();
  }}
