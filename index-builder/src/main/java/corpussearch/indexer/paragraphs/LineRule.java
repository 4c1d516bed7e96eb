package corpussearch.indexer.paragraphs;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A furniture rule that can judge each line on its own, without context: the line is furniture
 * when its whole text has the family's shape. Text wrapped at a fixed width (pdftotext, a text
 * browser, teletext) splits one caption or notice over several lines, none of which has the shape
 * alone; a block of such wrapped lines is judged as the one line it joins into.
 */
abstract class LineRule implements FurnitureRule {
  private static final Pattern CONTINUATION = Pattern.compile("\\p{Ll}");
  private static final Pattern LIST_ITEM = Pattern.compile("(?:[-*•·▪►>]|\\d{1,2}[.)])\\s");
  /** A callout's quote mark, or a running footer's site address and its bar: "> ", "karoolife.example | ", "www.x.co.za · ". */
  private static final Pattern SET_OFF =
      Pattern.compile("(?iu)(?:>\\s*+)++|(?:https?://)?(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+){1,8}/?\\s*[|·•]\\s*");

  /** True when the (whitespace-normalised, non-empty) {@code line} is furniture of this family. */
  abstract boolean matches(String line);

  @Override
  public final void apply(Page page) {
    // the wrapped block first: its first line alone may have the shape too ("(C) Agency 2024. … Not for"),
    // and taking it would leave the rest of the notice ("redistribution without … tel …") as a block of its own
    for (Block block : page.liveBlocks()) {
      List<Integer> live = page.live(block);
      if ((isWrapped(page, live) || live.size() > 1 && opensWholeBlock(page.line(live.get(0)))) && matchesSetOff(page.liveText(block))) {
        page.dropAll(live, reason());
      }
    }
    for (int i = 0; i < page.size(); i++) {
      if (page.isLive(i) && matchesSetOff(page.line(i))) {
        page.drop(i, reason());
      } else if (page.reason(i) == DropReason.METADATA && matchesSetOff(page.line(i))) {
        // a notice the metadata claimed, cut mid-sentence ("© Meridian Institute … 2026. Registered charity" / "no. 1190000.")
        page.dropSentenceTail(i, reason());
      }
    }
  }

  /**
   * Whether a block opening with {@code first} is judged whole whether or not its lines read as
   * wrapped: a text browser's picture marker opens a caption that it wraps at any word ("[IMG]
   * Lorries wait … Kamol" / "Ergashev for Frontier Affairs").
   */
  boolean opensWholeBlock(String first) {
    return false;
  }

  private boolean matchesSetOff(String line) {
    if (matches(line)) {
      return true;
    }
    Matcher setOff = SET_OFF.matcher(line);
    return setOff.lookingAt() && setOff.end() < line.length() && matches(line.substring(setOff.end()));
  }

  /**
   * Lines wrapped at a width: a later line goes on with the sentence in lower case ("market on
   * Saturday. Picture:"), or an earlier one stops on a word no sentence stops on ("published monthly
   * by"), and none is a list item, whose lines are each their own.
   */
  private static boolean isWrapped(Page page, List<Integer> live) {
    return live.size() > 1
        && (live.stream().skip(1).anyMatch(i -> CONTINUATION.matcher(page.line(i)).lookingAt())
            || live.stream().limit(live.size() - 1L).anyMatch(i -> TextShapes.endsOpen(page.line(i))))
        && live.stream().noneMatch(i -> LIST_ITEM.matcher(page.line(i)).lookingAt());
  }
}
