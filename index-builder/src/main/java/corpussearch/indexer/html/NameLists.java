package corpussearch.indexer.html;

import java.util.List;
import org.jsoup.nodes.Document;

/**
 * The page's short lines that are nothing but a list of people ("Jelena Vuković &amp; Marko
 * Radonjić"), however they are marked up: a credit line set in a class no byline rule knows.
 *
 * <p>Such a line alone names nobody's part (it may list the people in a picture), so it only
 * corroborates: when it holds every author the metadata names, and more, it is the fuller credit.
 */
final class NameLists {
  private static final int MAX_CHARS = 120;
  private static final org.jsoup.select.Evaluator LINE_BREAKERS = org.jsoup.select.QueryParser.parse("p, div, li, ul, ol, section, article, table");

  private NameLists() {}

  /** Each short line of two or more person names, as its names, in page order. */
  static List<List<String>> of(Document page) {
    Comments comments = Comments.of(page);
    return page.select("p, span, div, li, address").stream()
        // a line holds no block: the whole text of containers would cost the square of the page's depth
        .filter(line -> line.children().stream().noneMatch(child -> child.is(LINE_BREAKERS)) && line.text().length() <= MAX_CHARS)
        .filter(line -> line.closest("nav, aside, footer, figure, figcaption") == null && !comments.contains(line))
        .map(line -> Authors.split(line.text().strip()))
        .filter(names -> names.size() > 1)
        .toList();
  }

}
