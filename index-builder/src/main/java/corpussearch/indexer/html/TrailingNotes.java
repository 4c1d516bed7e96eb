package corpussearch.indexer.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Boxes and notes a page sets among and below the article's paragraphs, in the same container:
 * a diary of events under a label, an appeal for donations in italics, a tag line, a copy
 * deadline, who prints the newsletter. Pages without semantic markup (a word processor's "save
 * as web page", a Google Docs export, a hand-made newsletter) give them no class or element of
 * their own, so they are known by their place and their shape, as trafilatura and Readability
 * weigh a block's position against the main text. A blank paragraph, a rule, a heading or a label
 * in emphasis opens a part of the page. Between the paragraphs, a part whose blocks before the
 * next sentence in plain type are items, labels or emphasis is a box beside the article; a
 * heading or blank line straight before a sentence opens a section of it. After the article's
 * last paragraph of plain prose every part is a box, and notes set wholly in emphasis there are
 * not the article's voice either.
 */
final class TrailingNotes {

  /** Words from which a sentence is the article's prose rather than a label or an item. */
  private static final int MIN_PROSE_WORDS = 4;
  /** Words from which a paragraph is prose even without a full stop. */
  private static final int MIN_UNENDED_PROSE_WORDS = 20;
  /** A copyright line ends many a page's text container; it is the page's, not the article's last word. */
  private static final Pattern COPYRIGHT = Pattern.compile("(?i)^\\s*(?:©|\\(c\\)|copyright\\b)");
  /** The end of a sentence, or of one that leads into a list ("The council listed three options:"). */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:][\"'”’)]*$");
  /** The end of a statement: a label in emphasis ends in none ("DIARY DATES", "Read more:"), nor does a question. */
  private static final Pattern STATEMENT_END = Pattern.compile("[.!…][\"'”’)]*$");
  private static final String EMPHASIS = "i, em, b, strong, small, cite";
  private static final String HEADINGS = "h2, h3, h4, h5, h6";

  private TrailingNotes() {}

  /** Whether {@code text} is a copyright line: the page's last word, never the article's prose. */
  static boolean isCopyright(String text) {
    return COPYRIGHT.matcher(text).find();
  }

  /** The blocks of {@code blocks} (the content's leaf blocks in reading order) that are boxes and notes beside the article. */
  static Set<Element> of(List<Element> blocks) {
    Set<Element> notes = Collections.newSetFromMap(new IdentityHashMap<>());
    int last = -1;
    for (int i = blocks.size() - 1; i >= 0 && last < 0; i--) {
      last = isPlainProse(blocks.get(i)) ? i : -1;
    }
    if (last < 0) {
      return notes;
    }
    notes.addAll(boxesAmongTheText(blocks.subList(0, last + 1)));
    boolean apart = false;
    for (Element block : blocks.subList(last + 1, blocks.size())) {
      apart |= isBreak(block);
      if (apart || isEmphasised(block)) {
        notes.add(block);
      }
    }
    return notes;
  }

  /**
   * The boxes set between the article's paragraphs: after a break, the blocks up to the next
   * sentence in plain type, when any of them is more than a break itself (a diary's items, a note
   * in italics); and a note in emphasis with what follows it up to a break, when no plain
   * sentence comes first. A heading or a blank line straight before a paragraph opens a section.
   */
  private static List<Element> boxesAmongTheText(List<Element> blocks) {
    List<Element> boxes = new ArrayList<>();
    List<Element> run = null;
    // A note in emphasis and what follows it up to a break ("You have read 3 of 5 free articles", a tag line) sit below a part, not in it.
    List<Element> note = null;
    boolean started = false;
    for (Element block : blocks) {
      if (note != null && !isBreak(block) && !isPlainSentence(block)) {
        note.add(block);
        continue;
      }
      if (note != null) {
        boxes.addAll(isBreak(block) ? note : List.of());
        note = null;
      }
      if (started && run == null && isBreak(block)) {
        run = new ArrayList<>();
      }
      if (run != null && isPlainSentence(block)) {
        boxes.addAll(run.stream().allMatch(TrailingNotes::isDivider) ? List.of() : run);
        run = null;
      } else if (run != null) {
        run.add(block);
      } else if (started && isEmphasised(block)) {
        note = new ArrayList<>(List.of(block));
      }
      started |= isPlainProse(block);
    }
    return boxes;
  }

  /** A line of the article's own type that ends a sentence, however short ("He declined."). */
  private static boolean isPlainSentence(Element block) {
    String text = withoutMarkers(block).strip();
    return !block.is(HEADINGS) && SENTENCE_END.matcher(text).find() && !isCopyright(text) && !isEmphasised(block);
  }

  private static boolean isPlainProse(Element block) {
    String text = withoutMarkers(block);
    return !block.is(HEADINGS) && isSentence(text) && !isCopyright(text) && !isEmphasised(block);
  }

  /** A block after a rule, or a divider itself. */
  private static boolean isBreak(Element block) {
    Element before = block.previousElementSibling();
    return before != null && before.nameIs("hr") || isDivider(block);
  }

  /**
   * A blank paragraph (not an image), a heading, or a label in emphasis ("DIARY DATES"), a
   * question among them ("How did you like today's edition?" over a poll, an interview's question).
   */
  private static boolean isDivider(Element block) {
    return block.text().isBlank() && block.selectFirst("img, picture, video") == null || block.is(HEADINGS)
        || isEmphasised(block) && !STATEMENT_END.matcher(block.text().strip()).find();
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
