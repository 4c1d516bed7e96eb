package corpussearch.opensearch;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The parity check's counts per pairing (form and analyzer), and the first differences found. */
final class ParityTally {

  private final int[] identical;
  private final int[] different;
  private final List<String> differences = new ArrayList<>();
  private final int shown;

  ParityTally(int pairings, int shown) {
    this.identical = new int[pairings];
    this.different = new int[pairings];
    this.shown = shown;
  }

  synchronized void add(int pairing, String name, String text, List<ParityToken> expected, List<ParityToken> actual) {
    if (expected.equals(actual)) {
      identical[pairing]++;
      return;
    }
    different[pairing]++;
    if (differences.size() < shown) {
      int at = 0;
      while (at < Math.min(expected.size(), actual.size()) && Objects.equals(expected.get(at), actual.get(at))) {
        at++;
      }
      differences.add(String.format("%s: %s%n    token %d: ours %s, OpenSearch %s (%d tokens against %d)", name, escaped(text), at,
          at < expected.size() ? expected.get(at) : "none", at < actual.size() ? actual.get(at) : "none", expected.size(), actual.size()));
    }
  }

  synchronized int identical(int pairing) {
    return identical[pairing];
  }

  synchronized int different(int pairing) {
    return different[pairing];
  }

  synchronized boolean allIdentical() {
    for (int count : different) {
      if (count > 0) {
        return false;
      }
    }
    return true;
  }

  synchronized void printDifferences(PrintStream out) {
    if (!differences.isEmpty()) {
      out.println("first differences:");
      differences.forEach(difference -> out.println("  " + difference));
    }
  }

  /** The text as a Java string literal, cut at 300 characters, so invisible characters show. */
  private static String escaped(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints().limit(300).forEach(c -> {
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
        out.append((char) c);
      } else {
        out.append(c > 0xffff ? String.format("\\u{%X}", c) : String.format("\\u%04X", c));
      }
    });
    return out.append(text.length() > 300 ? "\"…" : "\"").toString();
  }
}
