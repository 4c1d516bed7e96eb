package corpussearch.indexer.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name a header bar gives, without what the bar sets around it: a text browser's link number
 * ("[1]Frontline Field News", the site's logo as its first link), the site's buttons and language
 * switcher past a wide gap ("THE BALTIC OBSERVER   Subscribe | Log in", "RU | EN   URAL
 * INDEPENDENT"), a support bar's appeal before it ("Support The Sunday Meridian"), and the initials
 * it spells out ("RHDC – Regional Humanitarian Dialogue Centre").
 */
final class HeaderBarName {
  /** A support bar's appeal before the publication's name: "Support The Sunday Meridian", "Subscribe to The Ledger". */
  private static final Pattern APPEAL = Pattern.compile("^(?:Support|Subscribe\\s+to|Donate\\s+to)\\s+(?=(?:The\\s+)?\\p{Lu})");
  /** Initials, a dash and a name: "RHDC – Regional Humanitarian Dialogue Centre". */
  private static final Pattern INITIALS_AND_NAME = Pattern.compile("(\\p{Lu}{2,8})\\s+[–—-]\\s+(\\p{Lu}.{3,80})");
  /** A name, a slash and its initials, perhaps with the service's words: "VOLGA-PRESS AGENCY / VPA English Service". */
  private static final Pattern NAME_AND_INITIALS = Pattern.compile("(\\p{Lu}.{3,80}?)\\s+/\\s+(\\p{Lu}{2,8})(?:\\s+\\p{Lu}[\\p{L} ]{1,40})?");
  private static final Pattern LANGUAGE_CODE = Pattern.compile("\\p{Lu}{2}");

  /** The site's name and two of the menu's links at least. */
  private static final int MIN_ROW_LINKS = 3;
  private static final Pattern CONTROL_SEPARATOR = Pattern.compile("\\s*[|·•]\\s*|\\s{2,}");

  private HeaderBarName() {}

  /** {@code line} without its link number, the controls beside the name and an appeal before it. */
  static String of(String line) {
    return spelledOut(APPEAL.matcher(withoutControls(TitleRules.withoutLinkMarks(line))).replaceFirst(""));
  }

  /**
   * The name a pair of the name and its initials spells out, either way round: "Regional
   * Humanitarian Dialogue Centre" in "RHDC – Regional Humanitarian Dialogue Centre", "VOLGA-PRESS
   * AGENCY" in "VOLGA-PRESS AGENCY / VPA English Service".
   */
  private static String spelledOut(String text) {
    Matcher pair = INITIALS_AND_NAME.matcher(text.strip());
    if (pair.matches() && OutletInitials.isInitialsOf(pair.group(1), pair.group(2))) {
      return pair.group(2);
    }
    Matcher named = NAME_AND_INITIALS.matcher(text.strip());
    return named.matches() && OutletInitials.isInitialsOf(named.group(2), named.group(1)) ? named.group(1) : text;
  }

  /**
   * The site's name opening a row of links set apart by wide gaps ("Bosphorus Daily Star   Turkey
   * World   OPINION"), as a text browser shows the logo's link before the menu's. A menu's first
   * item has the same shape ("Middle East   Europe   Asia"), so the footer must name it again.
   */
  static Optional<String> opensLinkRow(ArticleLines page, int line) {
    String[] items = ArticleLines.TWO_SPACES.split(page.text(line).strip());
    return items.length < MIN_ROW_LINKS ? Optional.empty()
        : PageHeader.mastheadName(items[0]).filter(name -> PageHeader.namedAgain(page, line, name));
  }

  /** Whether {@code line} is a name with the bar's buttons or language switcher past a wide gap ("Rheinland-Kurier  Anmelden"): a header bar, never a headline. */
  static boolean hasControls(String line) {
    String text = TitleRules.withoutLinkMarks(line).strip();
    return ArticleLines.TWO_SPACES.split(text).length > 1 && !withoutControls(text).equals(text);
  }

  /** {@code text} without the buttons and language switcher set beside the name past a wide gap. */
  private static String withoutControls(String text) {
    List<String> named = ArticleLines.TWO_SPACES.splitAsStream(text.strip()).filter(part -> !isControls(part)).toList();
    return named.size() == 1 ? named.get(0) : text;
  }

  /** Buttons or a language switcher: "Subscribe | Log in", "RU | EN". */
  private static boolean isControls(String part) {
    return CONTROL_SEPARATOR.splitAsStream(part).allMatch(control -> NavigationLines.isNavigation(control) || LANGUAGE_CODE.matcher(control).matches());
  }
}
