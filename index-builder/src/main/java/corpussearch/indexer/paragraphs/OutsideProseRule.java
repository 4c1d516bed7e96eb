package corpussearch.indexer.paragraphs;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Drops what is left around the article's run of prose that is not prose itself: the page's
 * buttons, counters, labels and link lines that no family rule named.
 *
 * <ul>
 *   <li><b>After the last prose block</b> (a block of at least {@value #MIN_PROSE_WORDS} words ending like a
 *       sentence): every block whose live lines are all short — at most {@value #MAX_TAIL_WORDS}
 *       words not ending like a sentence ("Contact us", "Terms &amp; Conditions", "Source: The
 *       Daily X", "142 Likes"), and blocks of two or more lines shaped like linked headlines (up
 *       to {@value #MAX_HEADLINE_WORDS} words, none a sentence), a list of other stories without
 *       its label. A short sentence ("Police are investigating.") may end a story and is kept.
 *   <li><b>Before the first prose block</b>: lines shaped like a page's widgets rather than a
 *       standfirst — a count or a reading time ("5 mins to read", "142 Likes"), a label over a
 *       value ("Man of the Match: A. Name (Club)"), a button of at most {@value #MAX_BUTTON_WORDS}
 *       words, a line without letters — in blocks made only of such lines. A heading printed
 *       directly above the first prose block, on a line of its own and of two words or more,
 *       heads it and is kept (unless it is a label over a value); any other heading-shaped line
 *       up there heads nothing and is dropped as a stray heading, so that dropping what lay
 *       between never makes a ticker, a kicker or a button the section.
 * </ul>
 *
 * <p>Why: an article is a run of prose paragraphs; what a copied page adds around it is short
 * lines that are not sentences. Inside the run the same shapes may be a section heading, a score
 * or a list of facts, so the rule keeps its hands off everything between the first and the last
 * prose block, and it runs last, after the families that explain what they drop.
 */
final class OutsideProseRule implements FurnitureRule {
  private static final int MAX_TAIL_WORDS = 8;
  private static final int MAX_HEADLINE_WORDS = 20;
  private static final int MIN_PROSE_WORDS = 8;
  private static final int MAX_BUTTON_WORDS = 3;
  private static final int MAX_WIDGET_WORDS = 12;
  /** A figure with what it counts, or a label over a value: "142 Likes", "5 mins to read", "Result: X won". */
  private static final Pattern WIDGET =
      Pattern.compile("(?u)\\d[\\d,.]*\\s*\\p{L}.*|[^:]{1,30}:\\s+\\S.*");

  @Override
  public DropReason reason() {
    return DropReason.NAVIGATION;
  }

  @Override
  public void apply(Page page) {
    List<Block> live = page.liveBlocks();
    int first = -1;
    int last = -1;
    for (int b = 0; b < live.size(); b++) {
      if (isSentenceProse(page.liveText(live.get(b))) && !isHeadlineList(page, live.get(b))) {
        first = first < 0 ? b : first;
        last = b;
      }
    }
    if (first < 0) {
      return;
    }
    for (int b = last + 1; b < live.size(); b++) {
      Block block = live.get(b);
      if (isHeadlineList(page, block)) {
        page.dropAll(page.live(block), DropReason.RELATED_LIST);
      } else {
        dropIfAll(page, block, OutsideProseRule::isTailLine, isHeading(page, block) ? DropReason.STRAY_HEADING : reason());
      }
    }
    Block above = aboveRun(page, live.get(first));
    for (int b = 0; b < first; b++) {
      Block block = live.get(b);
      if (!isHeading(page, block)) {
        dropIfAll(page, block, OutsideProseRule::isWidgetLine, reason());
      } else if (!block.equals(above)) {
        page.dropAll(page.live(block), DropReason.STRAY_HEADING);
      }
    }
  }

  /** A one-line block of heading shape that is no label over a value. */
  private static boolean isHeading(Page page, Block block) {
    String text = page.liveText(block);
    return page.live(block).size() == 1 && HeadingShape.matches(text) && !WIDGET.matcher(text).matches();
  }

  /**
   * The block printed right above {@code run} when it may head it: a line of its own (not what is
   * left of a row of buttons, "Share" / "Save") of at least two words. Null otherwise.
   */
  private static Block aboveRun(Page page, Block run) {
    int at = page.blocks().indexOf(run);
    Block above = at > 0 ? page.blocks().get(at - 1) : null;
    boolean heads = above != null && above.lines().size() == 1 && !TextShapes.atMostWords(page.line(above.first()), 1);
    return heads ? above : null;
  }

  private static void dropIfAll(Page page, Block block, Predicate<String> shape, DropReason reason) {
    List<Integer> lines = page.live(block);
    if (lines.stream().map(page::line).allMatch(shape)) {
      page.dropAll(lines, reason);
    }
  }

  /**
   * Prose that ends like a sentence: a long run of words without a full stop may be a scoreline
   * or a link list, which must not anchor the article's run.
   */
  private static boolean isSentenceProse(String text) {
    return !TextShapes.atMostWords(text, MIN_PROSE_WORDS - 1) && TextShapes.endsSentence(text);
  }

  /** Two or more lines shaped like linked headlines, none a sentence: a list of other stories. */
  private static boolean isHeadlineList(Page page, Block block) {
    List<Integer> lines = page.live(block);
    return lines.size() >= 2
        && lines.stream().map(page::line).allMatch(line -> TextShapes.headlineLike(line) && TextShapes.atMostWords(line, MAX_HEADLINE_WORDS));
  }

  private static boolean isTailLine(String line) {
    return TextShapes.atMostWords(line, MAX_TAIL_WORDS) && !TextShapes.endsSentence(line);
  }

  private static boolean isWidgetLine(String line) {
    return !TextShapes.hasLetter(line)
        || TextShapes.atMostWords(line, MAX_BUTTON_WORDS) && !TextShapes.endsSentence(line)
        || TextShapes.atMostWords(line, MAX_WIDGET_WORDS) && !TextShapes.endsSentence(line) && WIDGET.matcher(line).matches();
  }
}
