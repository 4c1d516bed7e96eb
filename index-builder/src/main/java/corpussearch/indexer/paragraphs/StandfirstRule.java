package corpussearch.indexer.paragraphs;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Drops the standfirst (dek, subtitle) a copied page sets between its headline and its byline: one
 * line of at most {@value #MAX_WORDS} words directly under the line that prints the title, with a
 * claimed line (the byline or the date) directly below it and the story's prose after them, nothing
 * but blank or dropped lines between ("Mopti: traders denounce a 'tax' …" / "On the roads between
 * the weekly markets, hauliers say they pay to pass." / "By Moussa Diarra").
 *
 * <p>Under the whole head, the title, byline and date all above it, a line that ends as no sentence
 * does is one too ("From surveillance clips to fibre-guided bombers: the evolution of a militant air
 * force"), and so is a strip the head runs on into ("Reposted by Newsline Desk · 1,284 views"): a
 * story's first paragraph closes with its full stop.
 *
 * <p>It runs after {@link NavigationRule}, so that a reading time or a share bar under the head is
 * gone by then.
 *
 * <p>Why: a news page sums its story up in a sentence under the headline, above the byline; the
 * story tells it again in its own paragraphs. Only that place makes a line a standfirst, and each
 * end of it is required: the headline itself above, so that a story's lead set between a byline and
 * a date line stays; prose after the head, so that a story of one paragraph signed at its foot stays.
 */
final class StandfirstRule implements FurnitureRule {
  private static final int MAX_WORDS = 40;

  @Override
  public DropReason reason() {
    return DropReason.METADATA;
  }

  @Override
  public void apply(Page page) {
    for (Block block : page.liveBlocks()) {
      List<Integer> live = page.live(block);
      int line = live.get(0);
      boolean standfirst = underTitle(page, line) && KeyPointsRule.claimedNext(page, line, 1)
          || !TextShapes.endsSentence(page.line(line)) && underHead(page, line);
      if (live.size() == 1 && TextShapes.atMostWords(page.line(line), MAX_WORDS) && standfirst && proseAfter(page, line)) {
        page.drop(line, reason());
      }
    }
  }

  /** Whether the first line above {@code line} that is claimed or live prints the title. */
  private static boolean underTitle(Page page, int line) {
    return nearestAbove(line, i -> page.reason(i) == DropReason.METADATA || page.isLive(i)).stream().anyMatch(page::isTitle);
  }

  /** Whether every line above {@code line} up to the title's is claimed or blank: the headline, the byline, the date. */
  private static boolean underHead(Page page, int line) {
    return nearestAbove(line, i -> page.isLive(i) || page.isTitle(i)).stream().anyMatch(i -> !page.isLive(i));
  }

  private static OptionalInt nearestAbove(int line, IntPredicate stop) {
    return IntStream.iterate(line - 1, i -> i >= 0, i -> i - 1).filter(stop).findFirst();
  }

  /** Whether a line of prose is still live after {@code line}: the story under the head. */
  private static boolean proseAfter(Page page, int line) {
    return IntStream.range(line + 1, page.size()).anyMatch(i -> page.isLive(i) && TextShapes.isProse(page.line(i)));
  }
}
