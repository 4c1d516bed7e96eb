package corpussearch.indexer.corpus;

import java.io.IOException;
import java.io.InputStream;

/**
 * Tells binary files (executables, images, archives saved with an article's extension) from text
 * by their first bytes, whatever the file is called: text has no NUL bytes and few control
 * characters, binary data has both. UTF-16 text, with a byte-order mark or in the shape {@link
 * Utf16Shape} recognises, is text, NULs and all.
 */
final class BinaryContent {

  /** How many leading bytes are looked at. */
  static final int SAMPLE_BYTES = 8192;
  /** What the problem line says about a binary file. */
  static final String PROBLEM = "binary file (NUL bytes or control characters), not text; skipped";
  /** Control characters (other than tab, line ends and form feed) above this share mean binary. */
  private static final double MAX_CONTROL_SHARE = 0.1;

  private BinaryContent() {}

  /** Whether the bytes (the whole file, or its first bytes) look binary. */
  static boolean looksBinary(byte[] bytes) {
    ByteOrderMark bom = ByteOrderMark.of(bytes);
    if (bom != null || Utf16Shape.of(bytes) != null) {
      return false;
    }
    int length = Math.min(bytes.length, SAMPLE_BYTES);
    int controls = 0;
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
        controls++;
      }
    }
    return controls > length * MAX_CONTROL_SHARE;
  }

  /** The first {@link #SAMPLE_BYTES} of {@code in}, which must support mark and reset, left unread. */
  static byte[] peek(InputStream in) throws IOException {
    in.mark(SAMPLE_BYTES);
    byte[] head = in.readNBytes(SAMPLE_BYTES);
    in.reset();
    return head;
  }
}
