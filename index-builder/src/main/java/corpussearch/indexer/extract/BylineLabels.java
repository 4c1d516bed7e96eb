package corpussearch.indexer.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a byline sets before (or, in Turkish, after) its names in the languages of the
 * corpus's outlets, one list for every reader of bylines (text lines, byline elements, markup
 * values): "By", "Par", "Por", "Von", "Door", "Av", "Af", "Od", "Nga", "Oleh", "Bởi", "От",
 * "Przez", Kreyòl "Ekri pa", "di", "da", "per", "… tarafından", with the participle some set before
 * it ("Rédigé par", "Escrito por"), and a staff role in place of the label ("Staff writer Kenji
 * Higa", "De notre correspondant : …"). Italian, Portuguese and Catalan "di", "da" and "per" count
 * in lower case only: capitalised they start names ("Di Maio", "Da Silva", "Per Olsson").
 */
public final class BylineLabels {

  private static final String BY_WORDS = "(?:par|por|von|door|av|af|od|nga|oleh|bởi|от|przez)";
  /**
   * Another language's "by", or a staff role set before the name, and the space after it; a
   * bilingual page's pair of labels ("Por/By", "By/Par") counts as one, and English "by" after a
   * participle ("Contributed by") as the participle's label.
   */
  private static final Pattern LEADING = Pattern.compile(
      "(?u)^\\s*(?:(?i:(?:(?:rédigée?|écrite?|escrit[oa]|redactad[oa]|scritt[oa]|geschrieben|verfasst|written|reported)\\s+)?"
          + BY_WORDS + "(?:\\s*/\\s*(?:by|" + BY_WORDS + "))?|by\\s*/\\s*" + BY_WORDS + "|contributed\\s+by|ekri\\s+pa)|di|da|per"
          + "|(?i:(?:from\\s+)?(?:staff|senior|chief|special|our(?:\\s+own)?)\\s+(?:writer|reporter|correspondent)"
          + "|(?:de|par)\\s+(?:notre|nos)\\s+(?:correspondante?s?|envoyée?s?\\s+spécia(?:le?s?|ux))))(?:\\s*:)?\\s+(?=\\p{Lu})");
  /** A byline a page sets in brackets: "[From our reporter Malo Telupe]". */
  private static final Pattern BRACKETED = Pattern.compile("\\s*\\[\\s*(.+?)\\s*]\\s*");
  /** Turkish sets its "by" after the name: "Ahmet Yılmaz tarafından". */
  private static final Pattern TRAILING = Pattern.compile("(?iu)\\s+tarafından\\s*$");

  private BylineLabels() {}

  /**
   * {@code text} without another language's byline label, when what follows the label is still
   * a person's full name ("Par Hery Rakotomalala" as "Hery Rakotomalala"); a name whose first
   * word only looks like a label ("Door Jansen", "Von Trapp") stays as it is.
   */
  public static String withoutLabel(String text) {
    Matcher bracketed = BRACKETED.matcher(text);
    String inner = bracketed.matches() ? bracketed.group(1) : text;
    String bare = TRAILING.matcher(LEADING.matcher(inner).replaceFirst("")).replaceFirst("").strip();
    boolean stillAName = !bare.equals(inner.strip()) && bare.split("\\s+").length >= 2;
    return stillAName ? bare : text.strip();
  }
}
