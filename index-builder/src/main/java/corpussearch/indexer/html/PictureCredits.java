package corpussearch.indexer.html;

import corpussearch.indexer.extract.FieldValue;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The photographers (and others credited for another part: additional reporting, a programme's
 * host) among an article's credited names: metadata lists everyone the article credits ("author":
 * writer and photographer), where the page's credit line tells their parts
 * apart ("Lucía Techera (text) and Nicolás Rodríguez (photos)", "Words: A. Photos: B", "Text: A" over
 * "Photo: B"). Only a credit naming another of the authors too, on its line or the lines beside it,
 * counts, or one naming a name the byline leaves out ("By A and B" over "Camera: C"): a caption's
 * "Photo: B" under a story A and B wrote together says nothing about who wrote it.
 */
final class PictureCredits {

  private static final String PICTURES = "(?:photos?|fotos?|photographs?|photography|pictures|images|video|camera|illustrat(?:ions?|ed)|artwork|graphics)";
  /** A byline's opening word. */
  private static final Pattern BY = Pattern.compile("(?iu)by\\s");
  /** The part in parentheses after the name: "B (photos)". */
  private static final Pattern PART_AFTER = Pattern.compile("(?iu)^\\s*\\(" + PICTURES + "\\)");
  /**
   * The part labelled before the name: "Photos: B", "Photographs by B"; not a credit for the words
   * and the pictures together ("Words &amp; pictures: A &amp; B", "Tekst en foto's: A"), which names writers.
   */
  private static final Pattern PART_BEFORE = Pattern.compile(
      "(?iu)(?<!(?:words|text|tekst|texte|texto|testo|story|report)\\s{0,2}(?:&|\\+|,|/|and|en|et|y|e|und|og|och)\\s{0,2})\\b" + PICTURES
          + "(?:\\s+by)?\\s*[:—–-]?\\s*$");

  /**
   * Another part than the writing, labelled before the name: "Additional reporting by B", a
   * programme's host in "Heard on Morning Report with B". Metadata lists them among the authors;
   * the label tells their part, unless a byline names them too.
   */
  private static final Pattern OTHER_PART_BEFORE =
      Pattern.compile("(?iu)\\b(?:additional|extra|contributed)\\s+reporting\\s+by\\s*:?\\s*$|\\bheard\\s+on\\s+[^.]{1,60}?\\s+with\\s*$");

  /** A credit line that opens on the pictures' part: "Video by: B", "Photos — B", "Pictures by B". */
  private static final Pattern PICTURES_LABEL = Pattern.compile("(?iu)^\\s*" + PICTURES + "(?:\\s*:|\\s+[—–-]|\\s+by\\b)");

  private PictureCredits() {}

  /** Whether {@code line} credits someone for the pictures alone, its label naming that part ("Video by: B"). */
  static boolean isPictureCredit(String line) {
    return PICTURES_LABEL.matcher(line).lookingAt();
  }

  /** {@code chosen} without the names the page credits for pictures only, when a writer remains. */
  static FieldValue withoutPhotographers(FieldValue chosen, List<String> pageBlocks) {
    List<String> names = chosen.isKnown() ? Authors.split(chosen.value()) : List.of();
    List<String> writers = names.stream().filter(name -> !photographer(name, names, pageBlocks)).toList();
    return writers.isEmpty() || writers.size() == names.size() ? chosen : FieldValue.of(Authors.join(writers), chosen.rule());
  }

  private static boolean photographer(String name, List<String> names, List<String> pageBlocks) {
    boolean leftOut = leftOutOfByline(name, names, pageBlocks);
    boolean bylined = inByline(name, pageBlocks);
    for (int b = 0; b < pageBlocks.size(); b++) {
      String block = pageBlocks.get(b);
      int at = block.indexOf(name);
      if (at < 0) {
        continue;
      }
      String credits = around(pageBlocks, b);
      boolean withOthers = leftOut || names.stream().anyMatch(other -> !other.equals(name) && credits.contains(other));
      if (withOthers && (PART_AFTER.matcher(block.substring(at + name.length())).lookingAt() || PART_BEFORE.matcher(block.substring(0, at)).find())
          || OTHER_PART_BEFORE.matcher(block.substring(0, at)).find() && !bylined) {
        return true;
      }
    }
    return false;
  }

  private static boolean inByline(String name, List<String> pageBlocks) {
    return pageBlocks.stream().anyMatch(block -> BY.matcher(block).lookingAt() && block.contains(name));
  }

  /**
   * Whether a byline ("By A and B") names every other of {@code names} but not {@code name}: a
   * camera's or a photographer's credit elsewhere on the page ("Camera: C") then tells C's part.
   */
  private static boolean leftOutOfByline(String name, List<String> names, List<String> pageBlocks) {
    return pageBlocks.stream().anyMatch(block -> BY.matcher(block).lookingAt() && !block.contains(name)
        && names.stream().filter(other -> !other.equals(name)).allMatch(block::contains));
  }

  /** Block {@code b} and those right before and after it: a byline sets each part's credit as a line of its own ("Text: A" / "Photo: B"). */
  private static String around(List<String> blocks, int b) {
    return String.join("\n", blocks.subList(Math.max(0, b - 1), Math.min(blocks.size(), b + 2)));
  }
}
