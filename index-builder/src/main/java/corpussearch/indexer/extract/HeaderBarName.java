package corpussearch.indexer.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name a header bar gives, without what the bar sets around it: a text browser's link number
 * ("[1]Frontline Field News", the site's logo as its first link), the site's buttons and language
 * switcher past a wide gap ("THE BALTIC OBSERVER   Subscribe | Log in", "RU | EN   URAL
 * INDEPENDENT"), and a support bar's appeal before it ("Support The Sunday Meridian").
 */
final class HeaderBarName {
  /** A support bar's appeal before the publication's name: "Support The Sunday Meridian", "Subscribe to The Ledger". */
  private static final Pattern APPEAL = Pattern.compile("^(?:Support|Subscribe\\s+to|Donate\\s+to)\\s+(?=(?:The\\s+)?\\p{Lu})");
  private static final Pattern WIDE_GAP = Pattern.compile("\\s{2,}");
  private static final Pattern LANGUAGE_CODE = Pattern.compile("\\p{Lu}{2}");

  /** The site's name and two of the menu's links at least. */
  private static final int MIN_ROW_LINKS = 3;
  private static final Pattern CONTROL_SEPARATOR = Pattern.compile("\\s*[|·•]\\s*|\\s{2,}");

  private HeaderBarName() {}

  /** {@code line} without its link number, the controls beside the name and an appeal before it. */
  static String of(String line) {
    return APPEAL.matcher(withoutControls(TitleRules.withoutLinkMarks(line))).replaceFirst("");
  }

  /**
   * The site's name opening a row of links set apart by wide gaps ("Bosphorus Daily Star   Turkey
   * World   OPINION"), as a text browser shows the logo's link before the menu's. A menu's first
   * item has the same shape ("Middle East   Europe   Asia"), so the footer must name it again.
   */
  static Optional<String> opensLinkRow(ArticleLines page, int line) {
    String[] items = WIDE_GAP.split(page.text(line).strip());
    return items.length < MIN_ROW_LINKS ? Optional.empty()
        : PageHeader.mastheadName(items[0]).filter(name -> PageHeader.namedAgain(page, line, name));
  }

  /** {@code text} without the buttons and language switcher set beside the name past a wide gap. */
  private static String withoutControls(String text) {
    List<String> named = WIDE_GAP.splitAsStream(text.strip()).filter(part -> !isControls(part)).toList();
    return named.size() == 1 ? named.get(0) : text;
  }

  /** Buttons or a language switcher: "Subscribe | Log in", "RU | EN". */
  private static boolean isControls(String part) {
    return CONTROL_SEPARATOR.splitAsStream(part).allMatch(control -> NavigationLines.isNavigation(control) || LANGUAGE_CODE.matcher(control).matches());
  }
}
