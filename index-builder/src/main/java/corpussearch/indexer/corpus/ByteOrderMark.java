package corpussearch.indexer.corpus;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A byte-order mark at the start of a file: the encoding it declares and its length in bytes. */
record ByteOrderMark(Charset charset, int length) {

  /** The mark {@code bytes} start with, or null. */
  static ByteOrderMark of(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new ByteOrderMark(StandardCharsets.UTF_8, 3);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new ByteOrderMark(StandardCharsets.UTF_16LE, 2);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new ByteOrderMark(StandardCharsets.UTF_16BE, 2);
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
