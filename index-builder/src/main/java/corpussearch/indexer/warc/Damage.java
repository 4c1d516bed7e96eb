package corpussearch.indexer.warc;

import java.io.EOFException;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.ParsingException;

/**
 * One damaged stretch of a web archive, reported as one line once it is known where (or whether)
 * reading went on after it.
 *
 * @param record the number of the record where the damage was met (1-based)
 * @param problem what is wrong, for a person
 */
record Damage(int record, String problem) {

  /** What a record whose declared length is wrong looks like to the reader. */
  static final String WRONG_LENGTH = "its declared length (Content-Length) does not match where the record ends";

  /** The damage {@code e} shows at {@code record}. */
  static Damage of(int record, Exception e) {
    return new Damage(record, cause(e));
  }

  /** The report line, once reading went on at {@code resumedAt} (or, when negative, never did). */
  String message(boolean resynced, long resumedAt) {
    String after;
    if (resumedAt < 0) {
      after = "nothing after it could be read";
    } else if (resynced) {
      after = "reading resumed at byte " + resumedAt;
    } else {
      after = "skipped";
    }
    return "record " + record + ": " + problem + "; " + after;
  }

  private static String cause(Exception e) {
    if (e instanceof EOFException) {
      return "the file ends before the record does (truncated, or a wrong Content-Length)";
    }
    if (e instanceof ZipException) {
      return "corrupt compressed data (" + e.getMessage() + ")";
    }
    if (e instanceof ParsingException) {
      // jwarc's message quotes the raw bytes around the fault: control characters and all.
      return "no valid record header where one should start";
    }
    return e.getMessage() != null ? e.getClass().getSimpleName() + ": " + e.getMessage() : e.getClass().getSimpleName();
  }
}
