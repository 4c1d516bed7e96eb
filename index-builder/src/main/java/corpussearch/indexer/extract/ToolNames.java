package corpussearch.indexer.extract;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The names of the programs a page says kept it: a read-later app's "Exported by Shelfmark 3.4",
 * a clipper's "Clipped with Notely", an archive's "Captured by Wayback". Such a name heads the
 * export in capitals like a masthead, but it is the tool's, never the outlet's.
 */
final class ToolNames {
  /** "Exported by Shelfmark", "Saved with PaperBox", "Archived using Kiwix": a program's name after its verb. */
  private static final Pattern KEPT_BY = Pattern.compile(
      "(?i:\\b(?:exported|saved|clipped|archived|captured|generated|converted|downloaded)\\s+(?:by|with|using|via)\\s+)"
          + "(\\p{Lu}[\\p{L}\\d'’-]*(?:\\s+\\p{Lu}[\\p{L}\\d'’-]*){0,2})");

  private ToolNames() {}

  /** The comparable names of the tools {@code page} says it was kept with. */
  static Set<String> of(ArticleLines page) {
    return page.nonBlank().stream()
        .flatMap(line -> KEPT_BY.matcher(page.text(line)).results())
        .map(match -> OutletNames.comparable(match.group(1)))
        .collect(Collectors.toSet());
  }

  /** Whether {@code outlet} is one of the {@code tools}' names (or starts with one: "SHELFMARK — article export"). */
  static boolean isTool(String outlet, Set<String> tools) {
    String name = OutletNames.comparable(outlet);
    return tools.stream().anyMatch(tool -> name.equals(tool) || name.startsWith(tool + " "));
  }
}
