package corpussearch.indexer.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article body of a page, in the manner of Readability and boilerpipe: page furniture ({@link
 * FurnitureElements}) (navigation, headers, footers, asides, comments, related lists, share bars,
 * prompts, ads, captions (also {@link Captions} beside an image), forms ({@link Forms}), scripts)
 * removed, then the content container chosen, marked up ({@code itemprop=articleBody}, {@code
 * <article>}, {@code <main>}, common content classes) or else the block with the most paragraph
 * text, then its text blocks read in order.
 *
 * <p>Each block becomes one paragraph; headings stay blocks of their own, so the paragraph splitter
 * turns them into sections and its furniture rules still apply.
 */
final class MainContent {

  private static final String CONTENT_SELECTORS =
      "[itemprop=articleBody]; article; main, [role=main];"
          + " .article-body, .article-content, .article__body, .entry-content, .post-content, .post-body,"
          + " .story-body, .story-content, .content-body, #article-body, #content, .content";

  static final String BLOCK_TAGS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, td, div, section, article, footer, aside, main, figure, center";
  private static final org.jsoup.select.Evaluator BLOCKS = org.jsoup.select.QueryParser.parse(BLOCK_TAGS);
  private static final String HEADINGS = "h2, h3, h4, h5, h6";
  private static final int MIN_CONTENT_CHARS = 200;
  /** Trailers hold at most a third of the content's text. */
  private static final int MAX_TRAILER_SHARE = 3;
  private static final double MAX_LINK_DENSITY = 0.5;
  /** Sibling links from which a run of them is a menu. */
  private static final int MIN_MENU_LINKS = 3;
  /** Share of a block's text in links from which a block of several links is a menu. */
  private static final double MIN_MENU_LINK_DENSITY = 0.9;

  private MainContent() {}

  /**
   * The text blocks of the content container.
   *
   * @param blocks every block in reading order, the lines above the text among them; empty when
   *     the page has no text
   * @param lead how many of them lead the article ({@link ArticleLead}) rather than belong to it
   */
  record Body(List<String> blocks, int lead) {

    /** The article's own paragraphs and headings: the blocks after its lead. */
    List<String> paragraphs() {
      return blocks.subList(lead, blocks.size());
    }
  }

  /** The body of {@code page}. */
  static Body body(Document page) {
    Element drawn = page.body().clone();
    // A picture's box as the page drew it, before loose text in it is set apart as paragraphs.
    Captions.remove(drawn);
    Element body = LooseText.wrapped(drawn);
    FurnitureElements.remove(body);
    Element root = contentRoot(body);
    Set<Element> trailers = trailers(root);
    List<Element> all = leafBlocks(root).stream().filter(block -> !trailers.contains(block)).toList();
    List<Element> leaves = all.subList(0, all.size() - ClosingBoilerplate.of(all).size());
    Set<Element> notes = TrailingNotes.of(leaves);
    List<String> blocks = new ArrayList<>();
    List<Boolean> headings = new ArrayList<>();
    for (Element block : leaves) {
      if (notes.contains(block)) {
        continue;
      }
      String text = BlockText.text(block);
      boolean heading = block.is(HEADINGS);
      if (text.isEmpty() || isTeaser(block, text) || !heading && TextDensity.linkDensity(block, text) > MAX_LINK_DENSITY) {
        continue;
      }
      for (String part : heading ? List.of(text) : BlockText.paragraphs(block)) {
        if (heading || !BlockShapes.isMenuLine(part) && !BlockShapes.isLabelledHeadline(part)) {
          blocks.add(part);
          headings.add(heading);
        }
      }
    }
    // A heading with nothing under it ("More from Jane Doe" over a dropped link list) heads no section.
    while (!headings.isEmpty() && headings.get(headings.size() - 1)) {
      blocks.remove(blocks.size() - 1);
      headings.remove(headings.size() - 1);
    }
    return new Body(List.copyOf(blocks), ArticleLead.length(blocks, headings));
  }

  /**
   * Every text block of the page, furniture included, in reading order: the page as a scrape
   * would show it, for the text path's rules, which know mastheads, bylines and copyright lines.
   * Menus are left out (navigation elements, runs of sibling links, blocks of links and nothing
   * else): the markup says what they are, where the text rules would have to guess from the words.
   */
  static List<String> pageBlocks(Document page) {
    Element body = LooseText.wrapped(page.body().clone());
    body.select("script, style, noscript, template, svg, nav, menu, [role=navigation]").remove();
    for (Element element : body.getAllElements()) {
      List<Element> links = element.children().stream().filter(child -> child.nameIs("a")).toList();
      if (links.size() >= MIN_MENU_LINKS) {
        links.forEach(Element::remove);
      }
    }
    List<String> blocks = new ArrayList<>();
    for (Element block : leafBlocks(body)) {
      String text = BlockText.text(block);
      if (!text.isEmpty() && !isLinkList(block, text)) {
        blocks.add(text);
      }
    }
    return blocks;
  }

  /**
   * A block that links to another page as a whole: inside a link ("Previous" with the last post's
   * headline under it), or a heading that is all link. It is a teaser for that page, never a
   * section of this one. A link to a place on the same page ("#costs") is a heading's own anchor.
   */
  private static boolean isTeaser(Element block, String text) {
    Element around = block.parent() == null ? null : block.parent().closest("a[href]");
    if (around != null) {
      return !around.attr("href").startsWith("#");
    }
    return block.is(HEADINGS)
        && TextDensity.linkDensity(block, text) >= MIN_MENU_LINK_DENSITY
        && block.select("a[href]").stream().noneMatch(link -> link.attr("href").startsWith("#"));
  }

  private static boolean isLinkList(Element block, String text) {
    return block.select("a").size() >= 2 && TextDensity.linkDensity(block, text) >= MIN_MENU_LINK_DENSITY;
  }

  private static Element contentRoot(Element body) {
    for (String selector : CONTENT_SELECTORS.split(";")) {
      Element best = longest(body.select(selector.strip()));
      if (best != null && best.text().length() >= MIN_CONTENT_CHARS) {
        return withOpening(best);
      }
    }
    Element best = TextDensity.densest(body, true);
    return best != null ? TextDensity.withAlikeParts(best) : body;
  }

  /**
   * The blocks set after the container that holds the article's paragraphs, outside it and not
   * paragraphs themselves: notes, prompts and tool rows that share the content element with the
   * text ("Send us your letters: …"). Like Readability, which keeps a sibling of the text's
   * container only when it is a paragraph itself or holds paragraphs.
   */
  private static Set<Element> trailers(Element root) {
    Element text = TextDensity.densest(root, false);
    Set<Element> trailers = Collections.newSetFromMap(new IdentityHashMap<>());
    // The densest container may be the root's parent (a paragraph's grandparent scores too): no trailers then.
    if (text == null || text == root || !text.parents().contains(root)) {
      return trailers;
    }
    List<Element> all = root.getAllElements();
    Set<Element> textLine = Collections.newSetFromMap(new IdentityHashMap<>());
    textLine.add(text);
    textLine.addAll(text.parents());
    int end = all.indexOf(text) + text.getAllElements().size();
    for (Element element : all.subList(Math.max(end, 0), all.size())) {
      if (!element.is("p, blockquote, pre, " + HEADINGS) && element.closest("p, blockquote, pre") == null
          && siblingBranch(element, textLine).selectFirst("p") == null) {
        trailers.add(element);
      }
    }
    // Trailers are small: when they would hold much of the page, the text is in them (divs after a lone standfirst).
    int cut = trailers.stream().filter(e -> e.select(BLOCK_TAGS).size() == 1).mapToInt(e -> e.text().length()).sum();
    return cut * MAX_TRAILER_SHARE > root.text().length() ? Set.of() : trailers;
  }

  /**
   * The branch that holds {@code element} beside the text's container or one of its ancestors: a
   * second part of the article (a branch with paragraphs of its own) is not a trailer.
   */
  private static Element siblingBranch(Element element, Set<Element> textLine) {
    Element branch = element;
    while (branch.parent() != null && !textLine.contains(branch.parent())) {
      branch = branch.parent();
    }
    return branch;
  }

  /**
   * {@code root}'s parent when the element just before it is a run of prose paragraphs and nothing
   * else: the article's opening, split off from the marked-up body (a paywall's free preview above
   * the subscribers' part, a lede box).
   */
  private static Element withOpening(Element root) {
    Element before = root.previousElementSibling();
    boolean opening = before != null && !before.children().isEmpty() && before.children().stream().allMatch(child -> child.nameIs("p"))
        && before.children().stream().anyMatch(p -> p.text().length() >= MIN_CONTENT_CHARS / 2 && BlockShapes.isProse(p.text()));
    return opening && root.parent() != null ? root.parent() : root;
  }

  private static Element longest(Elements elements) {
    return elements.stream().max(Comparator.comparingInt(e -> e.text().length())).orElse(null);
  }

  /** Blocks with no block inside them, in document order: the units a reader sees as paragraphs. */
  private static List<Element> leafBlocks(Element root) {
    List<Element> leaves = new ArrayList<>();
    // One walk, each element's verdict passed up to its parent: linear in the page, where asking
    // every block for the blocks below it costs the square of its depth.
    Deque<boolean[]> blockBelow = new ArrayDeque<>();
    org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
      @Override
      public void head(org.jsoup.nodes.Node node, int depth) {
        if (node instanceof Element) {
          blockBelow.push(new boolean[1]);
        }
      }

      @Override
      public void tail(org.jsoup.nodes.Node node, int depth) {
        if (node instanceof Element element) {
          boolean below = blockBelow.pop()[0];
          boolean block = element.is(BLOCKS);
          if (block && !below) {
            leaves.add(element);
          }
          if (!blockBelow.isEmpty()) {
            blockBelow.peek()[0] |= below || block;
          }
        }
      }
    }, root);
    if (leaves.isEmpty() && !root.text().isBlank()) {
      leaves.add(root);
    }
    return leaves;
  }
}
