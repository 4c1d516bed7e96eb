package corpussearch.indexer.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * How a site's host name spells its outlet's name: the name-bearing label of the host
 * ("theguardian" of www.theguardian.com) against a name's letters, folded as hosts fold them. Both
 * a web page's metadata and a text dump's home link ask it.
 */
public final class HostNames {
  private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "ac", "gov", "or", "ne");
  /** ASCII folding writes a letter as four characters at most ("ǆ" as "dz" …). */
  private static final int MAX_FOLDED_CHARS = 4;

  private HostNames() {}

  /** The name-bearing label of a host: "theguardian" of theguardian.com, "bbc" of news.bbc.co.uk. */
  public static String label(String host) {
    List<String> labels = List.of(host.toLowerCase(Locale.ROOT).split("\\."));
    int end = labels.size() - 1;
    if (end > 1 && SECOND_LEVEL.contains(labels.get(end - 1))) {
      end--;
    }
    return end > 0 ? labels.get(end - 1).replaceAll("[^\\p{L}\\p{N}]", "") : labels.get(0);
  }

  /** {@code name} lower-cased, its marks dropped ("Ærø" as "aero", ASCII folding), and only its letters and figures kept. */
  public static String letters(String name, boolean keepThe) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    if (!keepThe) {
      lower = lower.replaceFirst("^the\\s+", "");
    }
    char[] folded = new char[lower.length() * MAX_FOLDED_CHARS];
    int length = ASCIIFoldingFilter.foldToASCII(lower.toCharArray(), 0, folded, 0, lower.length());
    return new String(folded, 0, length).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /** Whether the letters of {@code name}, with or without a leading "The", are those of {@code host}'s label, no more and no fewer. */
  public static boolean spell(String name, String host, int minLetters) {
    String label = label(host);
    return label.length() >= minLetters && (label.equals(letters(name, true)) || label.equals(letters(name, false)));
  }
}
