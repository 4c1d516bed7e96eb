package corpussearch.indexer.paragraphs;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops a fact box: a short block headed by its label ("FAST FACTS", "IN NUMBERS", "By the
 * numbers:", "At a glance —", "Key facts"), the label alone on the block's first line, or before a
 * colon or a dash, or in capitals before the first fact ("FAST FACTS Camdeboo Water Co-operative: 23
 * member farms, …"); what follows are its facts, none longer than {@value #MAX_ITEM_WORDS} words.
 *
 * <p>Why: magazines and papers set the story's figures out again in a box beside it, and a copy or
 * pdftotext puts the box among the paragraphs; each figure is told in the story itself. The label
 * must stand as a heading (alone, before a colon, or in capitals): a sentence that opens "At a
 * glance, the plan looks cheap …" or "In numbers that startled officials …" is kept, and so is a
 * block of long lines, which is prose.
 */
final class FactBoxRule implements FurnitureRule {
  private static final Pattern LABEL =
      Pattern.compile(
          "(?iu)(?:(?:fast|quick|key|the|five|ten)\\s+facts|fact\\s*(?:box|file|sheet|check\\s+box)|facts\\s+(?:and|&)\\s+figures"
              + "|(?:in|by\\s+the|the)\\s+numbers|in\\s+figures|key\\s+(?:figures|numbers|stats|statistics)|at\\s+a\\s+glance)\\b");
  private static final Pattern HEADING_MARK = Pattern.compile("\\s*(?:$|[:—–-]\\s*)");
  private static final int MAX_ITEM_WORDS = 20;
  private static final int MAX_LINES = 12;

  @Override
  public DropReason reason() {
    return DropReason.PROMO;
  }

  @Override
  public void apply(Page page) {
    for (Block block : page.liveBlocks()) {
      List<Integer> live = page.live(block);
      if (live.size() <= MAX_LINES && headedByLabel(page.line(live.get(0)))
          && live.stream().allMatch(i -> TextShapes.atMostWords(page.line(i), MAX_ITEM_WORDS))) {
        page.dropAll(live, reason());
      }
    }
  }

  /** The block's first line opens with the label, set as a heading: alone, before a colon or dash, or in capitals. */
  private static boolean headedByLabel(String line) {
    Matcher label = LABEL.matcher(line);
    if (!label.lookingAt()) {
      return false;
    }
    String words = label.group();
    return HEADING_MARK.matcher(line).region(label.end(), line.length()).lookingAt()
        || words.equals(words.toUpperCase(Locale.ROOT)) && label.end() < line.length() && line.charAt(label.end()) == ' ';
  }
}
