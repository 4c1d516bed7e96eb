package corpussearch.indexer.paragraphs;

import java.util.ArrayList;
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
  /** A linked headline inside the story has a few words at least; a heading may be one or two. */
  private static final int MIN_RUN_ITEM_WORDS = 4;
  private static final int MAX_LABEL_WORDS = 6;
  /** Two or more questions of at most eight words each, and nothing else. */
  private static final Pattern QUESTIONS = Pattern.compile("(?u)(?:[^.!?\\s]+(?:\\s+[^.!?\\s]+){0,7}\\?\\s*){2,12}");
  /** A figure with what it counts, or a label over a value: "142 Likes", "5 mins to read", "Result: X won". */
  private static final Pattern WIDGET =
      Pattern.compile("(?u)\\d[\\d,.]*\\s*\\p{L}.*|[^:]{1,30}:\\s+\\S.*");

  @Override
  public DropReason reason() {
    return DropReason.NAVIGATION;
  }

  @Override
  public void apply(Page page) {
    List<List<Integer>> units = units(page);
    int first = -1;
    int last = -1;
    for (int u = 0; u < units.size(); u++) {
      if (isSentenceProse(text(page, units.get(u))) && !isHeadlineList(page, units.get(u))) {
        first = first < 0 ? u : first;
        last = u;
      }
    }
    if (first < 0) {
      return;
    }
    dropHeadlineRuns(page, units.subList(first, last + 1), true);
    dropQuestionMenus(page, units.subList(first, last + 1));
    dropHeadlineRuns(page, units.subList(last + 1, units.size()), false);
    for (List<Integer> unit : units.subList(last + 1, units.size())) {
      if (isHeadlineList(page, unit)) {
        page.dropAll(unit, DropReason.RELATED_LIST);
      } else {
        dropIfAll(page, unit, OutsideProseRule::isTailLine, isHeading(page, unit) ? DropReason.STRAY_HEADING : reason());
      }
    }
    dropBeforeRun(page, units.get(first).get(0));
  }

  /** Before the block that holds {@code firstLine}: widgets, and headings that head nothing. */
  private void dropBeforeRun(Page page, int firstLine) {
    List<Block> live = page.liveBlocks();
    int first = 0;
    while (live.get(first).last() < firstLine) {
      first++;
    }
    Block above = aboveRun(page, live.get(first));
    for (int b = 0; b < first; b++) {
      Block block = live.get(b);
      if (!isHeading(page, page.live(block))) {
        dropIfAll(page, page.live(block), OutsideProseRule::isWidgetLine, reason());
      } else if (!block.equals(above)) {
        page.dropAll(page.live(block), DropReason.STRAY_HEADING);
      }
    }
  }

  /**
   * The page's paragraphs as the reader sees them: a block pasted one paragraph per line (it holds
   * a line too long to be a hard wrap that stands alone) gives one unit per line, or per sentence
   * wrapped over lines, any other block one unit of all its live lines.
   */
  static List<List<Integer>> units(Page page) {
    List<List<Integer>> units = new ArrayList<>();
    for (Block block : page.liveBlocks()) {
      List<Integer> live = page.live(block);
      if (live.size() > 1 && live.stream().map(page::line).anyMatch(TextShapes::unwrapped)) {
        units.addAll(lineUnits(page, live));
      } else {
        units.add(live);
      }
    }
    return units;
  }

  /**
   * One unit per line, a line that goes on with the sentence the line above left open (no stop at
   * its end, lower case at its start) joined to it: "… in the Sahel Programme, where she" / "works on
   * armed group governance …" is one paragraph, whose second line alone reads as no bio or notice.
   */
  private static List<List<Integer>> lineUnits(Page page, List<Integer> live) {
    List<List<Integer>> units = new ArrayList<>();
    List<Integer> unit = new ArrayList<>();
    for (int i : live) {
      if (!unit.isEmpty() && !TextShapes.continuesSentence(page.line(unit.getLast()), page.line(i))) {
        units.add(List.copyOf(unit));
        unit.clear();
      }
      unit.add(i);
    }
    units.add(List.copyOf(unit));
    return units;
  }

  /**
   * Drops every run of at least two consecutive one-line units shaped like linked headlines, and
   * the short title over it: a list of other stories, set among the paragraphs or under them.
   * Inside the story ({@code inStory}) the run counts only when prose follows it and its items
   * have {@value #MIN_RUN_ITEM_WORDS} words or more and no question mark, since a heading over its
   * paragraph is one line, never two, and a story may ask two questions in a row; a pull quote set
   * twice is one line.
   */
  private static void dropHeadlineRuns(Page page, List<List<Integer>> units, boolean inStory) {
    int start = 0;
    for (int u = 0; u <= units.size(); u++) {
      if (u < units.size() && isItem(page, units.get(u), inStory)) {
        continue;
      }
      boolean bounded = !inStory || u < units.size() && isSentenceProse(text(page, units.get(u)));
      if (distinct(page, units.subList(start, u)) >= 2 && bounded) {
        int from = start > 0 && isLabel(page, units.get(start - 1)) ? start - 1 : start;
        units.subList(from, u).forEach(unit -> page.dropAll(unit, DropReason.RELATED_LIST));
      }
      start = u + 1;
    }
  }

  /**
   * Drops a menu of what an explainer answers: a line made only of short questions ("Which vans
   * will pay? What does it cost? Is there help?") under a title in capitals. A story's own
   * questions come one at a time, or in a paragraph that also answers them, and not under a title.
   */
  private static void dropQuestionMenus(Page page, List<List<Integer>> units) {
    for (int u = 1; u < units.size(); u++) {
      List<Integer> title = units.get(u - 1);
      List<Integer> menu = units.get(u);
      String line = page.line(menu.get(0));
      if (menu.size() == 1 && isLabel(page, title) && TextShapes.isCapitals(page.line(title.get(0)))
          && line.strip().endsWith("?") && QUESTIONS.matcher(line.strip()).matches()) {
        page.dropAll(title, DropReason.NAVIGATION);
        page.dropAll(menu, DropReason.NAVIGATION);
      }
    }
  }

  /** A list's own title over its items: one short line that is no sentence ("In other news"). */
  private static boolean isLabel(Page page, List<Integer> unit) {
    String line = page.line(unit.get(0));
    return unit.size() == 1 && TextShapes.headlineLike(line) && TextShapes.atMostWords(line, MAX_LABEL_WORDS);
  }

  /** Distinct lines in a run: a pull quote set twice is one line, never a list. */
  private static long distinct(Page page, List<List<Integer>> run) {
    return run.stream().map(unit -> page.line(unit.get(0))).distinct().count();
  }

  private static boolean isItem(Page page, List<Integer> unit, boolean inStory) {
    String line = page.line(unit.get(0));
    boolean item = unit.size() == 1 && TextShapes.headlineLike(line) && TextShapes.atMostWords(line, MAX_HEADLINE_WORDS);
    return item && (!inStory || !TextShapes.atMostWords(line, MIN_RUN_ITEM_WORDS - 1) && !TextShapes.endsSentence(line));
  }

  /** The unit's lines joined by single spaces. */
  static String text(Page page, List<Integer> unit) {
    return String.join(" ", unit.stream().map(page::line).toList());
  }

  /** A one-line block of heading shape that is no label over a value. */
  private static boolean isHeading(Page page, List<Integer> unit) {
    String text = text(page, unit);
    return unit.size() == 1 && HeadingShape.matches(text) && !WIDGET.matcher(text).matches();
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

  private static void dropIfAll(Page page, List<Integer> lines, Predicate<String> shape, DropReason reason) {
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
  private static boolean isHeadlineList(Page page, List<Integer> lines) {
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
