package corpussearch.indexer.paragraphs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Drops a fact box: a short block headed by its label ("FAST FACTS", "IN NUMBERS", "By the
 * numbers:", "At a glance —", "Key facts") or a report's number for it ("Box 1. The attack in brief"), the label alone on the block's first line, or before a
 * colon or a dash, or in capitals before the first fact ("FAST FACTS Camdeboo Water Co-operative: 23
 * member farms, …"); what follows are its facts, none longer than {@value #MAX_ITEM_WORDS} words.
 *
 * <p>A report's summary of its findings is one too: its label alone ("KEY FINDINGS", "Key
 * takeaways:", "SUMMARY") over bullets, each told again in full in the text; and so are its notes, "Notes" or
 * "References" alone over numbered entries ("2 Interviews conducted by the authors in …"), which
 * cite the text's sources rather than tell its story.
 *
 * <p>A box is also known by its shape, whatever its label says: two or more lines that each set a
 * value under a short label ("Fine: £180,000 plus costs", "CLAIM: …", "RATING: Mostly False"),
 * none ending like a sentence (or one, under a title in capitals: "LAKE CONDITIONS Derwentwater:
 * water 7°C, wind SW 12mph"), under at most a short title of its own, and drawn or not with a
 * frame of rules ("+----+", "| … |"); a story's sentences end with a full stop, a box's entries do
 * not, and an interview's turns end with a question mark or a full stop.
 *
 * <p>A box of figures under a title in capitals is one too, whatever the title: "MARKET SNAPSHOT
 * Dubbo prime cattle sale: 3,150 head yarded. Heavy steers to 384c/kg. Cows to 298c/kg.", two or more
 * short entries each with its figure and nothing else; a story's lead in capitals ("THE COUNCIL
 * approved …") goes on in lower case, and its sentences are longer than a box's entries. And a
 * rating set under its label, the label alone in capitals on the line above ("OUR VERDICT" over
 * "FALSE. Prices are close to the average …"): the rating is a word or two in capitals closed
 * by a full stop, where a sentence opens with a word in lower case after its first.
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
  /**
   * The label of a box summing up a report's findings, alone on its line over bullets: "KEY
   * FINDINGS", "Key takeaways:", "Key judgements", "Main points", "SUMMARY", "Synopsis".
   */
  static final Pattern SUMMARY_LABEL =
      Pattern.compile("(?iu)(?:(?:key|main)\\s+(?:findings|points|takeaways|messages|conclusions|judg(?:e)?ments|recommendations)|(?:executive\\s+|ai\\s+|quick\\s+)?summary|synopsis|abstract|tl;?dr)\\s*:?");
  /** The label of a report's notes, alone on its line over numbered entries: "Notes", "Endnotes", "References". */
  private static final Pattern NOTES_LABEL = Pattern.compile("(?iu)(?:(?:end|foot)?notes|references|sources)\\s*:?");
  /** A note's number and the note: "2 Interviews conducted by the authors in …", "[3] See, for example, …". */
  private static final Pattern NOTE = Pattern.compile("(?:\\d{1,3}[.)]?|\\[\\d{1,3}\\])\\s+\\p{Lu}.*");
  private static final int MIN_ENTRIES = 2;
  /** A report's box by its number, then its title: "Box 1. The Kerman attack in brief", "BOX 2: Who funds the camps". */
  private static final Pattern NUMBERED_BOX = Pattern.compile("(?iu)box\\s+\\d{1,2}[.:]\\s+\\p{Lu}.*");
  private static final Pattern HEADING_MARK = Pattern.compile("\\s*(?:$|[:—–-]\\s*)");
  private static final int MAX_ITEM_WORDS = 20;
  private static final int MAX_LINES = 12;
  /** A value under a short label: a capitalised label of at most three words, a colon, the value. */
  private static final Pattern LABELLED_VALUE = Pattern.compile("(?u)\\p{Lu}[\\p{L}’'&/-]*(?:\\s+[\\p{L}’'&/-]+){0,2}:\\s+\\S.*");
  private static final int MAX_TITLE_WORDS = 6;
  /** A box's title in capitals on the line of its first entry: "LAKE CONDITIONS Derwentwater: water 7°C, …". */
  private static final Pattern CAPITAL_TITLE =
      Pattern.compile("(?u)(\\p{Lu}[\\p{Lu}'’]++(?:\\s+\\p{Lu}[\\p{Lu}'’]++){1,3})\\s+(\\p{Lu}.*)");

  /** An entry of a figures box: a few words with a figure among them. */
  private static final int MAX_FIGURE_WORDS = 10;
  private static final Pattern ENTRY_END = Pattern.compile("(?<=[.;])\\s+(?=\\p{Lu})");
  /** A figure, not a list's number closing the entry before the next item ("MORE NEWS 1. Mall owner … 2. …"). */
  private static final Pattern FIGURE = Pattern.compile("\\d(?![.)]?$)");
  /** A rating in capitals, closed by a full stop, then its reason: "FALSE. Prices are …", "MOSTLY TRUE. …". */
  private static final Pattern RATING = Pattern.compile("(?u)\\p{Lu}{2,}+(?:\\s\\p{Lu}{2,}+){0,2}+\\.\\s+\\p{Lu}.*");
  private static final int MAX_RATING_LABEL_WORDS = 3;
  private static final int MAX_RATING_WORDS = 40;

  @Override
  public DropReason reason() {
    return DropReason.PROMO;
  }

  @Override
  public void apply(Page page) {
    for (Block block : page.liveBlocks()) {
      List<Integer> live = page.live(block);
      if (isBox(page, block, live)) {
        page.dropAll(live, reason());
      } else {
        dropRatings(page, live);
      }
    }
  }

  /**
   * Whether the block is one of the boxes above: a few short lines under a label or of labelled
   * values; a summary's or notes' label over its entries, however many; a title over figures.
   */
  private static boolean isBox(Page page, Block block, List<Integer> live) {
    boolean shortLines = live.stream().allMatch(i -> TextShapes.atMostWords(page.line(i), MAX_ITEM_WORDS));
    boolean fewLines = live.size() <= MAX_LINES;
    boolean labelledBox = fewLines && shortLines
        && (headedByLabel(page.line(live.get(0))) || labelledValues(page, printed(page, block)));
    boolean labelledList = shortLines
        && (labelledEntries(page, live, SUMMARY_LABEL, KeyPointsRule.BULLET) || labelledEntries(page, live, NOTES_LABEL, NOTE));
    // a figures box's entries are short by its own test, however many stand on one line
    return labelledBox || labelledList || fewLines && figuresUnderTitle(page.liveText(block));
  }

  /**
   * A label alone on the first line, then entries of its kind from the next, each maybe wrapped:
   * however many, since a report's notes run as long as it cites.
   */
  private static boolean labelledEntries(Page page, List<Integer> live, Pattern label, Pattern entry) {
    return live.size() > MIN_ENTRIES
        && label.matcher(page.line(live.get(0))).matches()
        && entry.matcher(page.line(live.get(1))).matches()
        && live.stream().filter(i -> entry.matcher(page.line(i)).matches()).count() >= MIN_ENTRIES;
  }

  /** A title in capitals, then two or more short entries, each with a figure. */
  private static boolean figuresUnderTitle(String text) {
    Matcher titled = CAPITAL_TITLE.matcher(text);
    if (!titled.matches()) {
      return false;
    }
    List<String> entries = List.of(ENTRY_END.split(titled.group(2)));
    return entries.size() >= 2
        && entries.stream().allMatch(entry -> TextShapes.atMostWords(entry, MAX_FIGURE_WORDS) && FIGURE.matcher(entry).find());
  }

  /** A rating under its label, the label alone in capitals on the line above, dropped with it. */
  private void dropRatings(Page page, List<Integer> live) {
    for (int i : live) {
      String label = i > 0 ? page.line(i - 1) : "";
      if (TextShapes.isCapitals(label) && TextShapes.atMostWords(label, MAX_RATING_LABEL_WORDS)
          && TextShapes.atMostWords(page.line(i), MAX_RATING_WORDS) && RATING.matcher(page.line(i)).matches()) {
        if (page.isLive(i - 1)) {
          page.drop(i - 1, reason());
        }
        page.drop(i, reason());
      }
    }
  }

  /**
   * Two or more labelled values and nothing else but a frame and a short title over them; no
   * entry ends like a sentence.
   */
  private static boolean labelledValues(Page page, List<Integer> printed) {
    List<String> entries = printed.stream().map(page::line).filter(line -> !TextShapes.isRule(line)).map(TextShapes::unframed).toList();
    if (entries.isEmpty() || entries.stream().anyMatch(TextShapes::endsSentence)) {
      return false;
    }
    Matcher inline = CAPITAL_TITLE.matcher(entries.get(0));
    if (inline.matches() && LABELLED_VALUE.matcher(inline.group(2)).matches()) {
      entries = new ArrayList<>(entries);
      entries.set(0, inline.group(2));
      entries.add(0, inline.group(1));
    }
    String title = entries.get(0);
    boolean titled = !LABELLED_VALUE.matcher(title).matches() && TextShapes.atMostWords(title, MAX_TITLE_WORDS);
    List<String> values = titled ? entries.subList(1, entries.size()) : entries;
    boolean enough = values.size() >= 2 || titled && TextShapes.isCapitals(title) && values.size() == 1;
    return enough && values.stream().allMatch(line -> LABELLED_VALUE.matcher(line).matches());
  }

  /**
   * The block's live lines with the labelled values the metadata extractor took from the same box
   * right above or below them ("RATING: Mostly False" read as a field): the box as printed.
   */
  private static List<Integer> printed(Page page, Block block) {
    int from = block.first();
    while (from > 0 && takenEntry(page, from - 1)) {
      from--;
    }
    int to = block.last();
    while (to + 1 < page.size() && takenEntry(page, to + 1)) {
      to++;
    }
    List<Integer> lines = new ArrayList<>(page.live(block));
    IntStream.range(from, block.first()).forEach(lines::add);
    IntStream.rangeClosed(block.last() + 1, to).forEach(lines::add);
    lines.sort(null);
    return lines;
  }

  private static boolean takenEntry(Page page, int i) {
    return page.reason(i) == DropReason.METADATA && LABELLED_VALUE.matcher(page.line(i)).matches();
  }

  /** The block's first line opens with the label, set as a heading: alone, before a colon or dash, or in capitals. */
  private static boolean headedByLabel(String line) {
    if (NUMBERED_BOX.matcher(line).matches()) {
      return true;
    }
    Matcher label = LABEL.matcher(line);
    if (!label.lookingAt()) {
      return false;
    }
    String words = label.group();
    return HEADING_MARK.matcher(line).region(label.end(), line.length()).lookingAt()
        || words.equals(words.toUpperCase(Locale.ROOT)) && label.end() < line.length() && line.charAt(label.end()) == ' ';
  }
}
