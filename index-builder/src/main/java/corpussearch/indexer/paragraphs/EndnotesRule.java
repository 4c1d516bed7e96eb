package corpussearch.indexer.paragraphs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops a section of notes keyed to markers in the text: entries numbered 1, 2, 3 … in turn ("1.
 * The interviews were conducted in …", "[2] See …", "3 Receipts were …"), each maybe wrapped over
 * lines, in one block or one block each, under at most a short label of their own, whatever it
 * says; every number has its marker in the text above, in the same order ("… cooperatives.[1]",
 * "… laws.3", "…¹"), the numbers rising as the text goes on.
 *
 * <p>Why: journals, think tanks and analysts' blogs cite their sources in notes under the text;
 * the notes are apparatus, not the story, whatever their wording. The markers are what make them
 * notes: a story's own numbered list ("1. Fix the canal gates") has no markers in the text before
 * it and is kept, and so is a list whose numbers do not run from 1 in turn. A print document
 * converted to text loses the superscript markers; there the notes at a page's foot are known by
 * their bare numbers and the page's running heads instead. A note opened by its number in
 * superscript ("¹ The seed list …") is one wherever it stands, alone too, when its marker is in the
 * text above.
 */
final class EndnotesRule implements FurnitureRule {
  private static final int MIN_NOTES = 2;
  private static final int MAX_LABEL_WORDS = 3;
  /** A note's number and the note: "2. On artisanal gold …", "[3] See …", "4 Financial …". */
  private static final Pattern NOTE = Pattern.compile("(?:(\\d{1,3})[.)]?|\\[(\\d{1,3})])\\s+[\\p{Lu}\\p{N}“\"‘(].*");
  private static final String SUPERSCRIPTS = Markdown.SUPERSCRIPTS;
  /**
   * A note as a print page sets it at its foot, the number bare before the note: "1 Interviews were
   * conducted …". A date opening a sentence ("1 January was …") is no note.
   */
  private static final Pattern BARE_NOTE = Pattern.compile(
      "(?u)\\d{1,3}+\\s+(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*+\\b)\\p{Lu}.*");

  /**
   * A note opened by its number in superscript, as a converted PDF sets it under its page's text: "¹
   * The seed list …". Prose never opens on a superscript; the marker in the text above keys it.
   */
  private static final Pattern SUPERSCRIPT_NOTE = Pattern.compile("([" + SUPERSCRIPTS + "]{1,3}+)\\s+\\S.*");

  @Override
  public DropReason reason() {
    return DropReason.ENDNOTES;
  }

  @Override
  public void apply(Page page) {
    List<Block> blocks = page.liveBlocks();
    for (int b = 0; b < blocks.size(); b++) {
      List<Integer> live = page.live(blocks.get(b));
      if (live.isEmpty()) {
        continue;
      }
      if (isSuperscriptNote(page, live.get(0))) {
        page.dropAll(live, reason());
        continue;
      }
      boolean labelled = live.size() > 1 && TextShapes.atMostWords(page.line(live.get(0)), MAX_LABEL_WORDS)
          && number(page.line(live.get(0))) < 0;
      int first = live.get(labelled ? 1 : 0);
      if (number(page.line(first)) != 1) {
        continue;
      }
      List<Integer> notes = notesFrom(page, blocks, b, labelled ? 1 : 0);
      if (notes.isEmpty()) {
        continue;
      }
      if (labelled) {
        notes.add(0, live.get(0));
      }
      page.dropAll(notes, reason());
    }
  }

  /**
   * The lines of the notes numbered 1, 2 … from line {@code from} of block {@code b} on, through
   * the blocks after it, each block opening with the next note; empty unless there are at least
   * {@value #MIN_NOTES} and every one has its marker, in order, in the text above.
   */
  private static List<Integer> notesFrom(Page page, List<Block> blocks, int b, int from) {
    List<Integer> lines = new ArrayList<>();
    int count = 0;
    for (int k = b; k < blocks.size(); k++) {
      List<Integer> live = page.live(blocks.get(k));
      List<Integer> rest = k == b ? live.subList(from, live.size()) : live;
      boolean next = !rest.isEmpty() && number(page.line(rest.get(0))) == count + 1;
      if (!next || count > 0 && !sameForm(page.line(rest.get(0)), page.line(lines.get(0)))) {
        break;
      }
      for (int i : rest) {
        int n = number(page.line(i));
        if (n == count + 1) {
          count++;
        } else if (n >= 0) {
          return List.of();
        }
        lines.add(i);
      }
    }
    boolean keyed = count >= MIN_NOTES && markedInOrder(textAbove(page, blocks.get(b).first()), count)
        || count >= 1 && footOfPrintedPage(page, blocks, b, lines, count);
    return keyed ? lines : new ArrayList<>();
  }

  /**
   * Whether notes 1 to {@code count}, on {@code lines} from block {@code b} on, are the notes a print
   * page sets at its foot, whose markers the conversion to text lost with their superscript: the
   * page shows its page breaks ({@link RunningHeadRule#printed}), every number stands bare before its note
   * (a story's list is written "1." or "1)"), nothing introduces them with a colon, and no later
   * block goes on with the next number set the same way.
   */
  private static boolean footOfPrintedPage(Page page, List<Block> blocks, int b, List<Integer> lines, int count) {
    boolean bare = lines.stream().map(page::line).filter(l -> number(l) >= 0).allMatch(l -> BARE_NOTE.matcher(l).matches());
    boolean introduced = b > 0 && page.liveText(blocks.get(b - 1)).endsWith(":");
    boolean continued = blocks.subList(b + 1, blocks.size()).stream().flatMap(k -> page.live(k).stream())
        .anyMatch(i -> !lines.contains(i) && number(page.line(i)) == count + 1 && sameForm(page.line(i), page.line(lines.get(0))));
    return bare && !introduced && !continued && RunningHeadRule.printed(page);
  }

  /**
   * Whether two notes' numbers are set alike ("3", "3.", "[3]"): a document sets all its notes one
   * way, so "3. Recommendations" after notes "1 …" and "2 …" is its next section's heading.
   */
  private static boolean sameForm(String note, String other) {
    return numberForm(note).equals(numberForm(other));
  }

  private static String numberForm(String note) {
    return note.substring(0, Math.max(0, note.indexOf(' '))).replaceAll("\\d", "");
  }

  /** The number opening a note, or -1 when the line opens no note. */
  private static int number(String line) {
    Matcher m = NOTE.matcher(line);
    if (!m.matches()) {
      return -1;
    }
    return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
  }

  private static boolean isSuperscriptNote(Page page, int line) {
    Matcher note = SUPERSCRIPT_NOTE.matcher(page.line(line));
    if (!note.matches()) {
      return false;
    }
    String marker = note.group(1);
    return Pattern.compile("(?<![" + SUPERSCRIPTS + "])" + marker + "(?![" + SUPERSCRIPTS + "])").matcher(textAbove(page, line)).find();
  }

  private static String textAbove(Page page, int line) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < line; i++) {
      if (page.isLive(i)) {
        text.append(page.line(i)).append(' ');
      }
    }
    return text.toString();
  }

  /**
   * Whether markers 1 to {@code count} stand in {@code text}, each after the one before: "[n]",
   * "n" in superscript, or "n" closing a word or its punctuation ("laws.3", "cooperatives,[2]",
   * "of terror".3").
   */
  private static boolean markedInOrder(String text, int count) {
    int from = 0;
    for (int n = 1; n <= count; n++) {
      Matcher m = marker(n).matcher(text);
      if (!m.find(from)) {
        return false;
      }
      from = m.end();
    }
    return true;
  }

  private static Pattern marker(int n) {
    String digits = Integer.toString(n);
    String superscript = Markdown.superscript(digits);
    return Pattern.compile("\\[" + digits + "]|(?<![" + SUPERSCRIPTS + "])" + superscript + "(?![" + SUPERSCRIPTS + "])"
        + "|(?<=\\p{Ll}|\\p{L}[.,;:!?”’\"')]{1,2})" + digits + "(?![\\d\\p{L}])");
  }
}
