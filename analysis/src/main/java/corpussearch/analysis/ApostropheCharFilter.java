package corpussearch.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Turns the typographic apostrophes (’ ‘ ʼ ′ ＇) into the plain one, so "Kabul’s" and "Kabul's"
 * are one word. Each character maps to exactly one character, so offsets never shift; that makes
 * it a plain per-character substitution, far cheaper than a general {@code MappingCharFilter},
 * which runs every paragraph through a finite-state lookup.
 */
final class ApostropheCharFilter extends CharFilter {

  ApostropheCharFilter(Reader input) {
    super(input);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int read = input.read(buffer, offset, length);
    for (int i = offset; i < offset + read; i++) {
      buffer[i] = normalize(buffer[i]);
    }
    return read;
  }

  @Override
  protected int correct(int offset) {
    return offset;
  }

  /** The plain apostrophe for any typographic one; every other character unchanged. */
  static char normalize(char c) {
    return switch (c) {
      case '\u2019', '\u2018', '\u02bc', '\u2032', '\uff07' -> '\'';
      default -> c;
    };
  }
}
