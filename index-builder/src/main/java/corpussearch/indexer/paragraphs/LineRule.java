package corpussearch.indexer.paragraphs;

/**
 * A furniture rule that can judge each line on its own, without context: the line is furniture
 * when its whole text has the family's shape.
 */
abstract class LineRule implements FurnitureRule {

  /** True when the (whitespace-normalised, non-empty) {@code line} is furniture of this family. */
  abstract boolean matches(String line);

  @Override
  public final void apply(Page page) {
    for (int i = 0; i < page.size(); i++) {
      if (page.isLive(i) && matches(page.line(i))) {
        page.drop(i, reason());
      }
    }
  }
}
