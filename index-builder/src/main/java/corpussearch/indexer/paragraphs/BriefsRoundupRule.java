package corpussearch.indexer.paragraphs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops a roundup of other stories after the article: a label of its own line that names a
 * roundup of briefs ("IN BRIEF", "Quick hits", "News in brief", "In other news", "Also this week")
 * and the bulleted items under it, each a sentence of at most {@value #MAX_ITEM_WORDS} words, in
 * the same block or the next, at least {@value #MIN_ITEMS} of them.
 *
 * <p>Why: a newsletter or a news page closes its lead story with one-line news of other places and
 * other matters; each is another story, not this one. The label must come after at least {@value
 * #MIN_PROSE_BEFORE} paragraphs of prose, so a summary in bullets over the story is left to the
 * rules that know summaries; only bulleted lines are taken, so a paragraph of prose under such a
 * heading ends the roundup and is kept.
 */
final class BriefsRoundupRule implements FurnitureRule {
  static final int MIN_ITEMS = 2;
  static final int MAX_ITEM_WORDS = 40;
  static final int MIN_PROSE_BEFORE = 3;
  private static final Pattern LABEL =
      Pattern.compile(
          "(?iu)(?:(?:news|the week|today|this week)\\s+)?in brief|briefly|briefs|news briefs|quick (?:hits|takes|news)"
              + "|in other news|other (?:news|stories|headlines)(?: this week| today)?|also (?:this week|today|in the news)"
              + "|(?:the\\s+)?(?:week|day)['’]s other (?:news|stories)\\s*:?");

  @Override
  public DropReason reason() {
    return DropReason.RELATED_LIST;
  }

  @Override
  public void apply(Page page) {
    List<Block> blocks = page.liveBlocks();
    int prose = 0;
    for (int b = 0; b < blocks.size(); b++) {
      List<Integer> live = page.live(blocks.get(b));
      if (live.isEmpty()) {
        continue; // the items of a label just above
      }
      String first = page.line(live.get(0)).strip();
      if (prose >= MIN_PROSE_BEFORE && LABEL.matcher(first.replaceFirst("\\s*:$", "")).matches()) {
        List<Integer> items = items(page, page.underLabel(blocks, b));
        if (items.size() >= MIN_ITEMS) {
          page.drop(live.get(0), reason());
          page.dropAll(items, reason());
        }
      } else if (TextShapes.isProse(page.liveText(blocks.get(b)))) {
        prose++;
      }
    }
  }

  /** The bulleted one-sentence items at the head of {@code lines}, up to the first line that is none. */
  private static List<Integer> items(Page page, List<Integer> lines) {
    List<Integer> items = new ArrayList<>();
    for (int i : lines) {
      String line = page.line(i);
      if (!KeyPointsRule.BULLET.matcher(line).matches() || !TextShapes.atMostWords(line, MAX_ITEM_WORDS) || !TextShapes.endsSentence(line)) {
        break;
      }
      items.add(i);
    }
    return items;
  }
}
