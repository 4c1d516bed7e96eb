package corpussearch.indexer.paragraphs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops short lines a page prints three times or more: the footer of every teletext subpage
 * ("Press HOLD to stop subpages turning", "Story continues on next subpage &gt;&gt;&gt;"), a menu
 * repeated under each page of a print view, a counter that only changes its figures ("MANX NEWS
 * 1/5", "2/5"). Figures are ignored in the comparison for that reason.
 *
 * <p>Why: a story does not say the same short thing three times; a page's chrome does. Long lines
 * and sentences are never dropped, so a refrain quoted in the prose stays, and so do short
 * paragraphs that differ only in their figures ("Paragraph 2 of story 14 tells …"); a repeat or
 * two is left to the splitter, which keeps a paragraph once.
 */
final class RepeatedChromeRule implements FurnitureRule {
  private static final int MIN_REPEATS = 3;
  private static final int MAX_WORDS = 12;

  @Override
  public void apply(Page page) {
    Map<String, List<Integer>> byShape = new HashMap<>();
    for (int i = 0; i < page.size(); i++) {
      String line = page.line(i);
      if (page.isLive(i) && TextShapes.atMostWords(line, MAX_WORDS) && !TextShapes.endsSentence(line)) {
        byShape.computeIfAbsent(line.replaceAll("\\d+", "#"), shape -> new ArrayList<>()).add(i);
      }
    }
    byShape.values().stream().filter(lines -> lines.size() >= MIN_REPEATS).forEach(lines -> page.dropAll(lines, reason()));
  }

  @Override
  public DropReason reason() {
    return DropReason.REPEATED_CHROME;
  }
}
