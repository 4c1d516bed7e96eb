package corpussearch.indexer.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column's headline printed after its writer's name, "Graham Ashworth: We cannot let the bombers
 * decide …": the name is the byline's, told again as the column's label; the headline is what follows.
 */
final class ColumnTitles {
  /** What sets the name apart from the headline: a colon, or a dash between spaces. */
  private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?::|\\s[–—-])\\s+(?=\\S)");

  private ColumnTitles() {}

  /** {@code title} without the name of one of the {@code author}'s writers before it, when it opens with one. */
  static FieldValue withoutWriter(FieldValue title, FieldValue author) {
    if (!title.isKnown() || !author.isKnown()) {
      return title;
    }
    for (String writer : AuthorLineRules.split(author.value())) {
      if (title.value().startsWith(writer)) {
        String rest = title.value().substring(writer.length());
        Matcher separator = SEPARATOR.matcher(rest);
        if (separator.lookingAt()) {
          return FieldValue.of(rest.substring(separator.end()), title.rule());
        }
      }
    }
    return title;
  }
}
