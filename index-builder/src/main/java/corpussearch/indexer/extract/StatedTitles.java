package corpussearch.indexer.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title that a field block states ("Subject:", "Title:") read against the page's own text.
 *
 * <ul>
 *   <li>A digest, "Residents win pause on road | Budget hearings begin | Final tickets", lists an
 *       issue's headlines (a newsletter's subject line): it is no one story's title.
 *   <li>A read-later app or feed shortens the title it stores; when the text near the top holds a
 *       fuller line carrying most of its words, that line is the headline the outlet printed.
 *   <li>A stated title's " | Outlet" tail names the outlet, as a saved page's {@code <title>} does.
 * </ul>
 */
final class StatedTitles {
  /** How many pipe-separated parts of several words each make a list of headlines. */
  private static final int MIN_DIGEST_PARTS = 3;
  private static final int MIN_DIGEST_PART_WORDS = 2;
  private static final Pattern PIPE = Pattern.compile("\\s+[|·•]\\s+");
  /** Where a subject's prefix ends: "Cabo Brief #112: ", "Weekly Digest | ", "Issue 47 — ". */
  private static final Pattern PREFIX_END = Pattern.compile("\\S\\s*+[:|–—-]\\s++$");
  /** A headline echoed without the prefix has a headline's length: a word or two is a label. */
  private static final int MIN_ECHO_WORDS = 3;
  /** A label of a few words and a colon before a list: "This week: …", "In this issue: …". */
  private static final Pattern LABELLED_LIST = Pattern.compile("^\\p{L}[\\p{L} ]{0,24}:\\s+(.+)$");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,;]\\s+(?:and\\s+)?|\\s+\\|\\s+");
  /** Share of the stated title's words a fuller headline has to carry. */
  private static final double MIN_SHARED_WORDS = 0.6;
  private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern PIPE_SUFFIX = Pattern.compile("^(.+?)\\s+\\|\\s+([^|]+)$");
  /** The last " - " or " – " of a stated title and the name after it. */
  private static final Pattern DASH_SUFFIX = Pattern.compile("^(.+)\\s+[-–—]\\s+([^|–—]+)$");
  private static final int MAX_SUFFIX_WORDS = 5;

  private StatedTitles() {}

  /**
   * Whether {@code text} is a list of headlines rather than one headline: joined by pipes, or after
   * a label and a colon joined by commas or semicolons ("This week: Sea cucumber ban extended, new
   * ferry fares, Rugby squad named"). A headline naming three places ("Floods hit Lagos, Abuja and
   * Kano") has parts of one word and no label.
   */
  static boolean isDigest(String text) {
    Matcher labelled = LABELLED_LIST.matcher(text.strip());
    String[] parts = labelled.matches() ? LIST_SEPARATOR.split(labelled.group(1)) : PIPE.split(text.strip());
    return parts.length >= MIN_DIGEST_PARTS
        && Arrays.stream(parts).allMatch(part -> ArticleLines.wordCount(part) >= MIN_DIGEST_PART_WORDS);
  }

  /**
   * The headline and outlet of a stated "Headline | Outlet", when the tail is publication-shaped;
   * the outlet null when the tail could as well be a person's name ("Kestrel Bay Herald" has the
   * shape of "Jane Mary Doe") and the page names it nowhere else: an app's stored title still ends
   * in the site's name, not the story's. A dash sets apart a headline's own tail as well ("Storm
   * hits coast - Live"), so a " - Name" tail is the outlet only when the page names it again ("Sign
   * up to the Foyle Journal newsletter").
   */
  static Optional<TitleOutletSplit.Suffixed> suffixed(ArticleLines page, String stated) {
    Matcher split = PIPE_SUFFIX.matcher(stated);
    if (!split.matches()) {
      split = DASH_SUFFIX.matcher(stated);
      if (!split.matches() || !namedElsewhere(page, split.group(2).strip(), stated)) {
        return Optional.empty();
      }
    }
    String name = split.group(2).strip();
    if (!OutletNames.isMasthead(name) || ArticleLines.wordCount(name) > MAX_SUFFIX_WORDS) {
      return Optional.empty();
    }
    boolean unsure = PersonNames.isName(name, false) && !namedElsewhere(page, name, stated);
    return Optional.of(new TitleOutletSplit.Suffixed(split.group(1).strip(), unsure ? null : name, RuleNames.FIELD_BLOCK));
  }

  /** Whether a line of {@code page} other than those stating {@code stated} names {@code name}. */
  private static boolean namedElsewhere(ArticleLines page, String name, String stated) {
    return page.nonBlank().stream().map(page::text).anyMatch(text -> !text.contains(stated) && text.contains(name));
  }

  /**
   * The stated title placed on the page: on the lines that repeat it, or else the first fuller
   * headline near the top that carries most of its words (at most twice as long, with no closing
   * full stop, so never the first paragraph); else where the block stated it.
   */
  static TitleRules.Title echoed(ArticleLines page, TitleRules.Title stated) {
    Set<Integer> echoes = new TreeSet<>();
    page.nonBlank().stream().filter(line -> page.text(line).equals(stated.text())).forEach(echoes::add);
    if (!echoes.isEmpty()) {
      return new TitleRules.Title(stated.text(), stated.rule(), echoes.iterator().next(), echoes);
    }
    return prefixedEcho(page, stated.text()).or(() -> fuller(page, stated.text()))
        .map(line -> new TitleRules.Title(page.text(line), stated.rule(), line, Set.of(line)))
        .orElse(stated);
  }

  /**
   * The line that is the stated title without the mailing's prefix before a colon, bar or dash
   * ("Cabo Brief #112: Insurgents shift south …" over the "Insurgents shift south …"): a
   * newsletter's subject names the mailing and its issue first, the headline after.
   */
  private static Optional<Integer> prefixedEcho(ArticleLines page, String stated) {
    return page.nonBlank().stream().filter(line -> {
      String text = page.text(line).strip();
      return ArticleLines.wordCount(text) >= MIN_ECHO_WORDS && stated.length() > text.length() && stated.endsWith(text)
          && PREFIX_END.matcher(stated.substring(0, stated.length() - text.length())).find() && TitleRules.isTitleLike(text);
    }).findFirst();
  }

  /**
   * The lead story's headline of a digest subject ("Jerudong gets its own night market | Fuel
   * subsidy review | …"): the line near the top that carries most of the first item's words, the
   * headline the item shortens. None when no line does: the subject itself is no one's title.
   */
  static Optional<TitleRules.Title> digestLead(ArticleLines page, String stated) {
    if (!isDigest(stated) || LABELLED_LIST.matcher(stated.strip()).matches()) {
      return Optional.empty();
    }
    return fuller(page, PIPE.split(stated.strip())[0])
        .map(line -> new TitleRules.Title(HEADING_MARK.matcher(page.text(line)).replaceFirst(""), RuleNames.FIELD_BLOCK, line, Set.of(line)));
  }

  /** The mark a mailing program's plain-text part sets before a heading: "** Jerudong to get …". */
  private static final Pattern HEADING_MARK = Pattern.compile("^[*#]+\\s+");

  private static Optional<Integer> fuller(ArticleLines page, String stated) {
    List<String> words = words(stated);
    return page.nonBlank().stream()
        .filter(line -> page.isTop(line) && !FieldBlocks.isField(page.text(line)) && TitleRules.isTitleLike(page.text(line)))
        .filter(line -> {
          List<String> own = words(page.text(line));
          return own.size() > words.size() && own.size() <= 2 * words.size() && !page.text(line).endsWith(".")
              && words.stream().filter(own::contains).count() >= MIN_SHARED_WORDS * words.size();
        })
        .findFirst();
  }

  private static List<String> words(String text) {
    return Arrays.stream(WORD.split(text.toLowerCase(Locale.ROOT))).filter(word -> !word.isEmpty()).toList();
  }
}
