package corpussearch.indexer.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names set in capitals for style ("MUTALE CHANDA AND JOSEPH BANDA", "PRIYA RAGHAVAN Y JEAN-LUC
 * MOREAU") as they are written in running text: each word with its capital, the word for "and"
 * in lower case in any of the languages {@link PersonNames} joins names with. One rule for every
 * reader of bylines, text lines and markup alike.
 */
public final class NameCase {
  private static final Pattern WORD_START = Pattern.compile("(?<![\\p{L}\\p{M}'’])(\\p{L})([\\p{L}\\p{M}'’]*)");

  /**
   * A Gaelic prefix a name set in capitals keeps in ordinary case, "OWEN MacAULAY", "McDONALD": the
   * name is still in capitals, and written "MacAulay", "McDonald".
   */
  private static final Pattern GAELIC_PREFIX = Pattern.compile("(?<![\\p{L}\\p{M}'’])(Ma?c)(?=\\p{Lu}{2})");

  private NameCase() {}

  /** Whether {@code text} is set in capitals, a Gaelic prefix in ordinary case ("OWEN MacAULAY") included. */
  public static boolean isCapitals(String text) {
    return PageHeader.isCapitals(withPrefixesInCapitals(text));
  }

  /** {@code text} with each Gaelic prefix before capitals in capitals too: "OWEN MacAULAY" as "OWEN MACAULAY". */
  static String withPrefixesInCapitals(String text) {
    return GAELIC_PREFIX.matcher(text).replaceAll(prefix -> prefix.group(1).toUpperCase(Locale.ROOT));
  }

  /** {@code text} in name case when it is all capitals; other text as it is. */
  public static String asWritten(String text) {
    if (!isCapitals(text)) {
      return text;
    }
    String named = withGaelicCapitals(text, WORD_START.matcher(text.toLowerCase(Locale.ROOT))
        .replaceAll(word -> word.group(1).toUpperCase(Locale.ROOT) + word.group(2)));
    // A one-letter word between names is more often an initial ("John A Smith") than "and".
    return PersonNameLists.CONJUNCTION.matcher(named)
        .replaceAll(and -> and.group().strip().length() > 1 ? and.group().toLowerCase(Locale.ROOT) : and.group())
        .replaceAll("\\s+And\\s+", " and ");
  }

  /** {@code named} with the capital after each Gaelic prefix of {@code capitals} ("Macaulay" as "MacAulay"). */
  private static String withGaelicCapitals(String capitals, String named) {
    if (capitals.length() != named.length()) {
      return named;
    }
    StringBuilder out = new StringBuilder(named);
    GAELIC_PREFIX.matcher(capitals).results().forEach(prefix -> out.setCharAt(prefix.end(), capitals.charAt(prefix.end())));
    return out.toString();
  }
}
