package corpussearch.indexer.paragraphs;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops labelled cards: a block whose first line is a short label ending in a colon ("Contact:",
 * "Media enquiries:", "Learn More:") and whose other lines, one to {@value #MAX_CARD_LINES} of them,
 * are short entries that are not sentences (a name, an office, a telephone number, a link).
 *
 * <p>Why: contact details, links and addresses are set out as a card under a label, line by line;
 * a labelled list of facts is written in sentences and is kept.
 */
final class ContactCardRule implements FurnitureRule {
  private static final Pattern LABEL = Pattern.compile("\\p{Lu}[\\p{L} ’'-]{1,30}:");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?][\"”’)]?$");
  private static final int MAX_LABEL_WORDS = 3;
  private static final int MAX_CARD_LINES = 6;
  private static final int MAX_ENTRY_WORDS = 10;

  @Override
  public DropReason reason() {
    return DropReason.FOOTER;
  }

  @Override
  public void apply(Page page) {
    for (Block block : page.blocks()) {
      List<Integer> live = page.live(block);
      if (live.size() >= 2 && live.size() <= MAX_CARD_LINES + 1 && isCard(page, live)) {
        page.dropAll(live, reason());
      }
    }
  }

  private static boolean isCard(Page page, List<Integer> live) {
    String label = page.line(live.get(0));
    return TextShapes.atMostWords(label, MAX_LABEL_WORDS)
        && LABEL.matcher(label).matches()
        && live.stream().skip(1).map(page::line)
            .allMatch(entry -> TextShapes.atMostWords(entry, MAX_ENTRY_WORDS) && !SENTENCE_END.matcher(entry).matches());
  }
}
