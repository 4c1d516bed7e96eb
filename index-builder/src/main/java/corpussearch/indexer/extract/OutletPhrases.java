package corpussearch.indexer.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication name at the point where a notice names it: quoted ("“Eastern Review”") or
 * as a run of capitalised words, with a directly preceding "the" made part of the name ("of the
 * Daily Ledger" → "The Daily Ledger"), as publications style themselves.
 */
final class OutletPhrases {
  /** Capitalised words, allowing short connectors inside ("Times of India"). */
  static final String NAME =
      "\\p{Lu}[\\p{L}\\p{M}\\d'’&.-]*"
          + "(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}\\d'’&.-]*|of|and|&|for|on|the|de|al)){0,8}";

  /**
   * A quoted name, or "the"? + capitalised name; groups {@code quoted}, {@code the}, {@code name}.
   */
  static final String QUOTED_OR_CAPITALISED =
      "(?:[“\"«„]([^”\"»“]{2,80})[”\"»“]|(?:((?i:the))\\s+)?(" + NAME + "))";

  private OutletPhrases() {}

  /**
   * The outlet named by {@code matcher}, which matched a pattern ending in {@link
   * #QUOTED_OR_CAPITALISED} whose groups start at {@code firstGroup}.
   */
  static Optional<String> outlet(Matcher matcher, int firstGroup) {
    String quoted = matcher.group(firstGroup);
    String name =
        quoted != null
            ? quoted.strip()
            : withArticle(matcher.group(firstGroup + 1), matcher.group(firstGroup + 2));
    String cleaned = OutletNames.trimPunctuation(name);
    return OutletNames.isOutletName(cleaned) ? Optional.of(cleaned) : Optional.empty();
  }

  static Pattern compile(String lead) {
    return Pattern.compile(lead + QUOTED_OR_CAPITALISED);
  }

  private static String withArticle(String article, String name) {
    return article == null ? name : "The " + name;
  }
}
