package corpussearch.indexer.html;

import corpussearch.indexer.extract.NameAndDateShapes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer who signs the text at its end: a letter to the editor, an open letter, a column
 * closes with the name on a line of its own, often with a place under it ("JANE DOE / Portmore, St
 * Catherine"). Nothing else on the page need name them.
 */
final class SignOff {

  /**
   * A label of up to three words and a colon before the name ("Correspondance particulière : A",
   * "Texto: A"); one naming another part (photographs, translation, editing, a contact, a source)
   * signs nothing.
   */
  private static final Pattern LABEL = Pattern.compile("^(\\p{L}[\\p{L}'’.]*(?:\\s+\\p{L}[\\p{L}'’.]*){0,2})\\s?:\\s+(?=\\p{Lu})");
  private static final Pattern OTHER_PART = Pattern.compile(
      "(?iu).*(?:photo|foto|picture|image|imagen|bild|contact|source|fonte|fuente|quelle|translat|tradu|übersetz|edit|illustr|graphi|video|map|chart).*");
  /** Words of the line under a signature: a place or a role, never a sentence. */
  private static final int MAX_PLACE_WORDS = 5;

  private SignOff() {}

  /**
   * The name that signs the body ({@link #name(List)}), or the block the page sets straight after
   * it when that names the writer after a label: a signature in emphasis below the text ("<em>Correspondance particulière : A</em>") is
   * taken out of the body as a note, but still signs it.
   */
  static Optional<String> name(List<String> bodyBlocks, Supplier<List<String>> pageBlocks) {
    Optional<String> own = name(bodyBlocks);
    if (own.isPresent() || bodyBlocks.isEmpty()) {
      return own;
    }
    List<String> page = pageBlocks.get();
    int end = page.lastIndexOf(bodyBlocks.get(bodyBlocks.size() - 1));
    // Below the text, only a labelled signature signs it: a box's title ("Diary Dates") is shaped like a name too.
    boolean labelled = end >= 0 && end + 1 < page.size() && LABEL.matcher(page.get(end + 1)).find();
    return labelled ? name(page.subList(end, end + 2)) : Optional.empty();
  }

  /**
   * The name that signs {@code blocks}: the last block, one line shaped as a person's name or a
   * list of them ("A and B", "A, B"), and at most a short line under it, after a paragraph of
   * prose. Capitals are written as a name is.
   */
  static Optional<String> name(List<String> blocks) {
    if (blocks.size() < 2 || !BlockShapes.isProse(blocks.get(blocks.size() - 2))) {
      return Optional.empty();
    }
    List<String> lines = List.of(blocks.get(blocks.size() - 1).split("\n"));
    String name = withoutLabel(lines.get(0).replaceFirst("^[-–—\\s]+", "").strip());
    boolean placeLine = lines.size() == 2 && !BlockShapes.isProse(lines.get(1)) && lines.get(1).split("\\s+").length <= MAX_PLACE_WORDS;
    if (lines.size() > 2 || lines.size() == 2 && !placeLine || !Authors.split(name).stream().allMatch(NameAndDateShapes::isPersonName)) {
      return Optional.empty();
    }
    return Optional.of(name.equals(name.toUpperCase(Locale.ROOT)) ? recased(name) : name);
  }

  /** {@code line} without the label before its name, unless the label names another part than the writing. */
  private static String withoutLabel(String line) {
    Matcher label = LABEL.matcher(line);
    return label.find() && !OTHER_PART.matcher(label.group(1)).matches() ? line.substring(label.end()) : line;
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
