package corpussearch.indexer.extract;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A masthead in capitals wrapped over two lines, the second opening with a connecting word ("MERIDIAN
 * INSTITUTE" / "FOR SECURITY STUDIES"), as a report's cover or a letterhead sets a long name: the
 * name is both lines. A second line of its own ("MERIDIAN INSTITUTE" / "POLICY BRIEF") is no part of it.
 */
final class WrappedMastheads {
  private WrappedMastheads() {}

  /** The name that {@code line} and the line under it spell together, when they are one wrapped name. */
  static Optional<String> joined(ArticleLines page, int line) {
    OptionalInt next = page.nextNonBlank(line, 0);
    if (next.isEmpty()) {
      return Optional.empty();
    }
    String first = page.text(line).strip();
    String second = page.text(next.getAsInt()).strip();
    String joined = first + " " + second;
    boolean wrapped = PageHeader.isCapitals(first) && PageHeader.isCapitals(second)
        && OutletNames.isConnector(second.split("\\s+")[0]) && OutletNames.isMasthead(first);
    return wrapped && OutletNames.isMasthead(joined) ? Optional.of(joined) : Optional.empty();
  }
}
