package corpussearch.api.index;

import corpussearch.indexer.index.IndexSchema;
import corpussearch.indexer.index.LiveArticles;
import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.IndexSearcher;

/**
 * One committed version of the index, as the service serves it: the reader, its facet state
 * (built once per version, not per request) and the figures {@code /health} reports.
 */
public final class IndexView {

  private final DirectoryReader reader;
  private final Optional<SortedSetDocValuesReaderState> facetState;
  private final Instant openedAt;
  private volatile Integer articleCount;
  private final ConcurrentHashMap<Class<?>, FutureTask<Object>> attachments = new ConcurrentHashMap<>();

  /** A view of {@code reader}, which it closes with the version (see {@link IndexViews}). */
  public IndexView(DirectoryReader reader) throws IOException {
    this.reader = reader;
    this.facetState = hasFacets(reader)
        ? Optional.of(new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig()))
        : Optional.empty();
    this.openedAt = Instant.now();
  }

  /** The reader of this version. */
  public DirectoryReader reader() {
    return reader;
  }

  /**
   * A searcher over this version whose work stops at {@code deadline} (none when null).
   * Searchers are cheap; a fresh one per request carries that request's deadline.
   */
  public IndexSearcher searcher(RequestDeadline deadline) {
    IndexSearcher searcher = new IndexSearcher(reader);
    if (deadline != null) {
      searcher.setTimeout(deadline);
    }
    return searcher;
  }

  /**
   * Facet ordinals of this version; empty when no paragraph has facet values (an index without
   * documents, which Lucene writes without the facet field).
   */
  public Optional<SortedSetDocValuesReaderState> facetState() {
    return facetState;
  }

  /** When this version was opened. */
  public Instant openedAt() {
    return openedAt;
  }

  /** The index version (Lucene's commit generation counter). */
  public long version() {
    return reader.getVersion();
  }

  /** Paragraphs in this version. */
  public int paragraphCount() {
    return reader.numDocs();
  }

  /**
   * Distinct articles in this version, counted on first request: it walks every article id, a
   * cost that grows with the index and has no place on the start-up path.
   */
  public int articleCount() throws IOException {
    Integer count = articleCount;
    if (count == null) {
      count = countArticles(reader);
      articleCount = count;
    }
    return count;
  }

  /**
   * A value derived from this version (completions, say), computed on first request and kept as
   * long as the version is served. The map only holds a task per type; the task runs outside the
   * map's lock, so building one value never blocks callers of another, and callers of the same
   * type wait for the one build. A build that fails is forgotten, so the next caller tries again.
   */
  public <T> T attachment(Class<T> type, Function<IndexView, T> factory) {
    FutureTask<Object> task = attachments.computeIfAbsent(type, key -> new FutureTask<>(() -> factory.apply(this)));
    task.run();
    try {
      return type.cast(task.get());
    } catch (ExecutionException e) {
      attachments.remove(type, task);
      throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + type.getSimpleName() + " was built", e);
    }
  }

  private static boolean hasFacets(DirectoryReader reader) {
    String field = IndexSchema.facetsConfig().getDimConfig(IndexSchema.FACET_OUTLET).indexFieldName;
    return FieldInfos.getMergedFieldInfos(reader).fieldInfo(field) != null;
  }

  private static int countArticles(DirectoryReader reader) throws IOException {
    Set<String> ids = new HashSet<>();
    LiveArticles.forEach(reader, (articleId, leaf, doc) -> ids.add(articleId));
    return ids.size();
  }
}
