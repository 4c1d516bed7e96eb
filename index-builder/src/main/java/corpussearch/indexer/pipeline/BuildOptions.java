package corpussearch.indexer.pipeline;

import corpussearch.indexer.opensearch.OpenSearchTarget;
import java.nio.file.Path;

/**
 * What one index build reads and writes.
 *
 * @param corpus the corpus folder
 * @param index the index folder (created when missing)
 * @param full rebuild every article instead of only the changed ones
 * @param maxFileBytes the largest article file (or JSON line) read; larger ones are reported and
 *     skipped
 * @param threads how many articles are processed and written at once
 * @param merge merge the index into one segment before committing (as OpenSearch's
 *     {@code _forcemerge}): faster searches over a corpus built once and searched many times, for
 *     the price of rewriting the whole index
 * @param allowEmpty commit even when the corpus has no readable article, emptying the index;
 *     without it such a build stops with {@link EmptyCorpusException} and writes nothing
 * @param openSearch the OpenSearch cluster to write into instead of the index folder, or null to
 *     write the Lucene index in {@code index}
 */
public record BuildOptions(Path corpus, Path index, boolean full, long maxFileBytes, int threads, boolean merge, boolean allowEmpty,
    OpenSearchTarget openSearch) {

  public BuildOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
  }

  /** Options that write the Lucene index in {@code index}. */
  public BuildOptions(Path corpus, Path index, boolean full, long maxFileBytes, int threads, boolean merge, boolean allowEmpty) {
    this(corpus, index, full, maxFileBytes, threads, merge, allowEmpty, null);
  }

  /**
   * Options that use one thread per available processor, leave segments as written and refuse to
   * empty the index.
   */
  public BuildOptions(Path corpus, Path index, boolean full, long maxFileBytes) {
    this(corpus, index, full, maxFileBytes, Runtime.getRuntime().availableProcessors(), false, false);
  }
}
