package corpussearch.indexer.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evidence for and against a first line being the headline, by its shape and by what follows it
 * rather than by a list of the kinds of junk a page may print first.
 *
 * <p>Against: a sentence that ends in a full stop; a line that holds an e-mail address or a host
 * name; a run of fields (three or more parts set apart by tabs, wide gaps or " -- "), or any
 * wide gap (a letterhead's columns, a row of links); a text browser's link opening the line (the
 * site's logo or a menu); an outlet's name with a short label after it ("The Post — English
 * Edition"). Headlines hold none of these. For: the line is followed within a few lines by a
 * byline, a date line or a paragraph of the body (a wire's "BYLINE:" label and agency line may
 * stand between).
 */
final class HeadlineEvidence {

  /** Sentences ending in a full stop are leads or notes; a headline this long with a stop is not. */
  private static final int MIN_SENTENCE_WORDS = 8;
  /** Words of four letters or more, which title case capitalises ("a", "of", "the" it may not). */
  private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{4,}+");
  private static final int MIN_TITLE_CASE_WORDS = 4;
  private static final double TITLE_CASE_SHARE = 0.8;
  private static final int MIN_FIELDS = 3;
  private static final int MAX_LABEL_WORDS = 3;
  private static final int SUPPORT_WINDOW = 4;
  private static final int MIN_PARAGRAPH_WORDS = 15;

  private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])[\\w.+-]++@[\\w-]+(?:\\.[\\w-]+)+");

  /** A lower-case host name, "hokkaidoherald.example", "www.news.co.uk": a name a headline never holds. */
  private static final Pattern HOST = Pattern.compile("(?<![\\w.])[a-z0-9-]{2,}(?:\\.[a-z0-9-]+){0,8}\\.[a-z]{2,10}(?![\\w.])");

  /** What sets fields apart on a machine's line: a wide gap ({@link ArticleLines#WIDE_GAP}) or " -- ". */
  private static final Pattern FIELD_GAP = Pattern.compile(ArticleLines.WIDE_GAP.pattern() + "|\\s+--\\s+");

  /** The number a text browser (lynx, w3m) sets before a link opening the line, "[1]Site name": the line is a link. */
  private static final Pattern LINK_OPENING = Pattern.compile("\\[\\d{1,4}\\]\\S");

  /** A name, one dash or bar, a short label: "The Gotland Post — English Edition". */
  private static final Pattern NAME_AND_LABEL = Pattern.compile("^([^|–—]+?)\\s+[|–—]\\s+([^|–—]+)$");

  /** A publication's name is short: a longer line naming one is a headline about it. */
  private static final int MAX_NAME_WORDS = 5;

  private HeadlineEvidence() {}

  /** Whether {@code text} has a shape no headline has. */
  static boolean isAgainst(String text) {
    return isSentence(text)
        || holdsAddress(text)
        || Arrays.stream(FIELD_GAP.split(text.strip())).filter(part -> !part.isBlank()).count() >= MIN_FIELDS
        || ArticleLines.WIDE_GAP.split(text.strip()).length > 1
        || LINK_OPENING.matcher(text.strip()).lookingAt()
        || isNameAndLabel(text)
        || isPublicationName(text);
  }

  /**
   * A publication's name alone, "The Riverton Herald", "Le Quotidien du Rhône": a masthead, which a
   * headline never is unless a byline or a date stands right under it.
   */
  private static boolean isPublicationName(String text) {
    return ArticleLines.wordCount(text) <= MAX_NAME_WORDS && OutletNames.isMasthead(text) && OutletNames.hasPublicationWord(text);
  }

  /**
   * Whether {@code text} holds an e-mail address or a host name: a program's bar ("Reader —
   * news.example") or a mail header, whose other words name the program, not the outlet.
   */
  static boolean holdsAddress(String text) {
    return EMAIL.matcher(text).find() || HOST.matcher(text).find();
  }

  private static boolean isSentence(String text) {
    return text.endsWith(".") && !text.endsWith("..") && ArticleLines.wordCount(text) >= MIN_SENTENCE_WORDS && !isTitleCase(text);
  }

  /**
   * Whether nearly every longer word opens with a capital, "The Sahel Is Not a Lost Cause. Stop
   * Treating It Like One.": a headline set in title case ends in a stop now and then; a lead or a
   * note, written in sentence case, never has that shape.
   */
  private static boolean isTitleCase(String text) {
    List<String> words = LONG_WORD.matcher(text).results().map(MatchResult::group).toList();
    long capitalised = words.stream().filter(word -> Character.isUpperCase(word.codePointAt(0))).count();
    return words.size() >= MIN_TITLE_CASE_WORDS && capitalised >= TITLE_CASE_SHARE * words.size();
  }

  private static boolean isNameAndLabel(String text) {
    Matcher split = NAME_AND_LABEL.matcher(text);
    return split.matches()
        && OutletNames.isMasthead(split.group(1).strip())
        && ArticleLines.wordCount(split.group(2)) <= MAX_LABEL_WORDS;
  }

  /**
   * Whether the line at {@code lines.get(index)} has a shape no headline has, is not itself
   * followed directly by a byline or a date line, and a later line within a few has that support
   * and none of those shapes: then that later line is the better headline.
   */
  static boolean isPassedOver(ArticleLines page, List<Integer> lines, int index) {
    boolean tagline = isTagline(page, lines.get(index));
    if (tagline ? isDirectlyAboveBylineOrDate(page, lines, index) : mayBeHeadline(page, lines, index)) {
      return false;
    }
    int words = ArticleLines.wordCount(page.text(lines.get(index)));
    int end = Math.min(lines.size(), index + 1 + SUPPORT_WINDOW);
    for (int later = index + 1; later < end; later++) {
      String text = page.text(lines.get(later));
      if (TitleRules.isTitleLike(text) && !TitleRules.isFurniture(text) && !isAgainst(text) && isSupported(page, lines, later)
          && (!tagline || ArticleLines.wordCount(text) > words)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line is set in one block with the masthead directly above it and a blank line or
   * the site's menu below ("KESTREL HERALD" / "Local news since 1872"): the paper's slogan, passed over for a
   * longer line with a headline's support further down; so is the masthead over it.
   */
  private static boolean isTagline(ArticleLines page, int line) {
    return line > 0 && !page.isBlank(line - 1) && isFirstMasthead(page, line - 1)
        && (line + 1 >= page.size() || page.isBlank(line + 1) || NavigationLines.isMenu(page.text(line + 1)))
        // the masthead itself, set over its slogan
        || line + 1 < page.size() && OutletNames.isMasthead(page.text(line)) && isTagline(page, line + 1) && !page.isBlank(line + 1);
  }

  /**
   * Whether the line is masthead-shaped and no name alone on its line stands above it: a kicker in
   * capitals set over the headline under the page's own masthead and menu ("CROCUS TRIAL" /
   * "Moscow court jails …") has a masthead's shape but sets no slogan under it.
   */
  private static boolean isFirstMasthead(ArticleLines page, int line) {
    return OutletNames.isMasthead(page.text(line))
        && page.nonBlank().stream().takeWhile(above -> above < line).noneMatch(above -> isNameAlone(page.text(above)));
  }

  /** A masthead-shaped line that is no row of links set apart by gaps ("Connexion   Abonnement   Contact"). */
  private static boolean isNameAlone(String text) {
    return OutletNames.isMasthead(text) && !ArticleLines.WIDE_GAP.matcher(text.strip()).find() && !NavigationLines.isMenu(text);
  }

  /**
   * Whether the first candidate line may be the headline: not of a shape no headline has, unless a
   * byline or a date line stands directly under it ("Our rivers are telling us something. We
   * should listen." / "By …"). With no better line below, such a line leaves the title unknown.
   */
  static boolean mayBeHeadline(ArticleLines page, List<Integer> lines, int index) {
    return !isAgainst(page.text(lines.get(index))) || isDirectlyAboveBylineOrDate(page, lines, index);
  }

  /**
   * Whether the line is a person's name over a job or that job ("Lucie Ferrand" / "Senior
   * Researcher, Sahel Programme"): an author block, which a report may set above its headline,
   * never the headline.
   */
  static boolean inAuthorBlock(ArticleLines page, int line) {
    return isRoleUnderName(page, line) || line + 1 < page.size() && isRoleUnderName(page, line + 1);
  }

  private static boolean isRoleUnderName(ArticleLines page, int line) {
    return line > 0 && !page.isBlank(line - 1) && !page.isBlank(line) && PersonNames.isName(page.text(line - 1), false)
        && AuthorLineRules.isRole(page.text(line));
  }

  /** {@code title} with the lines passed over above it, which are furniture, not body. */
  static TitleRules.Title withPassedOver(TitleRules.Title title, Set<Integer> passed) {
    if (passed.isEmpty()) {
      return title;
    }
    Set<Integer> lines = new TreeSet<>(title.lines());
    lines.addAll(passed);
    return new TitleRules.Title(title.text(), title.rule(), title.line(), lines);
  }

  /**
   * Whether a byline or a date line stands directly under the line, or a name alone (with its job)
   * over one: an opinion page's "Jane Doe" / "Guest columnist" / "Published …" under its headline.
   */
  private static boolean isDirectlyAboveBylineOrDate(ArticleLines page, List<Integer> lines, int index) {
    if (index + 1 >= lines.size()) {
      return false;
    }
    String next = page.text(lines.get(index + 1)).strip();
    return isBylineOrDate(next) || HeadlineOverByline.isNameLine(next) && isSupported(page, lines, index + 1);
  }

  private static boolean isBylineOrDate(String text) {
    return BylineRules.isBylineOrLabel(text) || DateParser.parseDateLine(text).isPresent() || isNamesLine(text);
  }

  /**
   * Two or more people's names alone on a line, "Leila Mangondato and Paolo Severino": the
   * authors of a report, which sets its byline without "By" under the headline. One name alone may
   * be a masthead's shape, so it is no support here.
   */
  private static boolean isNamesLine(String text) {
    String line = text.strip();
    return !PersonNames.isName(line, false) && PersonNameLists.nameList(line, false).filter(line::equals).isPresent();
  }

  /**
   * Whether the line at {@code lines.get(index)} is followed within a few lines by a byline, a
   * date line or a paragraph of the body.
   */
  static boolean isSupported(ArticleLines page, List<Integer> lines, int index) {
    int end = Math.min(lines.size(), index + 1 + SUPPORT_WINDOW);
    for (int next = index + 1; next < end; next++) {
      String text = page.text(lines.get(next));
      if (isBylineOrDate(text) || ArticleLines.wordCount(text) >= MIN_PARAGRAPH_WORDS) {
        return true;
      }
    }
    return false;
  }
}
