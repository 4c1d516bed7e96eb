package corpussearch.indexer.paragraphs;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Drops link bars: a line of at least {@value #MIN_ITEMS} short items set apart by pipes or
 * middle dots, none of them a sentence ("Listen on: Apple Podcasts | Spotify | Pocket Casts |
 * RSS", "Season 4 · 52 min · Listen on: …", "Terms | Privacy | Accessibility").
 *
 * <p>Why: a row of separated items is how a page prints links and buttons, whatever their words;
 * prose uses commas, and a list in prose ends its items with sentences or joins them with "and".
 */
final class LinkBarRule extends LineRule {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|·•]\\s+");
  private static final int MIN_ITEMS = 4;
  private static final int MAX_ITEM_WORDS = 4;
  private static final int MAX_BAR_CHARS = 200;

  @Override
  public DropReason reason() {
    return DropReason.NAVIGATION;
  }

  @Override
  boolean matches(String line) {
    if (line.length() > MAX_BAR_CHARS || line.indexOf('|') < 0 && line.indexOf('·') < 0 && line.indexOf('•') < 0) {
      return false;
    }
    String[] items = SEPARATOR.split(line);
    return items.length >= MIN_ITEMS
        && Arrays.stream(items).allMatch(item -> TextShapes.atMostWords(item, MAX_ITEM_WORDS) && !item.matches(".*[.!?]$"));
  }
}
