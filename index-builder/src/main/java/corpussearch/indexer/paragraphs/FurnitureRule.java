package corpussearch.indexer.paragraphs;

/**
 * One family of page furniture: recognises the lines of a {@link Page} that belong to it and drops
 * them with its {@link #reason()}.
 *
 * <p>Rules judge by general shape, position, length and density — never by a list of lines seen on
 * particular sites. They run in the order given by {@link FurnitureRules#defaults()}; a line
 * dropped by an earlier rule is invisible to later ones.
 */
interface FurnitureRule {

  /** The reason recorded for the lines this rule drops. */
  DropReason reason();

  /** Drops the live lines of {@code page} that this rule recognises. */
  void apply(Page page);
}
