package corpussearch.indexer.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads an input stream line by line as raw bytes, so each JSON line can be decoded (and its
 * invalid UTF-8 reported) on its own, and a file far larger than memory can be streamed. Reads in
 * blocks and scans them for line ends itself: a byte-at-a-time read takes a lock per byte, which
 * made reading the slowest step of a build.
 */
final class ByteLines {

  private final InputStream in;
  private final byte[] block = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[4096];

  ByteLines(InputStream in) {
    this.in = in;
  }

  /** The next line without its terminator ({@code \n} or {@code \r\n}), or null at the end. */
  byte[] next() throws IOException {
    int length = 0;
    boolean any = false;
    while (true) {
      if (position == limit && !refill()) {
        break;
      }
      any = true;
      int end = indexOfNewline();
      int chunk = (end < 0 ? limit : end) - position;
      line = ensureCapacity(line, length + chunk);
      System.arraycopy(block, position, line, length, chunk);
      length += chunk;
      position += chunk;
      if (end >= 0) {
        position++;
        break;
      }
    }
    if (!any) {
      return null;
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return Arrays.copyOf(line, length);
  }

  private boolean refill() throws IOException {
    int read = in.read(block);
    position = 0;
    limit = Math.max(read, 0);
    return read > 0;
  }

  private int indexOfNewline() {
    for (int i = position; i < limit; i++) {
      if (block[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static byte[] ensureCapacity(byte[] buffer, int needed) {
    return needed <= buffer.length ? buffer : Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
  }
}
