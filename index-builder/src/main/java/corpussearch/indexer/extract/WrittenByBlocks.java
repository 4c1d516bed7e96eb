package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.AUTHOR;

import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code written-by-block}: a "WRITTEN BY:" (or "About the author") label alone on its line, with
 * the name on the next non-empty line, as page builders set an author block apart from the text.
 */
final class WrittenByBlocks {
  private static final Pattern LABEL =
      Pattern.compile(
          "(?i)^(?:written\\s+by|by|authors?|about\\s+the\\s+authors?|posted\\s+by|writer|reporter)"
              + "\\s*:?$");

  /** How many blank lines may separate a "WRITTEN BY:" label from the name. */
  private static final int MAX_BLANKS_AFTER_LABEL = 2;

  private WrittenByBlocks() {}

  /** Whether {@code text} is such a label alone. */
  static boolean isLabel(String text) {
    return LABEL.matcher(text).matches();
  }

  /** Proposes the name under the label on {@code labelLine}, if that line is one. */
  static void collect(ArticleLines page, int labelLine, Findings out) {
    OptionalInt nameLine = isLabel(page.text(labelLine)) ? page.nextNonBlank(labelLine, MAX_BLANKS_AFTER_LABEL) : OptionalInt.empty();
    if (nameLine.isEmpty()) {
      return;
    }
    int line = nameLine.getAsInt();
    PersonNameLists.nameList(BylineShapes.firstSegment(page.text(line)), true)
        .ifPresent(
            name -> {
              out.markMetadata(Set.of(labelLine, line));
              out.propose(new Candidate(AUTHOR, name, RuleNames.WRITTEN_BY_BLOCK, line, Set.of(labelLine, line)));
            });
  }
}
