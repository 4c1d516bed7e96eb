package corpussearch.indexer.paragraphs;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops the key points a page lists between its headline and its byline: a bulleted block (each
 * line a bullet item or the wrapped rest of one) with a line the metadata extractor claimed
 * directly above it and another directly below it, nothing but blank or dropped lines between ("Sai
 * Kung villagers fight plan …" / "• Operator says Route 7S has lost money …" / "• Residents say …"
 * / "Cheryl Tse and Lam Ka-wing").
 *
 * <p>Why: news sites sum a story up in bullets under its headline; each point is told again, in
 * full, in the story, and a search for it should find the story's own paragraph. Only the place
 * between headline and byline makes a list a summary: a list in the story, or under a byline at
 * its foot, is kept.
 */
final class KeyPointsRule implements FurnitureRule {
  /** A bullet item: a bullet and the point after it. */
  static final Pattern BULLET = Pattern.compile("[•·▪►*-]\\s+\\S.*");
  private static final Pattern CONTINUATION = Pattern.compile("\\p{Ll}.*");
  private static final int MIN_ITEMS = 2;

  @Override
  public DropReason reason() {
    return DropReason.METADATA;
  }

  @Override
  public void apply(Page page) {
    for (Block block : page.liveBlocks()) {
      List<Integer> live = page.live(block);
      if (isBulletList(page, live) && claimedNext(page, block.first(), -1) && claimedNext(page, block.last(), 1)) {
        page.dropAll(live, reason());
      }
    }
  }

  private static boolean isBulletList(Page page, List<Integer> live) {
    long items = live.stream().filter(i -> BULLET.matcher(page.line(i)).matches()).count();
    return items >= MIN_ITEMS && BULLET.matcher(page.line(live.get(0))).matches()
        && live.stream().allMatch(i -> BULLET.matcher(page.line(i)).matches() || CONTINUATION.matcher(page.line(i)).matches());
  }

  /**
   * Whether the first line met from {@code from} in {@code step}'s direction that is claimed or
   * live is claimed: the headline above, the byline or date below, nothing in between.
   */
  static boolean claimedNext(Page page, int from, int step) {
    for (int i = from + step; i >= 0 && i < page.size(); i += step) {
      if (page.reason(i) == DropReason.METADATA) {
        return true;
      }
      if (page.isLive(i)) {
        return false;
      }
    }
    return false;
  }
}
