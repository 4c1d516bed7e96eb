package corpussearch.indexer.extract;

import java.util.regex.Pattern;

/**
 * A publication describing itself in its masthead ("Burlington's independent student newspaper
 * since 1883", "Your island, your news", "News for the Kootenays", "The voice of Galway's
 * students", "Serving the valley since 1902"): a tagline, never a headline.
 *
 * <p>A tagline is a noun phrase, not a sentence: it names what kind of publication this is (news,
 * a newspaper, a voice, journalism …) and whose it is or since when, and it stops there. Each shape
 * below needs one sign of the publication speaking of itself (an owner's possessive, "your"/"our",
 * a founding year, "a/an … newsroom covering …", a "news for"/"voice of" opening) and nothing after
 * the owner or the year, so a headline that merely has such words ("Student newspaper loses its
 * funding", "Worst flooding since 1953") is not one. A colon or a question mark makes a headline.
 */
final class Taglines {
  /** What a publication calls itself. */
  private static final String KIND = "(?:news(?:\\s+(?:site|service|source|outlet))?|newspapers?|paper|source|newsroom|magazine"
      + "|journal|journalism|reporting|coverage|website|site|blog|newsletter|podcast|publication|zine|column|digest|bulletin|weekly|daily)";

  /** What a publication is to its readers; "the voice of …" takes a short owner, not a sentence ("The voice of Gaza falls silent"). */
  private static final String OWNED_KIND = "(?:" + KIND + "|voice)";

  /** Up to four describing words before the kind: "independent student", "local, trusted". */
  private static final String DESCRIBED = "(?:[\\p{L}-]+,?\\s+){0,4}?";

  /** Whose or where: "in English", "for the Plains states", ", every tide", "since 1883" (short, and the line ends). */
  private static final String TAIL = "(?:,?\\s+(?:since\\s+\\d{4}|(?:in|for|of|from|on|about|covering|serving|across|by|every)\\s+[^:?]{1,40})"
      + "|,\\s+(?:your|our|every)\\s+[^:?]{1,30})?";

  private static final Pattern SHAPES = Pattern.compile("(?i)(?:"
      // an owner's possessive or "your"/"our": "Norway's news in English", "Your island, your news"
      + "(?-i:(?:The\\s+\\p{Ll}[\\p{L}-]*|(?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}\\p{Lu}[\\p{L}-]*)['’]s?)\\s+" + DESCRIBED + OWNED_KIND + TAIL
      + "|(?:your|our)\\s+(?:[\\p{L}-]+,?\\s+(?:your|our)\\s+)?" + DESCRIBED + OWNED_KIND + TAIL
      // a description with an article: "A blog about boats", "An independent newsroom covering Arizona"
      + "|(?:a|an|the)\\s+" + DESCRIBED + KIND + "\\s+(?:about|on|for|from|of|covering|serving|by)\\s+[^:?]{1,60}"
      + "|(?:the\\s+|a\\s+)?" + DESCRIBED + "voice\\s+(?:of|for)\\s+(?:the\\s+)?\\S+(?:\\s+\\S+)?"
      // opening with the kind: "News for the Kootenays", "Independent journalism for the Plains states"
      + "|(?:[\\p{L}-]+\\s+){0,2}(?:news|journalism|reporting|stories)\\s+(?:for|from|about|by|that\\s+matters)\\b[^:?]{0,50}"
      // since when: "Local news since 1872", "Serving the valley since 1902", "Independent. Local. Since 1883."
      + "|(?:[^:?]{0,50}\\b(?:" + KIND + "|voice|serving|covering|independent|family-owned|locally\\s+owned)\\b[^:?]{0,30}[\\s,.]+)?"
      + "(?:since|est\\.?|established|founded)\\s+(?:in\\s+)?\\d{4}"
      + ")[.!]?");

  private static final int MAX_WORDS = 14;

  private Taglines() {}

  /** Whether {@code text} is a publication's tagline rather than a headline. */
  static boolean isTagline(String text) {
    String line = text.strip();
    return ArticleLines.wordCount(line) <= MAX_WORDS && SHAPES.matcher(line).matches();
  }
}
