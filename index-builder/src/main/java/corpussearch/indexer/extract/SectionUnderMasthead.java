package corpussearch.indexer.extract;

import java.util.List;

/** Where a page's header ends when a section label stands under its masthead ({@link PageHeader}). */
final class SectionUnderMasthead {

  private SectionUnderMasthead() {}

  /**
   * A section label in capitals a line or two under the masthead, "THE ERONGO TIDE" / "Coastal news
   * you can trust" / "LOCAL NEWS": the page's header runs to it, so the slogan between is no
   * headline; the headline stands under the section. -1 when there is none.
   */
  static int line(ArticleLines page, int masthead, int end) {
    List<Integer> below = page.nonBlank().stream().filter(line -> line > masthead && line < end).limit(2).toList();
    for (int line : below) {
      String text = page.text(line);
      if (PageHeader.isCapitals(text) && PageHeader.isSectionLabel(text) && text.chars().noneMatch(Character::isDigit)) {
        return line;
      }
    }
    return -1;
  }
}
