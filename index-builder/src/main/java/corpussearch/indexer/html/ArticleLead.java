package corpussearch.indexer.html;

import java.util.Arrays;
import java.util.List;

/**
 * The lines a page sets above its first paragraph of prose, inside the content container: kicker,
 * headline, byline, credits ("Written by … / Edited by …"), dates, a ticker. Readability takes
 * the byline out of the content for the same reason: these lines describe the article, they are
 * not part of it, and the metadata sources have already read them. Left in, a credit line such as
 * "Edited by X" reads to the text rules as the closing credit of a wire story, with everything
 * below it the agency's footer.
 */
final class ArticleLead {

  private ArticleLead() {}

  /**
   * How many of {@code blocks} lead the article: the blocks before the first one of prose that are
   * not headings ({@code headings} says which are). Zero when no block is prose, so a page of
   * short lines keeps them all.
   */
  static int length(List<String> blocks, List<Boolean> headings) {
    for (int i = 0; i < blocks.size(); i++) {
      // A block of short lines (headline, byline, date set one to a line with <br>) is no prose, whatever its length.
      if (Arrays.stream(blocks.get(i).split("\n")).anyMatch(BlockShapes::isProse)) {
        return headings.subList(0, i).contains(true) ? firstHeading(headings, i) : i;
      }
    }
    return 0;
  }

  /** A heading above the first paragraph opens the first section: the lead ends before it. */
  private static int firstHeading(List<Boolean> headings, int end) {
    return headings.subList(0, end).indexOf(true);
  }
}
