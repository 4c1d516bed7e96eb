package corpussearch.indexer.extract;

import java.util.Arrays;
import java.util.regex.Pattern;

/** A menu printed one item per line at the top of a page, and where the page's header ends below it. */
final class MenuBlock {
  private static final int MIN_MENU_LINES = 3;
  /** A headline in sentence case under the controls has a verb and its object at least. */
  private static final int MIN_SENTENCE_WORDS = 3;
  /** A menu item: words of letters, "Latest news", "E-Paper", "Courts & Crime". */
  private static final Pattern MENU_WORDS = Pattern.compile("\\p{L}[\\p{L}'’&\\- ]*");

  private MenuBlock() {}

  /**
   * The line after the page's first block when that block holds a menu printed one item per line:
   * at least {@value #MIN_MENU_LINES} short lines of words alone (no figure, address or person's
   * name, not only buttons acting on the article, "Share" / "Save"). A headline stands apart from
   * its neighbours, so whatever shares the block with a menu (a tagline, a place name, the
   * masthead) is the page's header, not its headline. A block that runs on into a paragraph, or
   * into the byline or date line that ends the header, is a page copied without blank lines: its
   * header ends with its last menu item. 0 when the first
   * block holds no such menu.
   */
  static int headerEnd(ArticleLines page, int end) {
    int first = page.nonBlank().isEmpty() ? page.size() : page.nonBlank().get(0);
    int last = first;
    int items = 0;
    int lastItem = -1;
    boolean prose = false;
    for (int line = first; line < page.size() && !page.isBlank(line); line++) {
      boolean item = line < end && isMenuLine(page, line);
      items += item ? 1 : 0;
      lastItem = item ? line : lastItem;
      last = line < end ? line + 1 : last;
      // the byline or date line in the block: the headline above it shares the block too
      prose |= line >= end || !TitleRules.isTitleLike(page.text(line));
    }
    return items < MIN_MENU_LINES ? 0 : prose ? lastItem + 1 : last;
  }

  /**
   * Whether {@code line}, in a run of short lines, is the headline that follows the header bar's
   * controls ("Subscribe" / "Sign in" / "Counting the boats" / its standfirst / the author), as a
   * newsletter platform's page copied without blank lines prints it: the controls end the header,
   * and a line of at least {@value #MIN_SENTENCE_WORDS} words in sentence case (its later words in
   * lower case, which menus capitalise) closing the run above a longer line is no menu's item.
   * A section's name there ("Politics") is one.
   */
  static boolean isHeadlineUnderControls(ArticleLines page, int line) {
    String text = page.text(line);
    String[] words = text.strip().split("\\s+");
    boolean sentenceCase = words.length >= MIN_SENTENCE_WORDS && Character.isUpperCase(words[0].codePointAt(0))
        && Arrays.stream(words).skip(1).allMatch(word -> Character.isLowerCase(word.codePointAt(0)));
    return sentenceCase && line > 0 && line + 1 < page.size() && NavigationLines.isNavigation(page.text(line - 1))
        && !NavigationLines.isNavigation(text) && !OutletNames.isSectionName(text)
        && !page.isBlank(line + 1) && ArticleLines.wordCount(page.text(line + 1)) > words.length
        && TitleRules.isTitleLike(page.text(line + 1));
  }

  private static boolean isMenuLine(ArticleLines page, int line) {
    String text = page.text(line);
    return TitleRules.isMenuItem(page, line) && !isHeadlineUnderControls(page, line)
        && MENU_WORDS.matcher(text).matches()
        && !NavigationLines.isArticleAction(text)
        && !PersonNames.isName(text, false);
  }
}
