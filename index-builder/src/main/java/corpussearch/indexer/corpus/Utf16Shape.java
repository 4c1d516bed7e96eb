package corpussearch.indexer.corpus;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Recognises UTF-16 saved without a byte-order mark (as some Windows tools write it) by where its
 * NUL bytes fall. Spaces, digits, punctuation and Latin letters are code units below U+0100, so
 * in such text a good share of the units carries a NUL high byte, nearly always on the same side
 * of the pair: odd offsets in little-endian, even ones in big-endian (the other side's NULs come
 * from the few characters at U+xx00, such as U+4E00 or U+3000). Binary data has NULs on both sides
 * alike, or decodes to control characters; UTF-8 and single-byte text have no NULs at all.
 */
final class Utf16Shape {

  /** At least this share of the code units must carry a NUL on the telling side. */
  private static final double MIN_NUL_SHARE = 0.1;
  /** Fewer telling NULs than this could fall on one side by chance, as in a few bytes of binary. */
  private static final int MIN_NULS = 16;
  /** The telling side must hold at least this many times the other side's NULs. */
  private static final int MIN_LEAN = 4;
  /** Control characters (other than tab, line ends and form feed) above this share mean binary. */
  private static final double MAX_CONTROL_SHARE = 0.05;

  private Utf16Shape() {}

  /** The UTF-16 byte order {@code bytes} (a file's first bytes) are in, or null when they are not UTF-16. */
  static Charset of(byte[] bytes) {
    int units = Math.min(bytes.length, BinaryContent.SAMPLE_BYTES) / 2;
    int evenNuls = 0;
    int oddNuls = 0;
    for (int unit = 0; unit < units; unit++) {
      evenNuls += bytes[2 * unit] == 0 ? 1 : 0;
      oddNuls += bytes[2 * unit + 1] == 0 ? 1 : 0;
    }
    Charset order = leans(oddNuls, evenNuls, units) ? StandardCharsets.UTF_16LE
        : leans(evenNuls, oddNuls, units) ? StandardCharsets.UTF_16BE : null;
    return order != null && readsAsText(new String(bytes, 0, units * 2, order)) ? order : null;
  }

  /** Whether {@code bytes} (a file's first bytes) are UTF-16, with a byte-order mark or in this shape. */
  static boolean isUtf16(byte[] bytes) {
    ByteOrderMark bom = ByteOrderMark.of(bytes);
    return bom != null ? bom.charset() != StandardCharsets.UTF_8 : of(bytes) != null;
  }

  private static boolean leans(int telling, int other, int units) {
    return telling >= MIN_NULS && telling >= units * MIN_NUL_SHARE && telling >= other * MIN_LEAN;
  }

  private static boolean readsAsText(String decoded) {
    long controls = decoded.chars().filter(c -> Character.isISOControl(c) && !Character.isWhitespace(c)).count();
    return controls <= decoded.length() * MAX_CONTROL_SHARE;
  }
}
