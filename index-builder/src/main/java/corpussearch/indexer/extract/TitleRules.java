package corpussearch.indexer.extract;

import corpussearch.indexer.paragraphs.PaywallLabels;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds the headline.
 *
 * <ul>
 *   <li>{@code repeated-title}: a line that occurs twice among the first few substantive lines.
 *       Scraped pages often keep both the page {@code <title>} and the {@code <h1>}, and a repeat
 *       near the top is stronger evidence than position, because mastheads and taglines may come
 *       first.
 *   <li>{@code heading-mark}: otherwise the one line a Markdown or gemtext document marks "# …".
 *   <li>{@code first-line}: otherwise the first substantive line, skipping navigation, date lines,
 *       bylines and a masthead block anchored by a page date (see {@link MastheadRules}).
 * </ul>
 *
 * <p>{@link TitleOutletSplit} takes an outlet's name off the headline found; {@link
 * HeadlineEvidence} decides whether a first line that has a shape no headline has is passed over.
 *
 * <p>Navigation, date lines, relative times ("Updated 3 hours ago", "3 minute read"), bylines and a
 * newsletter's greeting ("Good morning. Here's what you
 * need to know.") are never the headline.
 *
 * <p>Either way the line must look like a headline (one sentence, not a paragraph); when the first
 * substantive line is a paragraph the title stays unknown rather than being made up from body text.
 */
final class TitleRules {

  /** The headline and every line that repeats it. */
  record Title(String text, String rule, int line, Set<Integer> lines) {
    /** The last of the lines the headline is printed on, broken over several or printed again: what is set under it is set there. */
    int lastLine() {
      return lines.stream().max(Integer::compare).filter(last -> last > line).orElse(line);
    }
  }

  /** How many substantive lines from the top a repeat may occur in. */
  private static final int REPEAT_WINDOW = 8;

  private static final int MAX_TITLE_CHARS = 250;
  private static final int MAX_TITLE_WORDS = 35;
  private static final int MAX_TWO_SENTENCE_WORDS = 16;
  /** How many lines of a shape no headline has ({@link HeadlineEvidence}) may stand above it. */
  private static final int MAX_AGAINST = 3;

  /** Two sentences on one line make a paragraph: a word, a full stop, a capitalised word. */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("\\p{Ll}{2}[.!?]\\s+\\p{Lu}");

  /** A newsletter's salutation ("Good morning.", "Hello, readers!") greets; it is no headline. */
  private static final Pattern GREETING =
      Pattern.compile("(?i)(?:good (?:morning|afternoon|evening)|hello|hi|hey|greetings|dear [\\p{L} ]{1,30})\\b[^.!?]{0,30}[.!,]");

  /**
   * A label over a figure or an address, "Printed: 12/06/2024", "Ref: 2024/118", "Source:
   * https://…": an export's or a form's field. A kicker ("Analysis: Why rates rose") has words.
   */
  private static final Pattern LABELLED_FIGURE =
      Pattern.compile("\\p{L}[\\p{L} -]{0,24}:\\s*(?:[\\d/.:,\\s-]*\\d[\\d/.:,\\s-]*(?:\\s*[AaPp]\\.?[Mm]\\.?)?|(?:https?://|www\\.)\\S+)");

  /**
   * A line opening with a word all in lower case, "to read later + send to Aunty Joy!!": a note or
   * a sentence's tail, never a headline, which opens with a capital, a figure or a quote ("iPhone"
   * has its capital inside).
   */
  private static final Pattern LOWER_CASE_OPENING = Pattern.compile("\\p{Ll}+(?:\\s|$)");

  /** A web address alone on its line: the page's own, never its headline. */
  private static final Pattern ADDRESS =
      Pattern.compile("(?i)(?:https?://|www\\.)\\S+|[a-z0-9-]+(?:\\.[a-z0-9-]+){0,8}\\.[a-z]{2,10}/\\S*");

  /**
   * The number a text browser (w3m, lynx) sets before each link, "[8]Home > [9]News": read
   * without it, the line is the breadcrumb or menu it was on the page.
   */
  private static final Pattern LINK_MARK = Pattern.compile("\\[\\d{1,4}\\](?=\\S)");

  private static final int MIN_MENU_ITEMS = 3;
  private static final int MAX_MENU_ITEM_WORDS = 3;
  private TitleRules() {}

  /** The headline of {@code page}, never on one of the {@code furniture} lines found before. */
  static Optional<Title> find(ArticleLines page, Set<Integer> furniture) {
    return repeated(page, furniture).or(() -> MarkedHeading.of(page, furniture)).or(() -> ContentsLists.leadHeadline(page))
        .or(() -> firstLine(page, furniture));
  }

  static boolean isTitleLike(String text) {
    int words = ArticleLines.wordCount(text);
    return text.codePoints().anyMatch(Character::isLetter)
        && text.length() <= MAX_TITLE_CHARS
        && words <= MAX_TITLE_WORDS
        && !StatedTitles.isDigest(text)
        && (!SENTENCE_BREAK.matcher(text).find() || isTwoSentenceHeadline(text, words));
  }

  /** "We forgot why the canals were built. That's why we're losing them.": short, two sentences. */
  private static boolean isTwoSentenceHeadline(String text, int words) {
    return words <= MAX_TWO_SENTENCE_WORDS && SENTENCE_BREAK.matcher(text).results().count() == 1;
  }

  private static Optional<Title> repeated(ArticleLines page, Set<Integer> furniture) {
    List<Integer> window =
        page.nonBlank().stream()
            .filter(line -> !NavigationLines.isNavigation(page.text(line)))
            .limit(REPEAT_WINDOW)
            .toList();
    for (int first : window) {
      String text = page.text(first);
      if (!isTitleLike(text) || isFurniture(text) || furniture.contains(first)) {
        continue;
      }
      Set<Integer> copies = new TreeSet<>();
      window.stream().filter(line -> page.text(line).equals(text)).forEach(copies::add);
      if (copies.size() > 1 && !isRepeatedByline(page, text, copies)) {
        int lastCopy = ((TreeSet<Integer>) copies).last();
        return Optional.of(headlineBelowName(page, text, lastCopy)
            .orElseGet(() -> new Title(text, RuleNames.REPEATED_TITLE, first, copies)));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the repeated line is a person's name with its job or a date under one copy: the byline
   * a reader view prints over the page's own ("Jane Doe" / "5 minutes" / "Jane Doe" / "Middle
   * East correspondent, WBN" / "7 March 2026"), never the headline.
   */
  private static boolean isRepeatedByline(ArticleLines page, String text, Set<Integer> copies) {
    return PersonNames.isName(text, false) && copies.stream()
        .map(copy -> page.nextNonBlank(copy, 0))
        .anyMatch(next -> next.isPresent() && (AuthorLineRules.isRole(page.text(next.getAsInt()))
            || DateParser.parseDateLine(page.text(next.getAsInt())).isPresent()));
  }

  /**
   * {@code below-repeated-name}: a publication's or an issuer's name printed twice, the second
   * time over a headline that is not itself name-shaped ("Ministry of Transport" … "Ministry of
   * Transport" / "Highway bridge to close for repairs"): the repeat is the issuer's label ({@link
   * MastheadRules}), the headline is the line below it.
   */
  private static Optional<Title> headlineBelowName(ArticleLines page, String text, int lastCopy) {
    if (!OutletNames.isMasthead(text)) {
      return Optional.empty();
    }
    return page.nextNonBlank(lastCopy, 2).stream()
        .filter(next -> isTitleLike(page.text(next)) && !isFurniture(page.text(next))
            && !OutletNames.isOutletName(page.text(next)))
        .mapToObj(next -> new Title(page.text(next), RuleNames.BELOW_REPEATED_NAME, next, Set.of(next)))
        .findFirst();
  }

  private static Optional<Title> firstLine(ArticleLines page, Set<Integer> furniture) {
    int start =
        Math.max(
            MastheadRules.dateAnchoredBlockEnd(page).orElse(0), PageHeader.titleSearchStart(page));
    List<Integer> lines =
        page.nonBlank().stream().filter(line -> line >= start && !furniture.contains(line)).toList();
    Set<Integer> passed = new TreeSet<>(); // lines of a shape no headline has: furniture, and the headline must show support
    for (int i = 0; i < lines.size() && passed.size() <= MAX_AGAINST; i++) {
      int line = lines.get(i);
      String text = page.text(line);
      Title broken = BrokenHeadlines.withContinuation(page, line);
      if (broken.lines().size() == 1 && (isFurniture(text) || HeadlineEvidence.inAuthorBlock(page, line) || isSectionLabelAbove(page, lines, i) || isMenuItem(page, line) && !MenuBlock.isHeadlineUnderControls(page, line))
          || AnnouncementLines.isAboveHeadline(page, lines, i) || i > 0 && BrokenHeadlines.continuesProse(page, lines.get(i - 1), line)) {
        continue;
      }
      if (broken.lines().size() == 1 && isTitleLike(text) && HeadlineEvidence.isPassedOver(page, lines, i)) {
        passed.add(line);
        continue;
      }
      return isTitleLike(text) && !isFurnitureOpening(text, broken) && !BrokenHeadlines.startsWrappedParagraph(page, broken)
          && (passed.isEmpty() ? HeadlineEvidence.mayBeHeadline(page, lines, i) : HeadlineEvidence.isSupported(page, lines, i))
          ? Optional.of(HeadlineEvidence.withPassedOver(broken, passed)) : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Whether {@code text}, the first line of {@code broken}, is furniture: a colon closing it
   * introduces the headline's second part on the next line ("Rivals for the Same Recruits:" /
   * "ISKP, the TTP and …"), not what follows a label.
   */
  private static boolean isFurnitureOpening(String text, Title broken) {
    return broken.lines().size() > 1 && text.endsWith(":") ? isFurniture(text.substring(0, text.length() - 1)) : isFurniture(text);
  }

  /**
   * A section label ("LOCAL NEWS", "Health", or an item of the menu above, "Courts &amp; Crime")
   * directly above a longer headline-like line, or above more labels over it. Under a
   * label in ordinary case the next line must not end like a sentence, unless it is two short
   * sentences, so that a short headline above the first sentence of the body stays the headline.
   */
  private static boolean isSectionLabelAbove(ArticleLines page, List<Integer> lines, int index) {
    String text = page.text(lines.get(index));
    boolean menuSection = page.nonBlank().stream()
        .filter(line -> line < lines.get(index))
        .anyMatch(line -> NavigationLines.listsItem(page.text(line), text));
    int below = index + 1; // furniture between label and headline ("FEATURED STORY" / "Forwarded from …") is passed over
    while (below < lines.size() && isFurniture(page.text(lines.get(below)))) {
      below++;
    }
    if (below >= lines.size() || !PageHeader.isSectionLabel(text) && !menuSection) {
      return false;
    }
    String next = BrokenHeadlines.withContinuation(page, lines.get(below)).text();
    if (PageHeader.isSectionLabel(next) && ArticleLines.wordCount(next) < ArticleLines.wordCount(text) + 1) {
      return isSectionLabelAbove(page, lines, below); // labels stacked over the headline: "Singapore" / "Premium"
    }
    // two short sentences on one line are a headline's ("Stop Treating It Like One."), not a lead's
    boolean headlineShaped = PageHeader.isCapitals(text) || !next.endsWith(".") || SENTENCE_BREAK.matcher(next).find();
    return headlineShaped
        && isTitleLike(next)
        && !isFurniture(next)
        && ArticleLines.wordCount(next) > ArticleLines.wordCount(text);
  }

  /**
   * A line of a menu printed one item per line: a run of at least {@value #MIN_MENU_ITEMS} short
   * lines ({@value #MAX_MENU_ITEM_WORDS} words at most) with no blank line between them. A
   * headline stands apart from its neighbours, so it is never one of them.
   */
  static boolean isMenuItem(ArticleLines page, int line) {
    if (ArticleLines.wordCount(page.text(line)) > MAX_MENU_ITEM_WORDS) {
      return false;
    }
    int first = line;
    while (first > 0 && isShortLine(page, first - 1)) {
      first--;
    }
    int last = line;
    while (last + 1 < page.size() && isShortLine(page, last + 1)) {
      last++;
    }
    return last - first + 1 >= MIN_MENU_ITEMS;
  }

  /** A short line that may be a menu's item: a byline or a date line is none ("Ferry service saved" / "By Jane Doe" / "5 May 2024"). */
  static boolean isShortLine(ArticleLines page, int line) {
    String text = page.text(line);
    return !page.isBlank(line) && ArticleLines.wordCount(text) <= MAX_MENU_ITEM_WORDS
        && !BylineRules.isBylineOrLabel(text) && DateParser.parseDateLine(text).isEmpty();
  }

  /** {@code text} without a text browser's link numbers: "[8]Jane Doe" is the name the page links. */
  static String withoutLinkMarks(String text) {
    return LINK_MARK.matcher(text).replaceAll("");
  }

  /**
   * Lines above a headline that are never the headline itself. A line ending in a colon
   * introduces what follows ("Kindly share this story:", "Contents:"); a headline does not.
   */
  static boolean isFurniture(String text) {
    String plain = withoutLinkMarks(text);
    return !plain.equals(text) && isFurniture(plain) || text.endsWith(":")
        || LOWER_CASE_OPENING.matcher(text).lookingAt()
        || LABELLED_FIGURE.matcher(text).matches()
        || Taglines.isTagline(text)
        || OutletNames.isSectionName(text) || Letterheads.isSeriesLine(text) || Letterheads.issuer(text).isPresent()
        || PaywallLabels.isPaywallLabel(text)
        || ADDRESS.matcher(text).matches()
        || NavigationLines.isNavigation(text) || NavigationLines.isSectionTrail(text)
        || NavigationLines.isMenu(text) && !NavigationLines.isToolbar(text) || FeedTitleOutlets.isHeadLinks(text) || HeaderBarName.hasControls(text)
        || NavigationLines.isTicker(text)
        || AnnouncementLines.isNeverHeadline(text) || HeadlineShape.isNeverHeadline(text)
        || NavigationLines.isPrompt(text)
        || NavigationLines.isRelativeTime(text) || DateSideParts.isReference(text)
        || GREETING.matcher(text).lookingAt()
        || PageHeader.isConsentNotice(text)
        || PageHeader.isBanner(text)
        || RunningHeaders.isRunningHeader(text)
        || MachineLines.isMachine(text)
        || WireCopy.isEditorsNote(text)
        || FieldBlocks.isMachineField(text)
        || text.codePoints().noneMatch(Character::isLetter)
        || DateParser.parseDateLine(text).isPresent() || HeadlineShape.isMostlyDate(text)
        || OutletDateLines.nameAndDate(text).isPresent()
        || BylineRules.isBylineOrLabel(text);
  }
}
