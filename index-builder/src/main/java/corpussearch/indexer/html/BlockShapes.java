package corpussearch.indexer.html;

import java.util.List;
import java.util.regex.Pattern;

/** What a block of text is by its shape alone: prose, or a line of short items set between separators. */
final class BlockShapes {
  /** Between the parts of a section label: "NATURE · TAVUSH", "News / Region". */
  private static final Pattern KICKER_SEPARATOR = Pattern.compile("\\s*[·•]\\s*|\\s+[|/]\\s+");
  private static final int MAX_KICKER_PART_WORDS = 3;
  private static final int MIN_EMPHASISED_HEADLINE_WORDS = 3;
  private static final int MAX_EMPHASISED_HEADLINE_WORDS = 25;

  /** A paragraph of prose: a sentence of several words, not a label or a name. */
  private static final int MIN_PROSE_WORDS = 8;
  /** Words from which an unpunctuated block is still a paragraph (a standfirst), where a ticker or a label is shorter. */
  private static final int MIN_UNPUNCTUATED_PROSE_WORDS = 12;
  /** Words of one item of a menu line: "Printer friendly version", "Email this story to a friend". */
  private static final int MAX_ITEM_WORDS = 6;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’)]*$|[.!?][\"'”’)]*\\s+\\S");
  /** The separators pages set between the items of a meta line or a menu: "·", "|", "•". */
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|·•]\\s+");

  /**
   * A label in capitals and a headline after it, no sentence: "ALSO READ | …", "BREAKING: …",
   * "READ MORE: …", "WATCH » …". A teaser for another page, or a ticker.
   */
  private static final Pattern LABELLED_HEADLINE = Pattern.compile("^\\p{Lu}[\\p{Lu}'’ ]{1,24}\\s*[:|»›>]\\s*\\S.*");
  private static final int MAX_HEADLINE_WORDS = 20;

  private BlockShapes() {}

  /** Whether {@code block} is a labelled headline ({@link #LABELLED_HEADLINE}): a link to other news, never this article's text. */
  static boolean isLabelledHeadline(String block) {
    String line = block.strip();
    return LABELLED_HEADLINE.matcher(line).matches() && words(line) <= MAX_HEADLINE_WORDS && !SENTENCE_END.matcher(line).find();
  }

  /** Whether {@code block} reads as a paragraph of running text. */
  static boolean isProse(String block) {
    int words = words(block);
    return words >= MIN_UNPUNCTUATED_PROSE_WORDS || words >= MIN_PROSE_WORDS && SENTENCE_END.matcher(block.strip()).find();
  }

  /**
   * Whether {@code block} is a row of short items between separators and no sentence: "Printer
   * friendly version | Email this story to a friend", "Share: Facebook · X · Email". A paragraph
   * never reads so; a menu, a tool bar or a meta line does.
   */
  static boolean isMenuLine(String block) {
    List<String> items = segments(block);
    return items.size() >= 2 && !SENTENCE_END.matcher(block.strip()).find()
        && items.stream().allMatch(item -> words(item) <= MAX_ITEM_WORDS);
  }

  /** The items of a line set between separators, or the line alone. */
  static List<String> segments(String line) {
    return List.of(SEPARATOR.split(line.strip())).stream().map(String::strip).filter(item -> !item.isEmpty()).toList();
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  /**
   * Whether {@code text} is a section or topic label set above a headline ("NATURE · TAVUSH",
   * "Health / Investigation / Gulu"): short parts between interpuncts, slashes or bars, none of
   * them a sentence.
   */
  static boolean isKicker(String text) {
    String[] parts = KICKER_SEPARATOR.split(text.strip());
    return parts.length > 1 && List.of(parts).stream().allMatch(part -> part.strip().split("\\s+").length <= MAX_KICKER_PART_WORDS);
  }

  /**
   * Whether an emphasised line has a headline's shape: three to 25 words (separators are none:
   * "NATURE · TAVUSH" is two), no date; an {@code unstyled} line (the one after a section label)
   * no sentence either.
   */
  static boolean isEmphasisedHeadline(String text, boolean unstyled) {
    long words = List.of(text.split("\\s+")).stream().filter(word -> word.chars().anyMatch(Character::isLetterOrDigit)).count();
    return words >= MIN_EMPHASISED_HEADLINE_WORDS && words <= MAX_EMPHASISED_HEADLINE_WORDS
        && corpussearch.indexer.extract.NameAndDateShapes.isoDate(text).isEmpty() && !(unstyled && text.endsWith("."));
  }
}
