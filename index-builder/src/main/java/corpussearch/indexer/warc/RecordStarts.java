package corpussearch.indexer.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Finds where the next record of a damaged web archive may start, so reading can resume after
 * the damage: a line starting {@code WARC/1.} in a plain archive, a gzip member header in a
 * compressed one (each record is its own member).
 */
final class RecordStarts {

  private static final byte[] PLAIN = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] GZIP = {0x1f, (byte) 0x8b, 0x08};
  private static final int CHUNK = 1 << 16;

  private RecordStarts() {}

  /** The first possible record start at or after {@code from}, or -1 when there is none. */
  static long next(FileChannel channel, long from, boolean gzip) throws IOException {
    byte[] marker = gzip ? GZIP : PLAIN;
    int skip = gzip ? 0 : 1; // a plain record starts after the newline that precedes it
    ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
    long position = Math.max(0, from - skip);
    while (position < channel.size()) {
      buffer.clear();
      int read = channel.read(buffer, position);
      if (read <= 0) {
        return -1;
      }
      int found = indexOf(buffer.array(), read, marker);
      if (found >= 0) {
        return position + found + skip;
      }
      // Overlap chunks so that a marker cut in two by a chunk boundary is still seen.
      position += Math.max(1, read - marker.length + 1);
    }
    return -1;
  }

  private static int indexOf(byte[] bytes, int length, byte[] marker) {
    outer:
    for (int i = 0; i + marker.length <= length; i++) {
      for (int j = 0; j < marker.length; j++) {
        if (bytes[i + j] != marker[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
