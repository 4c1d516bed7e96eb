package corpussearch.indexer.paragraphs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops related-article lists and their labels, by link-list density.
 *
 * <ul>
 *   <li><b>Label</b>: a whole line that titles a list of links — "See Also", "Related Articles",
 *       "Read More:", "You May Also Like", "Most Popular", "Trending Now", "Further Reading", a
 *       kind of news named between "More"/"Latest" and "News" ("MORE LOCAL NEWS", "Latest from
 *       Court") …, the same in other languages or in two at once ("Lexo edhe / Read also:", {@link
 *       ReadAlsoLabels}) …
 *       What follows the label is dropped only while it is list-shaped (see below); the first
 *       block of real prose ends the list and is kept, since sites often place a "See Also" box
 *       inside the body.
 *   <li><b>Dense block</b>: a block of at least {@value #MIN_LIST_LINES} live lines of which at
 *       least {@value #MIN_DENSITY} are {@linkplain TextShapes#headlineLike headline-like} (short,
 *       capitalised, no final sentence punctuation). Body paragraphs never look like that; a list
 *       of linked headlines always does, even when a few of its headlines end with a period.
 *   <li><b>Bulleted headlines</b>: a block of at least {@value #MIN_BULLETED_ITEMS} lines that
 *       each start with a bullet, dash, arrow or number and are otherwise linked headlines, under
 *       a short title of its own or none ("MORE BUSINESS", "Popular on The Daily Ledger"): a
 *       list box's title names the box in a few words, whatever the words are.
 *   <li><b>Inline link</b>: a label, a list title among them, and one headline on one line ("Read more: Otters clinch …",
 *       "Mest læste / Most read: Marstal shipyard wins order …").
 *   <li><b>Run of one-line blocks</b>: at least {@value #MIN_RUN_BLOCKS} consecutive blocks that
 *       are each a single headline-like line (the same list, rendered with blank lines between
 *       items). Real headings are each followed by body text, so they never form such a run.
 *   <li><b>Teaser card</b>: a block of a short title, a sentence or two on the page it announces and
 *       its button, alone on the last line ("Africa Security Program" / "The … Program provides
 *       …" / "Learn more"). A story's paragraph never ends on a button; "Read more", which may
 *       open the rest of the story itself, is no card's button here.
 * </ul>
 */
final class RelatedListRule implements FurnitureRule {
  static final int MIN_LIST_LINES = 5;
  static final double MIN_DENSITY = 0.7;
  private static final Pattern INNER_SENTENCE_BREAK = Pattern.compile("\\p{Ll}[.!?][\"”“]?\\s+[\"„“«]?\\p{Lu}");
  static final int MIN_RUN_BLOCKS = 4;
  private static final double MIN_DENSITY_AFTER_LABEL = 0.5;
  private static final int MAX_ITEM_WORDS = 20;

  private static final Pattern LABEL =
      Pattern.compile(
          "(?iu)(?:" + ReadAlsoLabels.BILINGUAL_PREFIX + ")?(?:" + ReadAlsoLabels.FOREIGN + "|" + ReadAlsoLabels.LIST_TITLES + ")\\s*:?");

  /** A label and one linked headline on the same line: "Read more: Otters clinch the title". */
  private static final Pattern INLINE = Pattern.compile(ReadAlsoLabels.INLINE);

  /** A list item: a bullet, an arrow or a number, then the item. */
  private static final Pattern BULLETED = Pattern.compile("^(?:[-–—•·▪●◦‣∙*>»›]|\\d{1,2}[.)])\\s+(.+)$");

  private static final int MIN_BULLETED_ITEMS = 2;
  /** A linked headline after its label wraps over three lines at most. */
  private static final int MAX_WRAPPED_ITEM_LINES = 3;
  /** A list box's own title is a few words ("Most Read", "Popular on The Daily Ledger"). */
  private static final int MAX_LIST_TITLE_WORDS = 6;

  /** A card's button to the page it announces: "Learn more", "Find out more ›", "Discover more". */
  private static final Pattern CARD_BUTTON = Pattern.compile("(?iu)(?:learn|find out|discover) more\\s*[›»→>]?");
  /** A card's title, then at most two sentences of blurb. */
  private static final int MAX_CARD_LINES = 3;
  private static final int MAX_BLURB_WORDS = 40;

  @Override
  public DropReason reason() {
    return DropReason.RELATED_LIST;
  }

  @Override
  public void apply(Page page) {
    dropLabelledLists(page);
    for (Block block : page.blocks()) {
      List<Integer> live = page.live(block);
      if (live.size() >= MIN_LIST_LINES && density(page, live) >= MIN_DENSITY && !isWrappedProse(page, live)
          || bulletedHeadlines(page, live)) {
        page.dropAll(live, reason());
      }
    }
    dropWrappedInlineItems(page);
    for (int i = 0; i < page.size(); i++) {
      Matcher inline = INLINE.matcher(page.line(i));
      if (page.isLive(i) && inline.matches() && item(inline.group(1))) {
        page.drop(i, reason());
      }
    }
    dropRunsOfOneLineBlocks(page);
    dropTeaserCards(page);
  }

  /**
   * A label and its headline hard-wrapped over a short block of their own ("[17]Read also: Austria
   * tightens messenger surveillance law after heated" / "debate"), read as the one line they were.
   */
  private void dropWrappedInlineItems(Page page) {
    for (Block block : page.liveBlocks()) {
      List<Integer> live = page.live(block);
      Matcher inline = INLINE.matcher(page.liveText(block));
      if (live.size() > 1 && live.size() <= MAX_WRAPPED_ITEM_LINES && INLINE.matcher(page.line(live.get(0))).lookingAt()
          && inline.matches() && item(inline.group(1))) {
        page.dropAll(live, reason());
      }
    }
  }

  /** The card's shape is read on all its lines: the metadata extractor may have taken its title for a section's. */
  private void dropTeaserCards(Page page) {
    for (Block block : page.liveBlocks()) {
      List<String> card = block.lines().stream().map(page::line).toList();
      int last = card.size() - 1;
      if (card.size() >= 2 && card.size() <= MAX_CARD_LINES + 1 && CARD_BUTTON.matcher(card.get(last)).matches()
          && TextShapes.headlineLike(card.get(0)) && TextShapes.atMostWords(card.get(0), MAX_LIST_TITLE_WORDS)
          && TextShapes.atMostWords(String.join(" ", card.subList(1, last)), MAX_BLURB_WORDS)) {
        page.dropAll(page.live(block), reason());
      }
    }
  }

  private void dropLabelledLists(Page page) {
    List<Block> blocks = page.blocks();
    for (int b = 0; b < blocks.size(); b++) {
      List<Integer> live = labelAndLive(page, blocks.get(b));
      for (int k = 0; k < live.size(); k++) {
        int i = live.get(k);
        if (!LABEL.matcher(page.line(i)).matches()) {
          continue;
        }
        page.drop(i, reason());
        List<Integer> rest = live.subList(k + 1, live.size());
        if (!rest.isEmpty()) {
          List<Integer> list = untilPastedProse(page, rest);
          if (!list.isEmpty() && listShaped(page, list)) {
            page.dropAll(list, reason());
          }
          break;
        }
        for (int c = b + 1; c < blocks.size(); c++) {
          List<Integer> following = page.live(blocks.get(c));
          if (following.isEmpty()) {
            continue;
          }
          if (!listShaped(page, following)) {
            break;
          }
          page.dropAll(following, reason());
        }
      }
    }
  }

  /**
   * The lines up to the first paragraph pasted on a line of its own (too long to be a hard wrap,
   * standing alone): in a page pasted one paragraph per line, the story resumes there.
   */
  private static List<Integer> untilPastedProse(Page page, List<Integer> lines) {
    int end = 0;
    while (end < lines.size() && !(TextShapes.unwrapped(page.line(lines.get(end))) && TextShapes.standsAlone(page.line(lines.get(end))))) {
      end++;
    }
    return lines.subList(0, end);
  }

  /**
   * The live lines of {@code block} and a label the navigation rule took for a button ("Read
   * more" is both): it still titles the list under it.
   */
  private static List<Integer> labelAndLive(Page page, Block block) {
    return block.lines().stream()
        .filter(i -> page.isLive(i) || page.reason(i) == DropReason.NAVIGATION && LABEL.matcher(page.line(i)).matches())
        .toList();
  }

  private void dropRunsOfOneLineBlocks(Page page) {
    List<Integer> run = new ArrayList<>();
    for (Block block : page.liveBlocks()) {
      List<Integer> live = page.live(block);
      if (live.size() == 1 && item(page.line(live.get(0)))) {
        run.add(live.get(0));
      } else {
        flushRun(page, run);
      }
    }
    flushRun(page, run);
  }

  private void flushRun(Page page, List<Integer> run) {
    if (run.size() >= MIN_RUN_BLOCKS) {
      page.dropAll(run, reason());
    }
    run.clear();
  }

  /**
   * A block of at least two bulleted or numbered items that are all linked headlines: body text
   * lists facts as sentences, a related-stories box lists headlines.
   */
  private static boolean bulletedHeadlines(Page page, List<Integer> lines) {
    if (lines.isEmpty()) {
      return false;
    }
    String first = page.line(lines.get(0));
    boolean titled = !BULLETED.matcher(first).matches() && TextShapes.headlineLike(first) && TextShapes.atMostWords(first, MAX_LIST_TITLE_WORDS);
    List<Integer> items = titled ? lines.subList(1, lines.size()) : lines;
    if (items.size() < MIN_BULLETED_ITEMS) {
      return false;
    }
    for (int i : items) {
      Matcher bulleted = BULLETED.matcher(page.line(i));
      if (!bulleted.matches() || !item(bulleted.group(1))) {
        return false;
      }
    }
    return true;
  }

  /**
   * After a label: a single headline-like line, or lines that are mostly headline-like; a list
   * drawn as a table in a text dump ("│ 1 │ Crop Over … │" between rules) is read without its frame.
   */
  private static boolean listShaped(Page page, List<Integer> lines) {
    List<String> items = lines.stream().map(page::line).filter(line -> !TextShapes.isRule(line)).map(TextShapes::unframed).toList();
    if (items.size() == 1) {
      return item(items.get(0));
    }
    long headlines = items.stream().filter(TextShapes::headlineLike).count();
    return !items.isEmpty() && (double) headlines / items.size() >= MIN_DENSITY_AFTER_LABEL;
  }

  private static boolean item(String line) {
    return TextShapes.headlineLike(line) && TextShapes.atMostWords(line, MAX_ITEM_WORDS);
  }

  /**
   * Whether the lines are one paragraph of prose wrapped hard, as a German text sets it, every line
   * opening with a noun in capitals ("Sicherheitsexperten sehen … ein wachsendes" / "Problem. „Die
   * Gruppe …"): a sentence ends inside a line and another begins there, and the last line ends a
   * sentence. A list's headlines each end where their line does.
   */
  private static boolean isWrappedProse(Page page, List<Integer> lines) {
    return lines.stream().map(page::line).anyMatch(line -> INNER_SENTENCE_BREAK.matcher(line).find())
        && TextShapes.endsSentence(page.line(lines.get(lines.size() - 1)));
  }

  private static double density(Page page, List<Integer> lines) {
    long headlines = lines.stream().filter(i -> TextShapes.headlineLike(page.line(i))).count();
    return lines.isEmpty() ? 0 : (double) headlines / lines.size();
  }
}
