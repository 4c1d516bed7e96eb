package corpussearch.indexer.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The furniture block at the top of a page, above the headline: a consent notice, the masthead
 * (with its tagline), menus and breadcrumbs, section labels.
 *
 * <p>The headline is the first headline-like line below all of that. The block ends at the first
 * byline, date line or body paragraph, because those follow the headline. Within it:
 *
 * <ul>
 *   <li>a <b>menu</b> ({@link NavigationLines#isMenu}) ends the masthead block, so every line above
 *       the last menu (the masthead, its tagline) is furniture;
 *   <li>a <b>masthead</b> is a publication-shaped first line ({@link OutletNames#isMasthead}, or
 *       the name in "NAME | Section") that is also evidently one: printed in capitals, or named
 *       again further down the page (a footer, a copyright line), since a headline is not.
 * </ul>
 */
final class PageHeader {
  /** Consent banners sit above everything and are never the headline: "… read our privacy policy and cookie policy". */
  private static final Pattern CONSENT =
      Pattern.compile("(?i).*\\bcookies?\\b.*\\b(?:accept|agree|consent|preferences|settings|policy)\\b.*");

  /** A consent box's heading: "We value your privacy", "Your privacy choices", "Privacy settings". */
  private static final Pattern CONSENT_HEADING =
      Pattern.compile(
          "(?i)(?:we (?:value|care about|respect) your privacy|your privacy(?: choices| settings| matters)?"
              + "|privacy (?:settings|preferences|choices)|manage (?:cookies|consent))[.!]?");

  /** Its buttons: "ACCEPT ALL   MANAGE OPTIONS   REJECT ALL", "Agree | Disagree". */
  private static final Pattern CONSENT_BUTTON =
      Pattern.compile(
          "(?i)(?:accept|reject|allow|deny|decline|agree|disagree|i agree|i accept|ok|got it)(?: all)?"
              + "|(?:manage|more|customi[sz]e)(?: options| preferences| settings)?|settings|preferences");

  private static final Pattern BUTTON_SEPARATOR = Pattern.compile("\\s{2,}|\\s*[|·•]\\s*");

  private static final Pattern SEGMENT = Pattern.compile("\\s+[|–—-]\\s+");
  private static final Pattern NAME_AND_TAGLINE = Pattern.compile("^(.+?)\\s+[–—]\\s+\\p{Ll}.*$");

  /** Section labels are a word or two ("Health", "Local News"); headlines say more. */
  private static final int MAX_SECTION_WORDS = 2;

  /** Sections printed in capitals may be longer ("SPORTS | BASEBALL"). */
  private static final int MAX_CAPITAL_SECTION_WORDS = 5;

  /**
   * A rule or banner: a line opened by a run of one punctuation mark, and closed by one when it
   * has words ("=== FEED: … ===", "---------- Forwarded message ---------", "--- ITEM ---").
   */
  private static final Pattern BANNER =
      Pattern.compile("^([-=_*#~+])\\1{2,}(?:.*?([-=_*#~+])\\2{2,})?$");

  /**
   * A field of a feed's or an export's header: "SLUG: RATES (UPDATE 2)", "MSG-ID: …   PRIORITY: 2",
   * "Source: …": a key in capitals or one capitalised word, a colon, a value.
   */
  private static final Pattern HEADER_FIELD =
      Pattern.compile("^(?:\\p{Lu}[\\p{Lu}\\p{N}_-]{1,15}|\\p{Lu}\\p{Ll}{1,15})\\s*:\\s+\\S.*");

  /** A ruled-off header is a few lines; a rule further down separates parts of the article. */
  private static final int MAX_RULED_HEADER_LINES = 8;
  /** A strip over the masthead is a few readings, never a paragraph. */
  private static final int MAX_STRIP_WORDS = 12;
  private static final Pattern STRIP_FIGURE = Pattern.compile("\\d");

  private PageHeader() {}

  /**
   * The lines of a header ruled off from the article, rule included, or none: at the top, two to
   * {@value #MAX_RULED_HEADER_LINES} lines, one of them a field, closed by a rule of punctuation
   * ("BALTORA PRESS AGENCY -- CLIENT FEED" / "SLUG: …" / "FILED: …" / "=====", a print view's
   * "Printed from …" / "URL: …" / "-----"). What a program put above its rule describes the
   * article and never is its headline; a headline underlined ("Title" / "=====") is one line.
   */
  static List<Integer> ruledHeader(ArticleLines page) {
    List<Integer> lines = page.nonBlank();
    for (int i = 0; i < Math.min(lines.size(), MAX_RULED_HEADER_LINES + 1); i++) {
      String text = page.text(lines.get(i));
      if (isBanner(text) && text.codePoints().noneMatch(Character::isLetter)) {
        boolean fields = lines.subList(0, i).stream().anyMatch(line -> HEADER_FIELD.matcher(page.text(line)).matches());
        return i >= 2 && fields ? List.copyOf(lines.subList(0, i + 1)) : List.of();
      }
    }
    return List.of();
  }

  /** Whether {@code text} is a rule or a banner framed by runs of punctuation, never content. */
  static boolean isBanner(String text) {
    return BANNER.matcher(text).matches();
  }

  /** The first line at which the headline may stand. */
  static int titleSearchStart(ArticleLines page) {
    int end = headerEnd(page);
    int start = 0;
    for (int line : page.nonBlank()) {
      if (line >= end) {
        break;
      }
      // a byline of parts ("Kofi Mensah-Bonsu | gcbnews.example | Sefwi Wiawso", "RUTH CALLANDER / Security
      // Correspondent") has a menu's shape but closes no menu
      if (NavigationLines.isMenu(page.text(line)) && !NavigationLines.isToolbar(page.text(line))
          && SegmentedBylines.parse(page.text(line), line).isEmpty() && AuthorLineRules.nameWithRole(page.text(line)).isEmpty()) {
        start = line + 1;
      }
    }
    int masthead = evidentMasthead(page).orElse(-1);
    int ruled = ruledHeader(page).stream().mapToInt(Integer::intValue).max().orElse(-1);
    int section = masthead < 0 ? -1 : SectionUnderMasthead.line(page, masthead, end);
    return Math.max(Math.max(start, MenuBlock.headerEnd(page, end)), Math.max(Math.max(masthead, ruled), section) + 1);
  }

  /**
   * Whether {@code text} is page furniture that may stand above a masthead: a consent banner, its
   * heading or its row of buttons.
   */
  static boolean isConsentNotice(String text) {
    return CONSENT.matcher(text).matches()
        || CONSENT_HEADING.matcher(text).matches()
        || isConsentButtons(text);
  }

  private static boolean isConsentButtons(String text) {
    String[] buttons = BUTTON_SEPARATOR.split(text.strip());
    return buttons.length >= 2
        && Arrays.stream(buttons).allMatch(button -> CONSENT_BUTTON.matcher(button).matches());
  }

  /** A section label above the headline: a short line in capitals ("CHRONIQUE « VU DES STEPPES »"), or of one or two words. */
  static boolean isSectionLabel(String text) {
    int words = ArticleLines.wordCountWithoutMarks(text);
    return words <= MAX_SECTION_WORDS || isCapitals(text) && words <= MAX_CAPITAL_SECTION_WORDS;
  }

  /**
   * The masthead's name in {@code text}: the whole line, NAME in "NAME | Section" (or "NAME - Print
   * Edition"), or in "NAME —
   * a tagline in lower case" (a description, not a headline's second half).
   */
  static Optional<String> mastheadName(String text) {
    if (OutletNames.isMasthead(text)) {
      return Optional.of(text);
    }
    Matcher tagline = NAME_AND_TAGLINE.matcher(text);
    if (tagline.matches() && OutletNames.isMasthead(tagline.group(1))) {
      return Optional.of(tagline.group(1));
    }
    String[] segments = SEGMENT.split(text);
    boolean nameAndSection =
        segments.length == 2
            && ArticleLines.wordCount(segments[0]) >= 2
            && ArticleLines.wordCount(segments[1]) <= MAX_SECTION_WORDS;
    return nameAndSection && OutletNames.isMasthead(segments[0])
        ? Optional.of(segments[0])
        : Optional.empty();
  }

  /**
   * {@link #mastheadName}, or NAME in "NAME | Independent journalism for …" on a line known to
   * stand above the headline; on the first line the same shape may be a saved page's "Outlet |
   * Headline".
   */
  static Optional<String> mastheadAboveHeadline(String text) {
    if (HeadlineEvidence.holdsAddress(text)) {
      return Optional.empty();
    }
    String[] segments = text.split("\\s+\\|\\s+");
    boolean tagline = segments.length == 2 && ArticleLines.wordCount(segments[0]) >= 2
        && OutletNames.isMasthead(segments[0]) && isTagline(segments[1]);
    return tagline ? Optional.of(segments[0]) : mastheadName(text);
  }

  /**
   * A slogan after the name and a pipe, "Independent health journalism for the Plains states":
   * words in lower case, no full stop. After a dash the same shape is a headline ("The Herald —
   * Council votes to …", a saved page's title).
   */
  private static boolean isTagline(String text) {
    return ArticleLines.wordCount(text) >= 3
        && Arrays.stream(text.split("\\s+")).skip(1).anyMatch(word -> Character.isLowerCase(word.codePointAt(0)))
        && !text.matches(".*[.!?]$");
  }

  static boolean isCapitals(String text) {
    return text.codePoints().anyMatch(Character::isLetter)
        && text.equals(text.toUpperCase(Locale.ROOT));
  }

  /**
   * A strip a site runs over its masthead, of figures or in capitals, that names nothing: a ticker
   * ("BREAKING" / "Drill held in 81 provinces"), the weather ("Lakeside: 48°F Partly cloudy"), the
   * markets ("USD 36,42 | EUR 39,51"). Like a consent banner, it does not take the masthead's place.
   */
  private static boolean isStrip(String text) {
    return ArticleLines.wordCount(text) <= MAX_STRIP_WORDS && (STRIP_FIGURE.matcher(text).find() || isCapitals(text))
        && mastheadName(text).isEmpty();
  }

  /**
   * The first content line, when it is evidently a masthead; under strips ({@link #isStrip}), only
   * when the page's rights line names it again ("© 2025 The Lakeside Tribune"): a name printed over
   * the story and claiming the page at its foot.
   */
  static Optional<Integer> evidentMasthead(ArticleLines page) {
    boolean underStrip = false;
    for (int line : page.nonBlank()) {
      String text = page.text(line);
      if (isConsentNotice(text) || NavigationLines.isNavigation(text) && !text.contains("|")) {
        continue;
      }
      if (OutletNames.isSectionName(text) || Letterheads.isSeriesLine(text)) {
        continue; // a release's or a series' label over the issuer's name: "FOR IMMEDIATE RELEASE"
      }
      if (isStrip(text)) {
        underStrip = true;
        continue;
      }
      boolean stripped = underStrip;
      Optional<String> name = mastheadName(text);
      return name.filter(n -> stripped ? namedInRights(page, line, n)
              : isCapitals(n) || namedAgain(page, line, n) || describedBelow(page, line) || sectionBelow(page, line) || opensLineBelow(page, line, n))
          .map(n -> line);
    }
    return Optional.empty();
  }

  /** Whether the next line opens with the name and goes on, as a release's headline names its issuer ("X" over "X launches …"). */
  private static boolean opensLineBelow(ArticleLines page, int line, String name) {
    OptionalInt next = page.nextNonBlank(line, 1);
    return next.isPresent() && page.text(next.getAsInt()).startsWith(name + " ");
  }

  /**
   * The section the page files the story under on the next line ("The Harbour Times" / "Opinion"),
   * a single label: in a list of sections ("Front Page" / "Sports" / "Business") the name above is
   * one more item.
   */
  private static boolean sectionBelow(ArticleLines page, int line) {
    OptionalInt next = page.nextNonBlank(line, 1);
    if (next.isEmpty() || !OutletNames.isSectionName(page.text(next.getAsInt())) || TitleRules.isMenuItem(page, line)
        || OutletNames.isSectionName(page.text(line))) {
      return false;
    }
    OptionalInt after = page.nextNonBlank(next.getAsInt(), 1);
    return after.isEmpty() || !OutletNames.isSectionName(page.text(after.getAsInt())) && !TitleRules.isMenuItem(page, after.getAsInt());
  }

  /** A site's description of itself on the next line ({@link Taglines}): the line above is the site's name. */
  private static boolean describedBelow(ArticleLines page, int line) {
    OptionalInt next = page.nextNonBlank(line, 0);
    return next.isPresent() && Taglines.isTagline(page.text(next.getAsInt()));
  }

  /** Whether a rights line late on the page ("© 2025 Name", "Copyright Name") names {@code name}. */
  private static boolean namedInRights(ArticleLines page, int line, String name) {
    return page.nonBlank().stream()
        .filter(other -> other > line && page.isLate(other))
        .map(page::text)
        .filter(text -> ArticleLines.wordCount(text) < ArticleLines.BODY_PARAGRAPH_WORDS && RightsNotices.hasMark(text))
        .anyMatch(text -> OutletNames.writes(text, name));
  }

  /** Whether the name on {@code line} recurs in a short line of the page's late half. */
  static boolean namedAgain(ArticleLines page, int line, String name) {
    List<Integer> lines = page.nonBlank();
    return lines.stream()
        .filter(other -> other > line && page.isLate(other))
        .map(page::text)
        .filter(text -> ArticleLines.wordCount(text) < ArticleLines.BODY_PARAGRAPH_WORDS)
        .anyMatch(text -> OutletNames.writes(text, name));
  }

  /**
   * The first byline (also "Jane Doe | Reporter" or "Jane Doe | Chania", shaped like a breadcrumb),
   * date line or body paragraph: the headline stands above it.
   */
  static int headerEnd(ArticleLines page) {
    for (int line : page.nonBlank()) {
      String text = page.text(line);
      if (!page.isTop(line)
          || BylineRules.parse(text).isPresent()
          || AuthorLineRules.nameWithRole(text).isPresent() || SegmentedBylines.isUnderHeadline(page, line)
          || DateParser.parseDateLine(text).isPresent()) {
        return line;
      }
    }
    return page.size();
  }
}
