package corpussearch.indexer.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How an extracted value is compared with gold: titles ignoring case, spacing and quote styles;
 * authors as a set of names; outlets also ignoring a leading "The"; dates exactly. An unknown
 * value matches a gold value that is empty or null.
 */
final class FieldMatch {

  /** Commas, semicolons, "&" and "and" between names; not the comma before a generational suffix ("Varney K. Flomo, Jr."). */
  private static final String NAME_SEPARATORS = "\\s*(?:,(?!\\s*(?i:jr|sr|jnr|snr|ii|iii|iv)\\b)|;|&|\\band\\b)\\s*";

  private FieldMatch() {}

  static boolean title(String extracted, String gold) {
    return same(normal(extracted), normal(gold));
  }

  static boolean authors(String extracted, List<String> gold) {
    Set<String> goldNames = gold.stream().map(FieldMatch::normal).collect(Collectors.toCollection(TreeSet::new));
    return names(extracted).equals(goldNames);
  }

  static boolean outlet(String extracted, String gold) {
    return same(withoutThe(normal(extracted)), withoutThe(normal(gold)));
  }

  static boolean date(String extracted, String gold) {
    return same(extracted, gold);
  }

  /**
   * Whether {@code phrase} is written in {@code text}, by the same lenient standard as titles, as
   * whole words: a furniture phrase "Subscribe" is not found in a story's "subscribers".
   */
  static boolean contains(String text, String phrase) {
    String written = normal(text);
    String sought = normal(phrase);
    for (int at = written.indexOf(sought); at >= 0; at = written.indexOf(sought, at + 1)) {
      if (startsWord(written, sought, at) && endsWord(written, sought, at + sought.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the match at {@code at} does not begin inside a word of {@code written}. */
  private static boolean startsWord(String written, String sought, int at) {
    return at == 0 || sought.isEmpty() || !wordChar(sought.charAt(0)) || !wordChar(written.charAt(at - 1));
  }

  /** Whether the match ending at {@code end} does not end inside a word of {@code written}. */
  private static boolean endsWord(String written, String sought, int end) {
    return end == written.length()
        || sought.isEmpty()
        || !wordChar(sought.charAt(sought.length() - 1))
        || !wordChar(written.charAt(end));
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  /** The names an author value lists ("A, B and C"), normalised. */
  static Set<String> names(String extracted) {
    if (extracted == null || extracted.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(extracted.split(NAME_SEPARATORS)).map(FieldMatch::normal)
        .filter(name -> !name.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
  }

  static String normal(String text) {
    if (text == null) {
      return null;
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
        .replaceAll("[‘’‚‛′]", "'").replaceAll("[“”„‟″]", "\"").replaceAll("[‐‑‒–—]", "-");
    return folded.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static String withoutThe(String name) {
    return name == null ? null : name.replaceFirst("^the ", "");
  }

  private static boolean same(String a, String b) {
    boolean aEmpty = a == null || a.isEmpty();
    boolean bEmpty = b == null || b.isEmpty();
    return aEmpty || bEmpty ? aEmpty && bEmpty : a.equals(b);
  }
}
