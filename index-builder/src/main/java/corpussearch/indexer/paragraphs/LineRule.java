package corpussearch.indexer.paragraphs;

import java.util.List;

/**
 * A furniture rule that can judge each line on its own, without context: the line is furniture
 * when its whole text has the family's shape. Text wrapped at a fixed width (pdftotext, a text
 * browser, teletext) splits one caption or notice over several lines, none of which has the shape
 * alone; a block of such wrapped lines is judged as the one line it joins into.
 */
abstract class LineRule implements FurnitureRule {

  /** True when the (whitespace-normalised, non-empty) {@code line} is furniture of this family. */
  abstract boolean matches(String line);

  @Override
  public final void apply(Page page) {
    for (int i = 0; i < page.size(); i++) {
      if (page.isLive(i) && matches(page.line(i))) {
        page.drop(i, reason());
      }
    }
    for (Block block : page.liveBlocks()) {
      List<Integer> live = page.live(block);
      boolean wrapped = live.size() > 1 && !live.stream().allMatch(i -> TextShapes.standsAlone(page.line(i)));
      if (wrapped && matches(page.liveText(block))) {
        page.dropAll(live, reason());
      }
    }
  }
}
