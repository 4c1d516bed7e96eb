package corpussearch.indexer.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The title a Markdown or gemtext document marks as such ({@link TitleRules}' {@code heading-mark}). */
final class MarkedHeading {

  private MarkedHeading() {}

  /**
   * {@code heading-mark}: the one line at the top a Markdown or gemtext document marks as its
   * top-level heading ("# Border queue …"), under whatever a mirror or an export printed above it
   * (a status line, the site's name). The writer marked it; no guess from position is needed.
   */
  static Optional<TitleRules.Title> of(ArticleLines page, Set<Integer> furniture) {
    List<Integer> marked = page.nonBlank().stream().filter(page::isTopHeading).toList();
    if (marked.size() != 1 || !page.isTop(marked.getFirst()) || furniture.contains(marked.getFirst())) {
      return Optional.empty();
    }
    int line = marked.getFirst();
    String text = page.text(line);
    return TitleRules.isTitleLike(text) && !TitleRules.isFurniture(text)
        ? Optional.of(new TitleRules.Title(text, RuleNames.HEADING_MARK, line, Set.of(line)))
        : Optional.empty();
  }
}
