package corpussearch.indexer.paragraphs;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Drops the running head or foot that a print document converted to text (a PDF, a Word export)
 * carries at each page break, standing as a block of its own below the opening lines (one line,
 * or the page's bare number on the line above or below it):
 * a line that ends in its page number ("SPI Policy Brief 31 — page 2 of 4", "Beyond Decapitation |
 * Centre for Border Security Studies 2 of 6", "LIMS Commentary is published by the Lombok Institute. 1"),
 * or a series' label and number ("Commentary No. 2025/41 2"), or the site's address and the page's
 * number ("lowlands-institute.example    2"),
 * or a line of parts joined by a bar or a dash whose every word the document's letterhead, label
 * or title already printed ("HALVORSEN INSTITUTE FOR REGIONAL SECURITY | COMMENTARY"), maybe
 * with the page's number after it ("CASPIAN SECURITY INSTITUTE | POLICY BRIEF 17   2").
 *
 * <p>Why: a print layout repeats the publisher's name, the series and the title in the margin of
 * every page, and the conversion sets them between the story's paragraphs. A page number stands
 * after the line's last word or sentence, apart from it; a story line ends in punctuation or a word.
 * A story's own line of parts names something new (a place, a person), so the echo must be whole.
 */
final class RunningHeadRule implements FurnitureRule {
  private static final int MAX_WORDS = 16;
  /** How many non-blank lines at the top make the letterhead, label, title and names a head may echo. */
  private static final int OPENING_LINES = 10;
  /**
   * The page number closing the line: "page 2", "page 2 of 4", "2 of 6" after a word or a bar (not
   * after a label's colon, "Casualties: 3 of 9"), or a bare number after a sentence, a bar or a dash
   * ("… Maritime Security. 1", "… | 3").
   */
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("(?iu)(?:(?<=\\S)\\s+|^)(?:page\\s+\\d{1,3}+(?:\\s+of\\s+\\d{1,3}+)?|(?<=[\\p{L}\\p{N}|—–]\\s)\\d{1,3}+\\s+of\\s+\\d{1,3}+|(?<=[.!?|—–]\\s)\\d{1,3}+)$");
  /**
   * A series' label and issue number, the publisher's name before it and a page number after it if
   * any: "Commentary No. 2025/41 2", "Sahel Security Observatory | Commentary No. 17/2025 2", "Policy Brief
   * No. 12". The word for a kind of paper and its number make it a label; a story's line goes on
   * after the number.
   */
  private static final Pattern SERIES_NUMBER =
      Pattern.compile(
          "(?iu)(?:[^|—–]{1,80}+\\s[|—–]\\s)?(?:[\\p{L}&'’.-]++\\s+){0,5}?"
              + "(?:commentar(?:y|ies)|briefs?|briefing|papers?|reports?|series|issues?|insights?|analysis|bulletin|notes?|perspectives?)"
              + "\\s+(?:no\\.?|nr\\.?|n[°º]|number|#)\\s*\\d{1,4}+(?:[/.-]\\d{1,4}+)?(?:\\s+(?:page\\s+)?\\d{1,3}+)?"
              // the month and year set apart after it, and the page's number after them:
              // "Policy Brief No. 47      June 2024", "CFSS Policy Brief No. 17 | September 2024      2"
              + "(?:\\s+(?:[|—–·]\\s+)?(?:\\p{L}{3,9}+\\.?\\s+)?(?:19|20)\\d{2}(?:\\s+\\d{1,3}+)?)?");
  /** The site's address and the page's number, as a brief's foot prints them: "lowlands-institute.example    2". */
  private static final Pattern ADDRESS_AND_PAGE = Pattern.compile("(?i)(?:www\\.)?[a-z0-9-]{2,63}+(?:\\.[a-z0-9-]{2,63}+)++\\s+\\d{1,3}+");
  /** A bar or a dash between the parts of a head: "INSTITUTE | COMMENTARY", "Brief 31 — page 2". */
  private static final Pattern PART_SEPARATOR = Pattern.compile("\\s[|—–·•]\\s");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]++");
  private static final Pattern BARE_PAGE_NUMBER = Pattern.compile("\\d{1,3}+");
  /** A page number set after an echoing head: "CASPIAN SECURITY INSTITUTE | POLICY BRIEF 17   2". */
  private static final Pattern TRAILING_PAGE_NUMBER = Pattern.compile("\\s+\\d{1,3}+$");

  @Override
  public DropReason reason() {
    return DropReason.REPEATED_CHROME;
  }

  @Override
  public void apply(Page page) {
    page.dropAll(heads(page), reason());
  }

  /**
   * Whether the page is a print document converted to text, as its running heads or page numbers
   * at the page breaks show, whether or not a rule has dropped them since.
   */
  static boolean printed(Page page) {
    return !heads(page).isEmpty();
  }

  /**
   * The lines of the blocks below the opening lines that are a running head or foot: one line, or
   * a page's number on its own line and the next page's head, as a conversion sets a page break
   * ("3" / "HCSS Policy Brief No. 47 June 2024").
   */
  private static List<Integer> heads(Page page) {
    int opening = openingEnd(page);
    Set<String> openingWords = words(page, opening);
    return page.blocks().stream().filter(b -> b.first() > opening && isPageBreak(page, b.lines(), openingWords))
        .flatMap(b -> b.lines().stream()).toList();
  }

  /**
   * A head alone, or a head and, on the line above or below it, a bare page number or the
   * document's short title that the next page's head repeats ("CFSS Policy Brief No. 17 | September
   * 2024   2" / "Rivals for the Same Recruits").
   */
  private static boolean isPageBreak(Page page, List<Integer> lines, Set<String> openingWords) {
    if (lines.size() > 2) {
      return false; // most blocks are paragraphs: settled before any line is read
    }
    boolean headed = lines.stream().anyMatch(i -> isHead(page.line(i), openingWords));
    return headed && lines.stream().map(page::line).allMatch(line -> isHead(line, openingWords)
        || BARE_PAGE_NUMBER.matcher(line).matches() || isTitleEcho(line, openingWords));
  }

  /** A short line, no sentence, every word of which the opening lines printed. */
  private static boolean isTitleEcho(String line, Set<String> openingWords) {
    return TextShapes.atMostWords(line, MAX_WORDS) && TextShapes.hasLetter(line) && !TextShapes.endsSentence(line)
        && echoes(line, openingWords);
  }

  private static boolean isHead(String line, Set<String> openingWords) {
    if (!TextShapes.atMostWords(line, MAX_WORDS)) {
      return false;
    }
    if (PAGE_NUMBER.matcher(line).find() || SERIES_NUMBER.matcher(line).matches() || ADDRESS_AND_PAGE.matcher(line.strip()).matches()) {
      return TextShapes.hasLetter(line);
    }
    String unnumbered = TRAILING_PAGE_NUMBER.matcher(line).replaceFirst("");
    return !TextShapes.endsSentence(unnumbered) && PART_SEPARATOR.matcher(line).find() && echoes(unnumbered, openingWords);
  }

  /** Whether every word of {@code line} stands in the opening lines. */
  private static boolean echoes(String line, Set<String> openingWords) {
    return wordsOf(line).allMatch(openingWords::contains);
  }

  /**
   * The index of the last opening line: the lines above the first block of prose, at most the first
   * {@value #OPENING_LINES} non-blank ones.
   */
  private static int openingEnd(Page page) {
    int prose = page.blocks().stream().filter(b -> TextShapes.isProse(page.liveText(b))).mapToInt(Block::first).findFirst()
        .orElse(page.size());
    int seen = 0;
    for (int i = 0; i < prose; i++) {
      if (!page.line(i).isEmpty() && ++seen == OPENING_LINES) {
        return i;
      }
    }
    return prose - 1;
  }

  private static Set<String> words(Page page, int through) {
    Set<String> words = new HashSet<>();
    for (int i = 0; i <= through && i < page.size(); i++) {
      wordsOf(page.line(i)).forEach(words::add);
    }
    return words;
  }

  private static Stream<String> wordsOf(String line) {
    return WORD.matcher(line).results().map(m -> m.group().toLowerCase(Locale.ROOT));
  }
}
