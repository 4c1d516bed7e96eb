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
  /** Body blocks that may follow a labelled signature below the text: a prompt or two the body kept. */
  private static final int MAX_BLOCKS_AFTER_SIGNATURE = 2;

  private SignOff() {}

  /**
   * The name that signs the body ({@link #name(List)}), or the block the page sets straight after
   * it when that names the writer after a label: a signature in emphasis below the text
   * ("<em>Correspondance particulière : A</em>") is taken out of the body as a note, but still signs it.
   */
  static Optional<String> name(List<String> bodyBlocks, Supplier<List<String>> pageBlocks) {
    Optional<String> own = name(bodyBlocks);
    if (own.isPresent() || bodyBlocks.isEmpty()) {
      return own;
    }
    List<String> page = pageBlocks.get();
    // Below the text, only a labelled signature signs it: a box's title ("Diary Dates") is shaped like a name too. A
    // prompt or an imprint the body kept after the story ("Got a tip? …") may follow it: the last few blocks are tried.
    int last = bodyBlocks.size() - 1;
    for (int k = last; k >= Math.max(0, last - MAX_BLOCKS_AFTER_SIGNATURE); k--) {
      String block = bodyBlocks.get(k);
      Optional<String> signed = k < last && LABEL.matcher(block).find()
          ? name(bodyBlocks.subList(0, k + 1))
          : labelledAfter(page, block).filter(next -> !bodyBlocks.contains(next)).flatMap(next -> name(List.of(block, next)));
      if (signed.isPresent()) {
        return signed;
      }
    }
    return Optional.empty();
  }

  /** The block the page sets straight after {@code block}, when it opens with a label ("Reportage: A"). */
  private static Optional<String> labelledAfter(List<String> page, String block) {
    int at = page.lastIndexOf(block);
    return at >= 0 && at + 1 < page.size() && LABEL.matcher(page.get(at + 1)).find() ? Optional.of(page.get(at + 1)) : Optional.empty();
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
