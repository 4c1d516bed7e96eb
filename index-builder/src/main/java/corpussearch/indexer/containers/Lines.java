package corpussearch.indexer.containers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Helpers over a text's lines shared by the containers. */
final class Lines {
  private Lines() {}

  /** As many blank lines as {@code lines} has, to copy the kept ones into. */
  static List<String> blanks(List<String> lines) {
    return new ArrayList<>(Collections.nCopies(lines.size(), ""));
  }

  /** Lines {@code from} (inclusive) to {@code to} (exclusive) of {@code lines} kept, the rest blank. */
  static List<String> keepOnly(List<String> lines, int from, int to) {
    List<String> kept = blanks(lines);
    for (int i = from; i < to; i++) {
      kept.set(i, lines.get(i));
    }
    return kept;
  }

  static int words(List<String> lines, int from, int to) {
    int words = 0;
    for (int i = from; i < to; i++) {
      String text = lines.get(i).strip();
      words += text.isEmpty() ? 0 : text.split("\\s+").length;
    }
    return words;
  }

  /** The first non-blank line's index, or -1. */
  static int firstNonBlank(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  /** A line without the invisible direction marks chat apps put around names and stamps. */
  static String visible(String line) {
    return line.replaceAll("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]", "").strip();
  }
}
