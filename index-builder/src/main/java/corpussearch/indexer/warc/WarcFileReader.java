package corpussearch.indexer.warc;

import corpussearch.indexer.source.ArticleSink;
import corpussearch.indexer.source.CorpusProblem;
import corpussearch.indexer.source.WebAddresses;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Reads a web archive ({@code .warc}, {@code .warc.gz}): every HTML response with status 200 is an
 * article, its id derived from its address. Requests, revisits, metadata, non-HTML responses and
 * other statuses are skipped and counted in one report line per archive.
 *
 * <p>A damaged archive (truncated, corrupt compression, a record whose declared length is wrong)
 * gives one report line per damaged stretch, naming the record where the damage was met and
 * whether reading went on after it. A record is handed on only once the archive is read past its
 * end and the end is where its header said, so a record with a wrong length never reaches the
 * index; reading resumes at the next record start found after the damage, so the articles before
 * and after it are kept.
 */
public final class WarcFileReader {

  /** The rule of a date taken from the capture because the page states none. */
  public static final String CAPTURE_DATE_RULE = "warc-capture-date";

  private final String name;
  private final ArticleSink sink;
  private final SkippedRecords skipped = new SkippedRecords();
  private final RecordOutcomes outcomes;
  private int recordNumber;
  /** Where the last record read started; -1 before the first. */
  private long recordStart = -1;
  /** What the last record gives, handed on once its end checks out; null when nothing is waiting. */
  private Runnable pending;
  /** Set by jwarc when the bytes after a record's declared length are not the record separator. */
  private boolean badEnd;
  private Damage damage;
  private boolean resynced;
  /** Whether the archive is compressed: each record a gzip member of its own. */
  private boolean gzip;

  private WarcFileReader(String name, ArticleSink sink) {
    this.name = name;
    this.sink = sink;
    this.outcomes = new RecordOutcomes(name, sink, skipped);
  }

  /** Whether {@code name} is a web archive. */
  public static boolean reads(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".warc") || lower.endsWith(".warc.gz");
  }

  /** Reads the archive {@code file} (shown as {@code name}), handing articles and problems to {@code sink}. */
  public static void read(Path file, String name, ArticleSink sink) {
    new WarcFileReader(name, sink).readAll(file);
  }

  private void readAll(Path file) {
    try (FileChannel channel = FileChannel.open(file)) {
      readRecords(channel, open(channel));
      if (recordNumber == 0) {
        sink.problem(CorpusProblem.error(name, 0, "no records: an empty web archive"));
      }
    } catch (IOException | RuntimeException e) {
      sink.problem(CorpusProblem.error(name, recordNumber, "not a readable web archive: " + RecordOutcomes.describe(e)));
    }
    skipped.summary().ifPresent(summary -> sink.problem(CorpusProblem.warning(name, 0, summary)));
  }

  /** A reader from where {@code channel} stands, which finds out for itself whether what follows is compressed. */
  private WarcReader open(FileChannel channel) throws IOException {
    WarcReader reader = new WarcReader(channel);
    reader.onWarning(warning -> badEnd |= warning.contains("trailer"));
    // A damaged first byte hides the compression from the reader, not from the file's name.
    gzip |= reader.compression() == WarcCompression.GZIP || name.toLowerCase(Locale.ROOT).endsWith(".gz");
    return reader;
  }

  private void readRecords(FileChannel channel, WarcReader first) throws IOException {
    WarcReader reader = first;
    while (reader != null) {
      Optional<WarcRecord> next;
      try {
        next = reader.next(); // reads past the previous record's end first
      } catch (IOException | RuntimeException e) {
        reader = resync(channel, reader, e);
        continue;
      }
      settlePrevious();
      if (next.isEmpty()) {
        break;
      }
      recordStart = reader.position();
      recordNumber++;
      endDamage(recordStart);
      try {
        pending = outcomes.of(next.get(), recordNumber);
      } catch (IOException | RuntimeException e) {
        damage = Damage.of(recordNumber, e);
      }
    }
    settlePrevious();
    endDamage(-1);
  }

  /** Hands on what the last record gave, unless its end was not where its header said. */
  private void settlePrevious() {
    if (badEnd && pending != null) {
      damage = damage != null ? damage : new Damage(recordNumber, Damage.WRONG_LENGTH);
    } else if (pending != null) {
      pending.run();
    }
    pending = null;
    badEnd = false;
  }

  /**
   * Records the damage {@code e} shows and returns a new reader at the next place a record may
   * start, or null when there is none. (A new reader, because the damage may have hidden whether
   * the archive is compressed: a reader decides that once, from the bytes it starts on.)
   */
  private WarcReader resync(FileChannel channel, WarcReader reader, Exception e) throws IOException {
    // The reader moves on from a record only once it has read past the record's end.
    boolean previousWhole = !badEnd && reader.position() > recordStart;
    long from = previousWhole ? reader.position() + 1 : recordStart + 1;
    if (previousWhole) {
      settlePrevious();
    }
    if (damage == null && previousWhole) {
      damage = Damage.of(++recordNumber, e); // the record that failed to start counts as one
    } else if (damage == null) {
      damage = badEnd && pending != null ? new Damage(recordNumber, Damage.WRONG_LENGTH) : Damage.of(recordNumber, e);
    }
    pending = null;
    badEnd = false;
    for (long resume = RecordStarts.next(channel, from, gzip); resume >= 0; resume = RecordStarts.next(channel, resume + 1, gzip)) {
      try {
        channel.position(resume);
        WarcReader resumed = open(channel);
        recordStart = resume;
        resynced = true;
        return resumed;
      } catch (IOException notAStart) {
        // too short to be a record: look further on
      }
    }
    return null;
  }

  /** Reports the damaged stretch, if any, now that reading went on at {@code resumedAt} (negative: never). */
  private void endDamage(long resumedAt) {
    if (damage != null) {
      sink.problem(CorpusProblem.error(name, damage.record(), damage.message(resynced, resumedAt)));
    }
    damage = null;
    resynced = false;
  }
}
