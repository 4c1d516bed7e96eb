package corpussearch.indexer.paragraphs;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops labelled cards: a block whose first line is a short label ending in a colon ("Contact:",
 * "Media enquiries:", "Learn More:") and whose other lines, one to {@value #MAX_CARD_LINES} of them,
 * are short entries that are not sentences (a name, an office, a telephone number, a link). A label
 * without its colon ("Media contact") counts when an entry is an e-mail address or a telephone
 * number.
 *
 * <p>Why: contact details, links and addresses are set out as a card under a label, line by line;
 * a labelled list of facts is written in sentences and is kept.
 */
final class ContactCardRule implements FurnitureRule {
  private static final Pattern LABEL = Pattern.compile("\\p{Lu}[\\p{L} ’'-]{1,30}:");
  /** A label without its colon ("Media contact"), believed only over an address or a number. */
  private static final Pattern BARE_LABEL = Pattern.compile("\\p{Lu}[\\p{L} ’'-]{1,30}");
  /** An e-mail address or a telephone number: what makes a card a contact card. */
  private static final Pattern CONTACT =
      Pattern.compile("(?<![\\w.+-])[\\w.+-]++@[\\w-]+\\.[\\w.-]+|(?:\\+?\\d[\\d ()-]{5,}\\d|\\b\\d{3}[-. ]\\d{4}\\b)");
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

  /**
   * Whether the card as printed under {@code label}, up to the next blank line, holds an address
   * or a number, whatever other rules took from it (a line of a bare address is metadata).
   */
  private static boolean printedContact(Page page, int label) {
    for (int i = label + 1; i < page.size() && !page.line(i).isBlank(); i++) {
      if (CONTACT.matcher(page.line(i)).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCard(Page page, List<Integer> live) {
    String label = page.line(live.get(0));
    List<String> entries = live.stream().skip(1).map(page::line).toList();
    boolean labelled = LABEL.matcher(label).matches()
        || BARE_LABEL.matcher(label).matches() && printedContact(page, live.get(0));
    return TextShapes.atMostWords(label, MAX_LABEL_WORDS)
        && labelled
        && entries.stream()
            .allMatch(entry -> TextShapes.atMostWords(entry, MAX_ENTRY_WORDS) && !SENTENCE_END.matcher(entry).matches());
  }
}
