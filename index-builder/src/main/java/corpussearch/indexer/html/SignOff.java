package corpussearch.indexer.html;

import corpussearch.indexer.extract.NameAndDateShapes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The writer who signs the text at its end: a letter to the editor, an open letter, a column
 * closes with the name on a line of its own, often with a place under it ("JANE DOE / Portmore, St
 * Catherine"). Nothing else on the page need name them.
 */
final class SignOff {

  /** Words of the line under a signature: a place or a role, never a sentence. */
  private static final int MAX_PLACE_WORDS = 5;

  private SignOff() {}

  /**
   * The name that signs {@code blocks}: the last block, one line shaped as a person's name (and at
   * most a short line under it), after a paragraph of prose. Capitals are written as a name is.
   */
  static Optional<String> name(List<String> blocks) {
    if (blocks.size() < 2 || !BlockShapes.isProse(blocks.get(blocks.size() - 2))) {
      return Optional.empty();
    }
    List<String> lines = List.of(blocks.get(blocks.size() - 1).split("\n"));
    String name = lines.get(0).replaceFirst("^[-–—\\s]+", "").strip();
    boolean placeLine = lines.size() == 2 && !BlockShapes.isProse(lines.get(1)) && lines.get(1).split("\\s+").length <= MAX_PLACE_WORDS;
    if (lines.size() > 2 || lines.size() == 2 && !placeLine || !NameAndDateShapes.isPersonName(name)) {
      return Optional.empty();
    }
    return Optional.of(name.equals(name.toUpperCase(Locale.ROOT)) ? recased(name) : name);
  }

  /** "MARCIA BLAKE-FONTAINE" as "Marcia Blake-Fontaine": each part capitalised, the rest lower case. */
  private static String recased(String name) {
    StringBuilder out = new StringBuilder();
    boolean start = true;
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = !Character.isLetter(c);
    }
    return out.toString();
  }
}
