package corpussearch.indexer.extract;

import static corpussearch.indexer.extract.MetadataField.AUTHOR;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code name-under-portrait}: a writer's name under her portrait in a text browser's dump
 * ("[columnist Selin Aktaş]" / "Selin Aktaş"). A column's header sets the writer's head shot
 * beside her name; the dump keeps the picture as its alternative text, which names the person the
 * next line prints alone. A name alone is otherwise a link, a menu's item or a caption's subject.
 */
final class PortraitNames {
  /** A picture's alternative text alone on its line, in the dump's brackets. */
  private static final Pattern ALT_TEXT = Pattern.compile("\\[([^\\[\\]]{3,80})]");

  private PortraitNames() {}

  /** The author {@code line} names when it prints alone the name of the portrait right above it. */
  static Optional<Candidate> nameUnderPortrait(ArticleLines page, int line) {
    int above = line > 1 && page.isBlank(line - 1) ? line - 2 : line - 1;
    if (above < 0) {
      return Optional.empty();
    }
    Matcher alt = ALT_TEXT.matcher(page.text(above));
    String name = page.text(line).strip();
    if (!alt.matches() || !PersonNames.isName(name, false) || !holdsWords(alt.group(1), name)) {
      return Optional.empty();
    }
    return Optional.of(new Candidate(AUTHOR, name, RuleNames.NAME_UNDER_PORTRAIT, line, Set.of(above, line)));
  }

  private static boolean holdsWords(String text, String words) {
    String lower = words.toLowerCase(Locale.ROOT);
    return Pattern.compile("(?<!\\p{L})" + Pattern.quote(lower) + "(?!\\p{L})").matcher(text.toLowerCase(Locale.ROOT)).find();
  }
}
