package corpussearch.indexer.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads an input stream line by line as raw bytes, so each JSON line can be decoded (and its
 * invalid UTF-8 reported) on its own, and a file far larger than memory can be streamed.
 */
final class ByteLines {

  private final InputStream in;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(4096);

  ByteLines(InputStream in) {
    this.in = in;
  }

  /** The next line without its terminator ({@code \n} or {@code \r\n}), or null at the end. */
  byte[] next() throws IOException {
    line.reset();
    int b;
    boolean any = false;
    while ((b = in.read()) != -1) {
      any = true;
      if (b == '\n') {
        break;
      }
      line.write(b);
    }
    if (!any) {
      return null;
    }
    byte[] bytes = line.toByteArray();
    int length = bytes.length;
    if (length > 0 && bytes[length - 1] == '\r') {
      return java.util.Arrays.copyOf(bytes, length - 1);
    }
    return bytes;
  }
}
