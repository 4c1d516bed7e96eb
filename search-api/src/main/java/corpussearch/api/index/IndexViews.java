package corpussearch.api.index;

import corpussearch.indexer.index.IndexSchema;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out the current {@link IndexView} and swaps in a new one when the index builder commits,
 * without a restart and without failing a request: requests in flight finish on the view they
 * acquired, which is closed only when the last of them releases it.
 *
 * <p>A background thread checks for a new commit every refresh interval. A commit that cannot be
 * served (a damaged file, or one written by another schema version of the index builder) is
 * logged once and the last good view keeps serving; {@link #staleness()} says why until a newer
 * commit opens. The failed commit is not tried again: only a newer one is.
 *
 * <p>Every segment's checksums are verified the first time it is opened (at start-up: all of them;
 * on a refresh: only the segments the new commit added), because opening a reader checks only
 * headers and footers: a segment file overwritten in the middle would otherwise open fine and
 * serve wrong results silently. Verifying reads each new segment once, sequentially.
 */
public final class IndexViews extends ReferenceManager<IndexView> implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(IndexViews.class);

  private final Directory directory;
  private final ScheduledExecutorService refresher;
  // Written by the refresh thread only; read by /health.
  private volatile String staleness;
  private volatile long failedGeneration = Long.MIN_VALUE;

  private IndexViews(Directory directory, IndexView first, Duration refreshInterval) {
    this.directory = directory;
    this.current = first;
    this.refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "index-refresh");
      thread.setDaemon(true);
      return thread;
    });
    long millis = Math.max(50, refreshInterval.toMillis());
    refresher.scheduleWithFixedDelay(this::refreshQuietly, millis, millis, TimeUnit.MILLISECONDS);
  }

  /**
   * Opens the index in {@code indexDir}.
   *
   * @throws IndexUnavailableException when there is no readable index there, with a message that
   *     names the folder and says what to do
   */
  public static IndexViews open(Path indexDir, Duration refreshInterval) {
    if (!Files.isDirectory(indexDir)) {
      throw new IndexUnavailableException("no index folder at " + indexDir.toAbsolutePath() + ": build one first with index-builder --corpus DIR --index " + indexDir);
    }
    Directory directory = null;
    try {
      directory = FSDirectory.open(indexDir);
      DirectoryReader reader = DirectoryReader.open(directory);
      try {
        validate(reader, null);
      } catch (IOException | RuntimeException e) {
        reader.close();
        throw e;
      }
      return new IndexViews(directory, new IndexView(reader), refreshInterval);
    } catch (IndexNotFoundException e) {
      closeQuietly(directory);
      throw new IndexUnavailableException("no committed index in " + indexDir.toAbsolutePath() + ": build one first with index-builder --corpus DIR --index " + indexDir);
    } catch (IOException | RuntimeException e) {
      closeQuietly(directory);
      throw new IndexUnavailableException("the index in " + indexDir.toAbsolutePath() + " cannot be opened (" + e.getMessage() + "); rebuild it with index-builder --full");
    }
  }

  @Override
  protected void decRef(IndexView view) throws IOException {
    view.reader().decRef();
  }

  @Override
  protected IndexView refreshIfNeeded(IndexView view) throws IOException {
    DirectoryReader newer = DirectoryReader.openIfChanged(view.reader());
    if (newer == null) {
      return null;
    }
    try {
      validate(newer, view.reader());
      IndexView next = new IndexView(newer);
      LOG.info("serving index version {} ({} paragraphs)", next.version(), next.paragraphCount());
      return next;
    } catch (IOException | RuntimeException e) {
      newer.close();
      throw e;
    }
  }

  @Override
  protected boolean tryIncRef(IndexView view) {
    return view.reader().tryIncRef();
  }

  @Override
  protected int getRefCount(IndexView view) {
    return view.reader().getRefCount();
  }

  @Override
  protected void afterClose() throws IOException {
    refresher.shutdownNow();
    directory.close();
  }

  /**
   * Why the version served is not the newest committed one (which cannot be served), or empty
   * when it is the newest.
   */
  public Optional<String> staleness() {
    return Optional.ofNullable(staleness);
  }

  private void refreshQuietly() {
    long latest = -1;
    try {
      latest = SegmentInfos.getLastCommitGeneration(directory);
      if (latest == failedGeneration) {
        return;
      }
      maybeRefresh();
      if (staleness != null) {
        LOG.info("the index on disk can be served again (commit generation {})", latest);
        staleness = null;
      }
    } catch (AlreadyClosedException shuttingDown) {
      // the service is stopping: nothing is served any more, so nothing is stale
    } catch (IOException | RuntimeException e) {
      failedGeneration = latest;
      staleness = "commit generation " + latest + " of the index cannot be served (" + e.getMessage()
          + "); still serving the previous version. Rebuild the index with index-builder --full";
      LOG.warn("{}", staleness);
    }
  }

  /**
   * Checks that {@code reader} is an index this service can serve: written by the index builder's
   * schema version, every segment not in {@code verified} intact.
   */
  static void validate(DirectoryReader reader, DirectoryReader verified) throws IOException {
    String schema = reader.getIndexCommit().getUserData().get(IndexSchema.COMMIT_SCHEMA_VERSION);
    if (!IndexSchema.SCHEMA_VERSION.equals(schema)) {
      throw new IndexUnavailableException("it was written by schema version " + schema
          + " and this service reads schema version " + IndexSchema.SCHEMA_VERSION);
    }
    verifyChecksums(reader, verified);
  }

  /**
   * Verifies the checksums of every segment of {@code reader} not already in {@code verified}
   * (the previous version, whose segments were verified when it was opened; null at start-up).
   *
   * @throws org.apache.lucene.index.CorruptIndexException when a segment file is damaged
   */
  static void verifyChecksums(DirectoryReader reader, DirectoryReader verified) throws IOException {
    Set<Object> known = new HashSet<>();
    if (verified != null) {
      for (LeafReaderContext leaf : verified.leaves()) {
        known.add(coreKey(leaf.reader()));
      }
    }
    for (LeafReaderContext leaf : reader.leaves()) {
      if (!known.contains(coreKey(leaf.reader()))) {
        leaf.reader().checkIntegrity();
      }
    }
  }

  private static Object coreKey(LeafReader reader) {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    return helper == null ? reader : helper.getKey();
  }

  private static void closeQuietly(Directory directory) {
    if (directory != null) {
      try {
        directory.close();
      } catch (IOException ignored) {
        // already failing with a clearer message
      }
    }
  }
}
