package corpussearch.indexer.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The notes a page sets below the article's last paragraph of prose, in the same container: a
 * diary of events under a label, a copy deadline, who prints the newsletter, an editor's note in
 * italics. Pages without semantic markup (a word processor's "save as web page", a Google Docs
 * export, a hand-made newsletter) give them no class or element of their own, so they are known by
 * their place and their shape, as trafilatura and Readability weigh a block's position against the
 * main text: after the last paragraph of plain prose, a blank paragraph, a rule or a heading opens
 * a box beside the article, and every block set wholly in emphasis is a note rather than the
 * article's voice. Prose in the body's own type after the break keeps the box part of the article,
 * because then the break was a section's.
 */
final class TrailingNotes {

  /** Words from which a sentence is the article's prose rather than a label or an item. */
  private static final int MIN_PROSE_WORDS = 4;
  /** Words from which a paragraph is prose even without a full stop. */
  private static final int MIN_UNENDED_PROSE_WORDS = 20;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’)]*$");
  private static final String EMPHASIS = "i, em, b, strong, small, cite";
  private static final String HEADINGS = "h2, h3, h4, h5, h6";

  private TrailingNotes() {}

  /** The blocks of {@code blocks} (the content's leaf blocks in reading order) that are notes below the article. */
  static Set<Element> of(List<Element> blocks) {
    Set<Element> notes = Collections.newSetFromMap(new IdentityHashMap<>());
    int last = lastPlainProse(blocks);
    if (last < 0) {
      return notes;
    }
    boolean apart = false;
    for (Element block : blocks.subList(last + 1, blocks.size())) {
      apart |= isBreak(block);
      if (apart || isEmphasised(block)) {
        notes.add(block);
      }
    }
    return notes;
  }

  private static int lastPlainProse(List<Element> blocks) {
    for (int i = blocks.size() - 1; i >= 0; i--) {
      Element block = blocks.get(i);
      if (!block.is(HEADINGS) && isSentence(withoutMarkers(block)) && !isEmphasised(block)) {
        return i;
      }
    }
    return -1;
  }

  /** A blank paragraph (not an image), a rule above the block, a heading, or a label in emphasis ("DIARY DATES"). */
  private static boolean isBreak(Element block) {
    Element before = block.previousElementSibling();
    return block.text().isBlank() && block.selectFirst("img, picture, video") == null || before != null && before.nameIs("hr") || block.is(HEADINGS)
        || isEmphasised(block) && !SENTENCE_END.matcher(block.text().strip()).find();
  }

  /**
   * A sentence of several words, or a paragraph long enough to be prose however it ends; an item
   * of a listing ("Quiz night – Saturday 16 March, 7.30pm, teams of up to six") is neither.
   */
  private static boolean isSentence(String text) {
    String line = text.strip();
    int words = line.isEmpty() ? 0 : line.split("\\s+").length;
    return words >= MIN_PROSE_WORDS && SENTENCE_END.matcher(line).find() || words >= MIN_UNENDED_PROSE_WORDS;
  }

  /** The block's text without footnote markers ({@code <sup>2</sup>}), which follow a sentence's end. */
  private static String withoutMarkers(Element block) {
    if (block.selectFirst("sup") == null) {
      return block.text();
    }
    Element copy = block.clone();
    copy.select("sup").remove();
    return copy.text();
  }

  /** Whether all of the block's text is set in italics, bold or small type. */
  private static boolean isEmphasised(Element block) {
    if (block.text().isBlank() || block.selectFirst(EMPHASIS) == null) {
      return false;
    }
    Element plain = block.clone();
    plain.select(EMPHASIS).remove();
    return plain.text().isBlank();
  }
}
