package corpussearch.indexer.paragraphs;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops a labelled disclosure: a block opened by a line "Disclosure statement", "Competing
 * interests", "Funding" or "Partners" alone, with the sentences under it ("Jane Doe receives
 * funding from …", "Our university provides funding as a member of …").
 *
 * <p>Why: academic and non-profit outlets print who funds the writer and the site under such a
 * label; it says who paid, not what happened. The label must stand alone on the block's first line,
 * so a sentence about funding in the story is kept.
 */
final class DisclosureRule implements FurnitureRule {
  private static final Pattern LABEL =
      Pattern.compile(
          "(?iu)(?:disclosure(?: statement)?s?|conflicts? of interests?|competing interests?|declaration of interests?"
              + "|funding(?: disclosure)?|partners|supporting partners|funding partners)\\s*:?");
  private static final int MAX_BLOCK_WORDS = 90;

  @Override
  public DropReason reason() {
    return DropReason.DISCLAIMER;
  }

  @Override
  public void apply(Page page) {
    for (Block block : page.blocks()) {
      List<Integer> live = page.live(block);
      if (live.size() >= 2 && LABEL.matcher(page.line(live.get(0))).matches()
          && TextShapes.atMostWords(page.liveText(block), MAX_BLOCK_WORDS)) {
        page.dropAll(live, reason());
      }
    }
  }
}
