package corpussearch.indexer.extract;

import java.util.regex.Pattern;

/**
 * The words a byline sets before (or, in Turkish, after) its names in the languages of the
 * corpus's outlets, one list for every reader of bylines (text lines, byline elements, markup
 * values): "By", "Par", "Por", "Von", "Door", "Av", "Af", "Od", "Nga", "Oleh", "Bởi", "От",
 * "Przez", "di", "da", "… tarafından", and a staff role in place of the label ("Staff writer
 * Kenji Higa"). Italian and Portuguese "di" and "da" count in lower case only: capitalised they
 * start surnames ("Di Maio", "Da Silva").
 */
public final class BylineLabels {

  /** Another language's "by", or a staff role set before the name, and the space after it. */
  private static final Pattern LEADING = Pattern.compile(
      "(?u)^\\s*(?:(?i:par|por|von|door|av|af|od|nga|oleh|bởi|от|przez)|di|da"
          + "|(?i:(?:staff|senior|chief|special|our)\\s+(?:writer|reporter|correspondent)))\\s+(?=\\p{Lu})");
  /** Turkish sets its "by" after the name: "Ahmet Yılmaz tarafından". */
  private static final Pattern TRAILING = Pattern.compile("(?iu)\\s+tarafından\\s*$");

  private BylineLabels() {}

  /**
   * {@code text} without another language's byline label, when what follows the label is still
   * a person's full name ("Par Hery Rakotomalala" as "Hery Rakotomalala"); a name whose first
   * word only looks like a label ("Door Jansen", "Von Trapp") stays as it is.
   */
  public static String withoutLabel(String text) {
    String bare = TRAILING.matcher(LEADING.matcher(text).replaceFirst("")).replaceFirst("").strip();
    boolean stillAName = !bare.equals(text.strip()) && bare.split("\\s+").length >= 2;
    return stillAName ? bare : text.strip();
  }
}
