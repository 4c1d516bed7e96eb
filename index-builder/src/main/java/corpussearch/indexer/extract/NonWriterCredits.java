package corpussearch.indexer.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a byline credits with another role than writing, in brackets after the name: "Ignacio Rojas
 * (texto) y Paula Soto (fotos)", "Jane Doe and John Roe (photos)", "Anna Berg (text) og Erik Lind
 * (foto)", or after them all: "By Jane Doe. Photos: John Roe". The photographer, the video maker or
 * the illustrator made the pictures, not the article, so the byline lists only the others.
 */
final class NonWriterCredits {

  /** Words for a credit that is not for writing, in the languages bylines abroad keep. */
  private static final String ROLE = "(?:photos?|photographs?|photography|photographer|pictures?|images?|video|camera"
      + "|graphics?|illustrations?|infographics?|fotos?|fotografías?|fotografia|fotografie|fotograf|bilder|bild|kamera|imágenes)";

  /** A name of capitalised words (with a particle), then its role in brackets. */
  private static final Pattern CREDITED = Pattern.compile(
      "(?iu)(?<![\\p{L}\\p{M}])(?-i:\\p{Lu})[\\p{L}\\p{M}'’.-]*(?:\\s+(?:(?-i:\\p{Lu})[\\p{L}\\p{M}'’.-]*|de|da|del|van|von|der|di|dos|la|le|al|bin)){0,6}"
          + "\\s*\\(\\s*" + ROLE + "\\s*\\)");

  /**
   * Another part's credit after the writers' names, to the end of the line: "By Nathaniel Cho
   * PHOTOGRAPHS BY MILA PETROVIĆ", "By Jane Doe. Photos: John Roe", "By Jane Doe / Photo: John Roe".
   */
  private static final Pattern TRAILING = Pattern.compile("(?iu)(?:\\s*[.;,|·•/]\\s*|\\s+)" + ROLE + "(?:\\s+by\\b|\\s*:)\\s*\\S.*$");

  /** A list's separator or conjunction left over at either end once a name is gone. */
  private static final Pattern LOOSE_END = Pattern.compile(
      "(?iu)^(?:[\\s,;&/]|\\b(?:and|y|e|i|og|och|et|und|en|dan|ve)\\b)++|(?:[\\s,;&/]|\\b(?:and|y|e|i|og|och|et|und|en|dan|ve)\\b)++$");

  private NonWriterCredits() {}

  /** {@code byline} without another part's credit after the writers' names ({@link #TRAILING}). */
  static String withoutTrailingCredit(String byline) {
    return TRAILING.matcher(byline).replaceFirst("");
  }

  /** {@code byline} without the names credited for pictures; unchanged when that would leave no name. */
  static String withoutNonWriters(String byline) {
    Matcher credited = CREDITED.matcher(byline);
    if (!credited.find()) {
      return byline;
    }
    String rest = LOOSE_END.matcher(credited.replaceAll(" ")).replaceAll("").strip();
    return rest.codePoints().anyMatch(Character::isLetter) ? rest.replaceAll("\\s{2,}", " ") : byline;
  }
}
