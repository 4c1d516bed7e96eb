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

  private NameCase() {}

  /** {@code text} in name case when it is all capitals; other text as it is. */
  public static String asWritten(String text) {
    if (!PageHeader.isCapitals(text)) {
      return text;
    }
    String named = WORD_START.matcher(text.toLowerCase(Locale.ROOT))
        .replaceAll(word -> word.group(1).toUpperCase(Locale.ROOT) + word.group(2));
    // A one-letter word between names is more often an initial ("John A Smith") than "and".
    return PersonNames.CONJUNCTION.matcher(named)
        .replaceAll(and -> and.group().strip().length() > 1 ? and.group().toLowerCase(Locale.ROOT) : and.group())
        .replaceAll("\\s+And\\s+", " and ");
  }
}
