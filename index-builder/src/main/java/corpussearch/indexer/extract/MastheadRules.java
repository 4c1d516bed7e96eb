package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.OUTLET;

import corpussearch.indexer.paragraphs.AppPrompts;
import corpussearch.indexer.paragraphs.FundingAppeals;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The block above the headline: navigation, the masthead naming the outlet, a tagline.
 *
 * <p>{@code masthead}: the first line above the title that is neither navigation (a menu line, or an
 * item of a menu printed one per line), a date nor a byline, when it is short and Title-Case like a
 * publication's name; or the name in a first "NAME | Section" line. A consent banner above it is
 * furniture and does not count. Other short lines between it and the title are taglines, and so is
 * every line between it and a menu below it, whatever its length. All of these are page furniture.
 * A section's or a document's name ("FOR IMMEDIATE RELEASE" over the issuer's name) does not take
 * the masthead's place, nor does a strip of figures or capitals over a name the footer names again
 * ({@link PageHeader#evidentMasthead}). (Page dates in this block are {@link DateRules}' business,
 * bylines {@link BylineRules}'.)
 *
 * <p>When the title is not repeated, a short Title-Case first line could as well be the headline,
 * so it is taken for a masthead only if a page date follows within a few lines ({@link
 * #dateAnchoredBlockEnd}): "Name / tagline / Thursday, Apr 25, 2024 / headline".
 */
final class MastheadRules {
  /** Taglines are slogans, not paragraphs. */
  private static final int MAX_TAGLINE_WORDS = 12;

  /** Lines after a masthead candidate that may hold the page date (tagline, date). */
  private static final int DATE_LOOKAHEAD = 3;

  /** A control over the masthead is a few words: "Sign Up for our Email Newsletters". */
  private static final int MAX_CONTROL_WORDS = 8;

  /** The reader's voice, or words spoken to them: "your", "our", "my", "I'm". */
  private static final Pattern READER_VOICE = Pattern.compile("(?i)(?<!\\p{L})(?:you|your|our|my|me|i['’]m)(?!\\p{L})");

  /** A capital inside a word, as brands write their names: "NewsHarbor", "InfoRiver". */
  private static final Pattern INNER_CAPITAL = Pattern.compile("\\p{Ll}\\p{Lu}");

  /** Between a masthead's name and its tagline: a spaced hyphen or dash. */
  private static final Pattern NAME_DASH = Pattern.compile("\\s++[-–—]\\s++");

  /** A name, a comma and a street number: "Tri-County Courier, 220 Main St., Marietta". */
  private static final Pattern POSTAL_ADDRESS = Pattern.compile("[^,\\d]{2,60}+,\\s*+\\d{1,5}+\\s++\\p{L}");

  private MastheadRules() {}

  /** Proposes the masthead and marks the header lines above {@code titleLine}. */
  static void collect(ArticleLines page, int titleLine, Findings out) {
    repeatedName(page, titleLine, out);
    boolean mastheadLooked = false;
    int lastMenu = lastMenuAbove(page, titleLine);
    // A name the footer repeats, or the page describes, is the masthead even above "Sign in" / "Subscribe" stacked one a line.
    int evident = PageHeader.evidentMasthead(page).or(() -> OutletMentionRules.describedMasthead(page)).orElse(-1);
    // A header a program ruled off (a clipper's "Clipped from:" fields) comes before the page's own.
    List<Integer> ruled = PageHeader.ruledHeader(page);
    for (int line : page.nonBlank()) {
      if (line >= titleLine) {
        return;
      }
      if (ruled.contains(line)) {
        continue;
      }
      if (line < lastMenu && !isOtherFurniture(page.text(line)) && mastheadLooked) {
        out.markMetadata(line);
        namedInFooter(page, line).ifPresent(name -> out.propose(Candidate.of(OUTLET, name, RuleNames.MASTHEAD, line)));
        continue;
      }
      String text = page.text(line);
      if (PageHeader.isConsentNotice(text) || !mastheadLooked && speaksToReader(text)) {
        out.markMetadata(line);
        continue;
      }
      boolean menuItem = line != evident && TitleRules.isMenuItem(page, line) && !isNameAmongItems(page, line);
      boolean menu = NavigationLines.isNavigation(text) || NavigationLines.isMenu(text) || menuItem || OutletNames.isSectionName(text);
      Optional<String> masthead =
          mastheadLooked && line != evident || menuItem || isOtherFurniture(text) ? Optional.empty() : mastheadName(page, line);
      masthead.filter(name -> !isCommonWord(page, name) && !repeatsMenuItem(page, line, titleLine)).ifPresent(name -> out.propose(Candidate.of(OUTLET, name, RuleNames.MASTHEAD, line)));
      if (menu || masthead.isPresent()) {
        out.markMetadata(line);
      } else if (isOtherFurniture(text)) {
        continue;
      } else if (ArticleLines.wordCount(text) <= MAX_TAGLINE_WORDS) {
        out.markMetadata(line);
      }
      mastheadLooked |= !menu || masthead.isPresent();
    }
  }

  /**
   * A control of the bar over the masthead, in the reader's voice or spoken to them ("Sign Up for
   * our Email Newsletters", "Yes, I'm happy", "Manage my cookies"), or a support bar asking for
   * money ({@link FundingAppeals}), or an app's banner ({@link AppPrompts}): a button or an offer,
   * which a publication's name never is, so it does not take the masthead's place. A name before
   * its tagline ("Lowveld Tribune - Your region, your news") is the masthead itself.
   */
  private static boolean speaksToReader(String text) {
    boolean control = ArticleLines.wordCount(text) <= MAX_CONTROL_WORDS && READER_VOICE.matcher(text).find()
        && nameBeforeTagline(text).isEmpty();
    return control || FundingAppeals.asksForMoney(text) || AppPrompts.isAppPrompt(text);
  }

  /**
   * The publication's name a header line gives, alone or before its tagline, read as {@link
   * HeaderBarName} gives it. (A link's number stays on the line itself, which marks it as a link that
   * no headline is.)
   */
  private static Optional<String> mastheadName(String line) {
    String text = HeaderBarName.of(line);
    return PageHeader.mastheadAboveHeadline(text).or(() -> nameBeforeTagline(text));
  }

  /** The name {@code line} gives, wrapped onto the next ({@link WrappedMastheads}), as {@link #mastheadName(String)} reads it, or the one opening its row of links. */
  private static Optional<String> mastheadName(ArticleLines page, int line) {
    return WrappedMastheads.joined(page, line).or(() -> mastheadName(page.text(line))).or(() -> HeaderBarName.opensLinkRow(page, line));
  }

  /**
   * NAME in "NAME - Your region, your news": a publication's name and its tagline after a dash
   * ({@link Taglines}); after a dash, a headline's second half is no tagline.
   */
  private static Optional<String> nameBeforeTagline(String text) {
    String[] parts = NAME_DASH.split(text, 2);
    return parts.length == 2 && OutletNames.isMasthead(parts[0]) && Taglines.isTagline(parts[1])
        ? Optional.of(parts[0].strip())
        : Optional.empty();
  }

  /**
   * The site's name on a header line below a utility bar ("LISTEN LIVE ▶ 103.7 …" / menu / "CKVR
   * News" / menu), believed when the footer names it again, as a copyright line does.
   */
  private static Optional<String> namedInFooter(ArticleLines page, int line) {
    return PageHeader.mastheadName(page.text(line)).filter(name -> PageHeader.namedAgain(page, line, name));
  }

  /**
   * {@code repeated-name}: a publication-shaped name printed twice above the title, in the header
   * and again over the headline: the body that issues the page, which a news release prints under
   * its government's banner. Every copy is furniture.
   */
  private static void repeatedName(ArticleLines page, int titleLine, Findings out) {
    List<Integer> above = page.nonBlank().stream().filter(line -> line < titleLine && page.isTop(line)).toList();
    above.stream()
        // a menu's item ("Pakistan" among "Home / Pakistan / World") set again as the section's label is no name
        .filter(line -> OutletNames.isMasthead(page.text(line)) && !repeatsMenuItem(page, line, titleLine) && !TitleRules.isMenuItem(page, line))
        .filter(line -> above.stream().filter(other -> page.text(other).equals(page.text(line))).count() > 1)
        .findFirst()
        .ifPresent(first -> {
          List<Integer> copies = above.stream().filter(other -> page.text(other).equals(page.text(first))).toList();
          out.markMetadata(copies);
          out.propose(new Candidate(OUTLET, page.text(first), RuleNames.REPEATED_NAME, first, Set.copyOf(copies)));
        });
  }

  /**
   * Whether {@code line} repeats, in any case, an item of a menu printed one item per line above
   * the title ("Politique / Société / Sécurité / Sport" … "SÉCURITÉ" over the headline), or on one
   * line ("News  Investigations  Migration  Regions" … "Migration"): the
   * section the story is filed under, which the page sets as a label over the headline, not the
   * outlet's name.
   */
  private static boolean repeatsMenuItem(ArticleLines page, int line, int titleLine) {
    String text = page.text(line).strip();
    return page.nonBlank().stream().anyMatch(other -> other < titleLine && other != line && (page.text(other).strip().equalsIgnoreCase(text)
        ? TitleRules.isMenuItem(page, other) : NavigationLines.listsItem(page.text(other), text)));
  }

  /**
   * The last menu line above the title, or -1: the site's header ends there, so a tagline above it
   * is furniture however long it runs ("A village blog about gardens, weather and the people who …").
   */
  private static int lastMenuAbove(ArticleLines page, int titleLine) {
    int last = -1;
    for (int line : page.nonBlank()) {
      if (line >= titleLine || !page.isTop(line)) {
        break;
      }
      if (NavigationLines.isMenu(page.text(line))) {
        last = line;
      }
    }
    return last;
  }

  /**
   * The line after a "masthead, [tagline,] page date" block at the top of {@code page}, if there is
   * one.
   *
   * <p>A Title-Case headline followed by its dateline has the same shape, so the block is only
   * accepted when the date is a bare one (a "Published:" label belongs to the article), nothing
   * between the name and the date is a byline, and a headline-like line follows the date.
   */
  static OptionalInt dateAnchoredBlockEnd(ArticleLines page) {
    List<Integer> lines =
        page.nonBlank().stream()
            .dropWhile(line -> NavigationLines.isNavigation(page.text(line)))
            .toList();
    if (lines.isEmpty() || !OutletNames.isMasthead(page.text(lines.get(0)))) {
      return OptionalInt.empty();
    }
    for (int i = 1; i < Math.min(lines.size(), 1 + DATE_LOOKAHEAD); i++) {
      String text = page.text(lines.get(i));
      Optional<DateParser.DateLine> date = DateParser.parseDateLine(text);
      if (date.isPresent()) {
        return date.get().labelled() || !headlineFollows(page, lines, i)
            ? OptionalInt.empty()
            : OptionalInt.of(lines.get(i) + 1);
      }
      if (ArticleLines.wordCount(text) > MAX_TAGLINE_WORDS || BylineRules.isBylineOrLabel(text)) {
        break;
      }
    }
    return OptionalInt.empty();
  }

  /** Whether the first line after the date that is not furniture (a greeting, a rule) reads as a headline. */
  private static boolean headlineFollows(ArticleLines page, List<Integer> lines, int dateIndex) {
    return lines.stream()
        .skip(dateIndex + 1L)
        .map(page::text)
        .filter(text -> !TitleRules.isFurniture(text))
        .findFirst()
        .filter(TitleRules::isTitleLike)
        .isPresent();
  }

  /**
   * A publication's name in capitals between lines in ordinary case ("Subscribe  Log in" / "THE
   * VALLETTA OBSERVER" / "Independent since 1962"): set apart by its type, it is the masthead, not
   * an item of the short lines around it. A menu in capitals has its items in capitals too.
   * Or a name of two words or more among items printed one a line ("Search jobs" / "The Harbour
   * Times" / "News" / "Sport"), which the footer signs with (its copyright, its postal address):
   * the logo the menu hangs from, not an item, which a footer lists again but never signs with.
   */
  private static boolean isNameAmongItems(ArticleLines page, int line) {
    String text = page.text(line);
    boolean ordinaryAround = (line == 0 || !PageHeader.isCapitals(page.text(line - 1)))
        && (line + 1 >= page.size() || !PageHeader.isCapitals(page.text(line + 1)));
    return OutletNames.isMasthead(text) && (PageHeader.isCapitals(text) && ordinaryAround || isSignedName(page, line) || opensPage(page, line));
  }

  /**
   * Whether {@code line} is the page's first, over the menu, and a brand written with a capital
   * inside a word: a copied page opens with the site's logo ("NewsHarbor" / "Home" / "Mail" /
   * "News"); a menu's first item ("Accueil", "Top Stories") is written as an ordinary word.
   */
  private static boolean opensPage(ArticleLines page, int line) {
    String text = page.text(line);
    return page.nonBlank().getFirst() == line && INNER_CAPITAL.matcher(text).find() && !NavigationLines.isNavigation(text);
  }

  private static boolean isSignedName(ArticleLines page, int line) {
    String text = page.text(line);
    return ArticleLines.wordCount(text) >= 2 && signsFooter(page, line, text);
  }

  /** Whether a short late line below {@code line} is a copyright or a postal address in {@code name}. */
  private static boolean signsFooter(ArticleLines page, int line, String name) {
    return page.nonBlank().stream()
        .filter(other -> other > line && page.isLate(other))
        .map(page::text)
        .filter(text -> ArticleLines.wordCount(text) < ArticleLines.BODY_PARAGRAPH_WORDS)
        .filter(text -> RightsNotices.hasMark(text) || POSTAL_ADDRESS.matcher(text).lookingAt())
        .anyMatch(text -> OutletNames.writes(text, name));
  }

  /**
   * Whether {@code name} is one word that the page's own sentences use in lower case ("HERITAGE"
   * over a story of a "heritage fund"): a section's head, as print sets it under the running
   * header, not a publication's name, which is a proper name.
   */
  private static boolean isCommonWord(ArticleLines page, String name) {
    String word = name.strip();
    if (word.contains(" ") || word.isEmpty()) {
      return false;
    }
    Pattern lower = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word.toLowerCase(Locale.ROOT)) + "(?![\\p{L}])");
    return page.nonBlank().stream().map(page::text).anyMatch(text -> lower.matcher(text).find());
  }

  /**
   * A date, a byline, a report's letterhead, whose issuer {@link Letterheads} reads without its
   * series column, or its series alone ("ISSUE BRIEF 12"), a machine's line or a system's field in
   * capitals ("PRIORITY: ROUTINE").
   */
  private static boolean isOtherFurniture(String text) {
    return DateParser.parseDateLine(text).isPresent() || BylineRules.isBylineOrLabel(text) || Letterheads.issuer(text).isPresent()
        || Letterheads.isSeriesLine(text)
        || MachineLines.isMachine(text) || PageHeader.isCapitals(text) && FieldBlocks.isField(text);
  }
}
