package corpussearch.indexer.extract;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A headline print or a narrow column broke over lines, joined again: a second half in lower case
 * ("Creamery site to become" / "forty homes after appeal"), or a headline in capitals over two to
 * four short lines. {@link TitleRules} asks before it judges a line as the headline.
 */
final class BrokenHeadlines {
  /** Each half of a headline broken over two lines has words, not a lone word or an address. */
  private static final int MIN_BROKEN_PART_WORDS = 2;
  private static final int MAX_CAPITAL_HEADLINE_LINES = 4;
  /** A headline in ordinary case broken over at most this many lines. */
  private static final int MAX_BROKEN_LINES = 4;
  /** Pictographs and their joiners before the first word: "⚡️ ", "📌 ". */
  private static final Pattern LEADING_SYMBOLS =
      Pattern.compile("^[\\p{So}\\p{Sk}\\x{FE0F}\\x{200D}\\s]+(?=\\S)");

  /**
   * A line that ends on a word no headline ends on, an article, preposition or conjunction
   * ("bridge reopens on" / "Gbarnga–Salala highway"), in English or another language's words that
   * are nothing else ("Reise über Iran nach" / "Afghanistan"): the next line continues it even when
   * it opens with a name.
   */
  private static final Pattern OPEN_ENDING = Pattern.compile(
      "(?iu).*\\s(?:a|an|the|of|on|in|at|to|for|from|by|with|as|and|or|over|into|after|before|near|across|between"
          + "|nach|über|für|mit|von|vom|zum|zur|gegen|unter|aus|bei|und|du|aux|pour|sur|dans|avec|contre|vers|del|para|por|con|hacia|desde)$");

  /**
   * A line in sentence case that ends on a name of two capitalised words after a word in lower
   * case, "Speaking their language: how Islamic State": a longer name the break cut, which the next
   * line, ending the block, carries on ("Khorasan courts Tajik and Uzbek audiences online").
   */
  private static final Pattern NAME_AT_END = Pattern.compile(".*\\s\\p{Ll}{3,}\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+");

  /**
   * A title in two parts whose second part the line break cut, "Beyond the TTP: How ISKP Is
   * Reframing": a report's cover runs it on over the next line, ending the block ("Its Pakistan
   * Campaign"). Two words before the colon and three after it at least, and no sentence's stop: a
   * field's "PRIORITY: Routine", a mail header's "X-Mailer: Newsletter Engine 4.2" or a caption's
   * "… at the harbour. Photograph: Zenith News/The Harbour Courier" is none.
   */
  private static final Pattern SECOND_PART_CUT =
      Pattern.compile("[^\\s:.!?]++(?:\\s++[^\\s:.!?]++)++:\\s++\\p{Lu}[^\\s:]*+(?:\\s++[^\\s:]++){2,}+(?<=[\\p{L}\\p{N}])");

  private BrokenHeadlines() {}

  /**
   * The headline at {@code line}, joined with the lines print broke it onto: each continuation
   * follows without a blank, opens in lower case (or follows an {@link #OPEN_ENDING}) and has
   * words, the line before it does not end a sentence, and the run ends the block ("Creamery site
   * to become" / "forty homes after appeal"; a narrow column's "Traders count losses" / "as
   * collapsed road cuts" / "market off from highway"; pdftotext's "bridge reopens on" /
   * "Gbarnga–Salala highway").
   * Pictographs opening the line (a channel's "⚡️") are no part of the headline.
   */
  static TitleRules.Title withContinuation(ArticleLines page, int line) {
    Optional<TitleRules.Title> capitals = capitalsOverLines(page, line);
    if (capitals.isPresent()) {
      return capitals.get();
    }
    String text = LEADING_SYMBOLS.matcher(page.text(line)).replaceFirst("");
    Set<Integer> lines = new TreeSet<>(Set.of(line));
    StringBuilder joined = new StringBuilder(text);
    int next = line + 1;
    while (lines.size() < MAX_BROKEN_LINES && continues(page, next, page.text(next - 1), lines.size() > 1)) {
      joined.append(' ').append(page.text(next));
      lines.add(next++);
    }
    boolean closed = next == page.size() || page.isBlank(next);
    return lines.size() > 1 && closed && TitleRules.isTitleLike(joined.toString())
            && !PageHeader.isCapitals(text) && ArticleLines.wordCount(text) >= MIN_BROKEN_PART_WORDS
        ? new TitleRules.Title(joined.toString(), RuleNames.FIRST_LINE, line, lines)
        : new TitleRules.Title(text, RuleNames.FIRST_LINE, line, Set.of(line));
  }

  /**
   * Whether line {@code next} carries on the headline whose last line so far is {@code previous}.
   * Once the headline is {@code broken} (a continuation joined), it is set in sentence case, so a
   * line opening on a capital opens on a name ("how ISKP's Tajik and Uzbek" / "Telegram networks
   * survive takedowns") and carries on too, as it does after a {@link #NAME_AT_END} when it ends the
   * block, or after a {@link #SECOND_PART_CUT} when it or the line after it does, unless it ends a
   * sentence as a standfirst does. A clause in lower case may follow a colon ("migrant grievances:"
   * / "how ISKP's …"), and so may a title's second part that ends the block, a report's title page
   * setting each part on a line ("Rivals for the Same Recruits:" / "ISKP, the TTP and Violence in
   * Khyber Pakhtunkhwa"). One word may close the block after an open ending ("… Workers in" /
   * "Russia").
   */
  private static boolean continues(ArticleLines page, int next, String previous, boolean broken) {
    if (next >= page.size() || page.isBlank(next)) {
      return false;
    }
    String text = page.text(next);
    boolean lowerCase = Character.isLowerCase(text.codePointAt(0));
    boolean nameCut = (NAME_AT_END.matcher(previous).matches() && closesBlock(page, next)
        || SECOND_PART_CUT.matcher(previous).matches() && closesSecondPart(page, next)) && PersonNameLists.nameList(text, false).isEmpty();
    boolean named = (broken || nameCut) && !text.matches(".*[.!?]$") && !HeadlineOverByline.isBylineOrDate(text);
    boolean secondPart = previous.endsWith(":") && closesSecondPart(page, next) && !text.matches(".*[.!?]$")
        && !HeadlineOverByline.isBylineOrDate(text) && !TitleRules.isFurniture(text);
    return (lowerCase || named || secondPart || OPEN_ENDING.matcher(previous).matches())
        && (!previous.matches(".*[.!?:;,]$") || previous.endsWith(",") && closesBlock(page, next) || previous.endsWith(":") && (lowerCase || secondPart))
        && (ArticleLines.wordCount(text) >= MIN_BROKEN_PART_WORDS || isLastWordOfBlock(page, next)
            || OPEN_ENDING.matcher(previous).matches() && closesBlock(page, next))
        && text.matches("[\\p{L}\\p{N}'’,;:\\-–— ]+[.!?]?");
  }

  /**
   * Whether a title's second part on {@code line} ends its block, there or on the next line when
   * this one breaks off open ("Cells, Handlers and the Limits of" / "Remote Control") or both lines
   * stop short of a sentence's end ("IS-K recruitment and the Central" / "Asian security response").
   */
  private static boolean closesSecondPart(ArticleLines page, int line) {
    boolean runsOn = OPEN_ENDING.matcher(page.text(line)).matches()
        || !page.text(line).matches(".*[.!?;,]$") && line + 1 < page.size() && !page.text(line + 1).matches(".*[.!?]$");
    return closesBlock(page, line) || runsOn && line + 1 < page.size() && closesBlock(page, line + 1);
  }

  /**
   * A headline's clause after a comma ("… needs a purpose," / "not just a mandate"), as a narrow
   * column or a report's title page breaks it, when the line in lower case ends the block: a
   * paragraph wrapped after a comma runs on over more lines.
   */
  private static boolean closesBlock(ArticleLines page, int line) {
    return line + 1 == page.size() || page.isBlank(line + 1);
  }

  /**
   * A lone word in lower case closing its block, "accident" under "Juba river taxi operators agree
   * to … after Gumbo crossing": the last word a narrow screen or a hard wrap carried over. With a
   * full stop it would end a sentence, which a headline does not.
   */
  private static boolean isLastWordOfBlock(ArticleLines page, int next) {
    return closesBlock(page, next) && page.text(next).matches("\\p{Ll}[\\p{L}\\p{N}'’-]*");
  }

  /**
   * A headline in capitals set over two to four short lines, as print lays it out ("HARBOUR
   * DREDGING PLAN" / "DELAYED AGAIN AFTER" / "COST REVIEW"): every line in capitals, none of them
   * furniture (nor a section's name: "LOCAL NEWS" over "THE KESTREL BAY HERALD" is a header), none
   * the line above again (a masthead printed twice is no headline), the run closed by a blank line.
   */
  private static Optional<TitleRules.Title> capitalsOverLines(ArticleLines page, int line) {
    Set<Integer> lines = new TreeSet<>();
    StringBuilder joined = new StringBuilder();
    int at = line;
    while (at < page.size() && !page.isBlank(at) && lines.size() < MAX_CAPITAL_HEADLINE_LINES + 1) {
      String text = page.text(at);
      boolean repeated = at > line && text.equals(page.text(at - 1));
      if (!PageHeader.isCapitals(text) || TitleRules.isFurniture(text) || text.matches(".*[.!?:;]$") || repeated) {
        return Optional.empty();
      }
      lines.add(at);
      joined.append(text).append(' ');
      at++;
    }
    boolean closed = at == page.size() || page.isBlank(at);
    String headline = joined.toString().strip();
    return closed && lines.size() >= 2 && lines.size() <= MAX_CAPITAL_HEADLINE_LINES && TitleRules.isTitleLike(headline)
        ? Optional.of(new TitleRules.Title(headline, RuleNames.FIRST_LINE, line, lines))
        : Optional.empty();
  }

  /**
   * Whether {@code line} carries on the passed-over line {@code above} as a wrapped paragraph does:
   * directly under it, which is a line of prose cut off mid-sentence ("Good morning. This morning:
   * a queue app for frontier workers, the") or of a list cut off after a separator. A headline
   * never starts in the middle of a sentence. A notice whole on its line ("This article is more than
   * 10 months old") ends without a stop but is cut off nowhere.
   */
  static boolean continuesProse(ArticleLines page, int above, int line) {
    String text = page.text(above);
    return above == line - 1 && ArticleLines.wordCount(text) >= MIN_WRAPPED_PROSE_WORDS && MID_SENTENCE_END.matcher(text).find()
        && !AnnouncementLines.isNeverHeadline(text);
  }

  /**
   * Whether {@code title}, one line, opens a hard-wrapped paragraph, as a text browser, a mail
   * program or pdftotext breaks prose at a fixed width ("Owners of the motorised canoes that carry
   * passengers across the White" / "Nile between Juba and …" / …): it ends mid-sentence and opens a
   * block of at least {@value #MIN_WRAPPED_LINES} lines, each but the last filled so far that the
   * next line's first word would not have fitted, and the block is no headline. A headline over
   * its standfirst or byline leaves room on its line. The page's headline is then unknown.
   */
  static boolean startsWrappedParagraph(ArticleLines page, TitleRules.Title title) {
    int line = title.line();
    if (title.lines().size() > 1 || !MID_SENTENCE_END.matcher(page.text(line)).find()) {
      return false;
    }
    int end = line;
    while (end + 1 < page.size() && !page.isBlank(end + 1)) {
      end++;
    }
    if (end - line + 1 < MIN_WRAPPED_LINES) {
      return false;
    }
    int width = IntStream.rangeClosed(line, end).map(at -> page.text(at).length()).max().orElse(0);
    StringBuilder block = new StringBuilder();
    for (int at = line; at <= end; at++) {
      if (at < end && page.text(at).length() + 1 + page.text(at + 1).split("\\s+")[0].length() <= width) {
        return false;
      }
      block.append(page.text(at)).append(' ');
    }
    return !TitleRules.isTitleLike(block.toString().strip());
  }

  private static final int MIN_WRAPPED_LINES = 3;

  /** A wrapped line of prose is long; a section label or masthead over a headline is short. */
  private static final int MIN_WRAPPED_PROSE_WORDS = 8;

  /** How a line cut off mid-sentence or mid-list ends: a word in lower case, a comma, a separator ("… 25 min ·"). */
  private static final Pattern MID_SENTENCE_END = Pattern.compile("(?:(?:^|\\s)\\p{Ll}[\\p{L}\\p{M}'’-]*|,|\\s[·|])\\s*$");
}
