package corpussearch.indexer.extract;

import corpussearch.indexer.paragraphs.LinkReferences;
import corpussearch.indexer.paragraphs.Markdown;
import corpussearch.indexer.paragraphs.TextShapes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An article's lines with the geometry the rules reason about: where the page top ends and where
 * the late part (bios, sign-offs, footers) begins.
 */
final class ArticleLines {
  /** A line this long is body text, so page-top furniture (bylines, datelines) lies above it. */
  static final int BODY_PARAGRAPH_WORDS = 40;

  /** A sentence of the body has this many words; a footer's notice ("When reprinting, link to VPA.") fewer. */
  static final int MIN_SENTENCE_WORDS = 12;

  /** Bylines sit among the first few lines; further down, a name and a date is a comment. */
  private static final int MAX_TOP_LINES = 15;

  /**
   * A menu stacked one item a line ("Hiking", "Gear Reviews", "Advertisement") does not count
   * towards the top's lines: a page can have a dozen of them above its byline.
   */
  private static final int MAX_MENU_ITEM_WORDS = 2;

  /**
   * A wide gap inside a line, a tab or three spaces or more: what sets apart a letterhead's or a
   * running head's columns ("INSTITUTE FOR … STUDIES          COMMENTARY"), a row of links
   * ("Skip to content   Skip to site index") or a machine's fields. Prose and headlines are set
   * in one run of words.
   */
  static final Pattern WIDE_GAP = Pattern.compile("\\s{3,}+|\\s*\\t\\s*");

  /**
   * Two spaces or more: a narrower gap, enough between the items of a text browser's bar or the
   * fields of a system's header, whose single spaces sit inside items.
   */
  static final Pattern TWO_SPACES = Pattern.compile("\\s{2,}");

  private final List<String> texts;
  private final List<LinkReferences.HomeLink> homeLinks;

  /** Lines marked as the document's one top heading, "# Title" in Markdown and gemtext. */
  private final Set<Integer> topHeadings = new HashSet<>();
  private static final Pattern TOP_HEADING = Pattern.compile("^#\\s+\\S.*");
  private final int topEnd;
  private final int lastNonBlank;
  /** The last line of prose, found when first asked for ({@link #lastProse}); -2 until then. */
  private int lastProse = -2;

  ArticleLines(List<String> rawLines) {
    homeLinks = Stream.concat(LinkReferences.homeLinks(rawLines).stream(), Markdown.homeLinks(rawLines).stream()).toList();
    texts = new ArrayList<>(rawLines.size());
    for (String raw : LinkReferences.plain(rawLines)) {
      if (raw != null && TOP_HEADING.matcher(raw.strip()).matches()) {
        topHeadings.add(texts.size());
      }
      texts.add(clean(raw));
    }
    topEnd = computeTopEnd();
    lastNonBlank = computeLastNonBlank();
  }

  /**
   * The marks a wire's feed sets around a field of its own line, a caret before and an end mark
   * after: "^Turkey raises alert …<", "^By SELIN KAYA=". The field is the words between.
   */
  private static final Pattern FIELD_MARKS = Pattern.compile("^\\^(\\S.*?)\\s*[<=]$");

  /**
   * Pictographs opening a line, "📰 Headline", "✍️ By Name", "🗓 19/11/2024": a channel's or a
   * newsletter's decoration that marks what the line holds without being part of it.
   */
  private static final Pattern LEADING_EMOJI = Pattern.compile(
      "^(?:[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{2B00}-\\x{2BFF}\\x{FE0F}\\x{200D}]++\\s*+)++");

  /**
   * A writing hand or a pen alone before a name, as newsletters set their byline ("✍️ Tessa Moore
   * and Jamal Greer"): the pictograph says "by", where "✍️ By Name" already spells it.
   */
  private static final Pattern WRITING_HAND = Pattern.compile("^[\\x{270D}\\x{1F58A}\\x{1F58B}]\\x{FE0F}?\\s*+(?!(?i:by)\\b)(?=\\p{Lu})");

  /**
   * Trimmed text with non-breaking spaces as plain spaces, which scraped pages are full of,
   * without Markdown's marks around a line ({@link Markdown#plain}), which exports keep, and
   * without the pictographs opening it ({@link #LEADING_EMOJI}), but for a writing hand, read as
   * "By" ({@link #WRITING_HAND}).
   */
  static String clean(String raw) {
    String plain = raw == null ? "" : Markdown.plain(FIELD_MARKS.matcher(raw.replace('\u00A0', ' ').strip()).replaceFirst("$1"));
    Matcher hand = WRITING_HAND.matcher(plain);
    return hand.lookingAt() ? "By " + plain.substring(hand.end()) : LEADING_EMOJI.matcher(plain).replaceFirst("");
  }

  /**
   * Words of {@code text}, a token longer than {@link TextShapes#LONGEST_WORD} characters counting
   * as several: the rules ask "is this line short?" before running patterns over it, and a line of
   * thousands of characters without a space must not pass for a one-word line.
   */
  static int wordCount(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return 0;
    }
    int words = 0;
    for (String token : trimmed.split("\\s+")) {
      words += 1 + (token.length() - 1) / TextShapes.LONGEST_WORD;
    }
    return words;
  }

  /** {@link #wordCount} without the marks set apart, French guillemets "« … »" or a bar " | ": a label's words. */
  static int wordCountWithoutMarks(String text) {
    int marks = (int) Arrays.stream(text.strip().split("\\s+"))
        .filter(token -> !token.isEmpty() && token.length() <= TextShapes.LONGEST_WORD)
        .filter(token -> token.codePoints().noneMatch(Character::isLetterOrDigit))
        .count();
    return wordCount(text) - marks;
  }

  /** Links to a site's home page, in a text browser's dump ({@link LinkReferences#homeLinks}) or a Markdown export ({@link Markdown#homeLinks}). */
  List<LinkReferences.HomeLink> homeLinks() {
    return homeLinks;
  }

  int size() {
    return texts.size();
  }

  String text(int line) {
    return texts.get(line);
  }

  boolean isBlank(int line) {
    return texts.get(line).isEmpty();
  }

  /** Whether {@code line} was marked as a top-level heading ("# Title") before its marks came off. */
  boolean isTopHeading(int line) {
    return topHeadings.contains(line);
  }

  /** Indexes of the non-blank lines, in order. */
  List<Integer> nonBlank() {
    List<Integer> result = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      if (!isBlank(i)) {
        result.add(i);
      }
    }
    return result;
  }

  /** The next non-blank line after {@code line}, skipping at most {@code maxBlanks} blanks. */
  OptionalInt nextNonBlank(int line, int maxBlanks) {
    for (int i = line + 1; i < texts.size() && i <= line + 1 + maxBlanks; i++) {
      if (!isBlank(i)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** Whether {@code line} lies above the first body paragraph, among the first few lines. */
  boolean isTop(int line) {
    return line < topEnd;
  }

  /** Whether {@code line} opens the first body paragraph, where a dateline stands. */
  boolean opensLead(int line) {
    int first = Math.min(topEnd, texts.size() - 1);
    while (first > 0 && !isBlank(first - 1)) {
      first--;
    }
    return line == first && !isBlank(line);
  }

  /** Whether {@code line} lies in the second half of the text, where bios and sign-offs live. */
  boolean isLate(int line) {
    return lastNonBlank > 0 && line * 2 >= lastNonBlank;
  }

  private int computeTopEnd() {
    int seen = 0;
    for (int i = 0; i < texts.size(); i++) {
      if (isBlank(i)) {
        continue;
      }
      int words = wordCount(texts.get(i));
      if (words >= BODY_PARAGRAPH_WORDS || seen == MAX_TOP_LINES) {
        return i;
      }
      if (words > MAX_MENU_ITEM_WORDS) {
        seen++;
      }
    }
    return texts.size();
  }

  /**
   * The last line of prose, or -1: a line of a paragraph as long as the body's ({@value
   * #BODY_PARAGRAPH_WORDS} words over its lines, hard-wrapped or not), or a sentence as long as a
   * short one of the body ({@value #MIN_SENTENCE_WORDS} words and a full stop). What a page sets
   * below it (a signature, tags, a footer) closes the story.
   */
  int lastProse() {
    if (lastProse == -2) {
      lastProse = computeLastProse();
    }
    return lastProse;
  }

  private int computeLastProse() {
    int last = texts.size() - 1;
    while (last >= 0) {
      if (isBlank(last)) {
        last--;
        continue;
      }
      int first = last;
      int words = 0;
      int sentence = -1;
      for (; first >= 0 && !isBlank(first); first--) {
        int lineWords = wordCount(texts.get(first));
        words += lineWords;
        sentence = sentence < 0 && lineWords >= MIN_SENTENCE_WORDS && texts.get(first).endsWith(".") ? first : sentence;
      }
      if (words >= BODY_PARAGRAPH_WORDS) {
        return last;
      }
      if (sentence >= 0) {
        return sentence;
      }
      last = first;
    }
    return -1;
  }

  private int computeLastNonBlank() {
    for (int i = texts.size() - 1; i >= 0; i--) {
      if (!isBlank(i)) {
        return i;
      }
    }
    return -1;
  }
}
