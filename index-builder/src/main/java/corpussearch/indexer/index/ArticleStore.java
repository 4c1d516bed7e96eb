package corpussearch.indexer.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.Set;

/**
 * Where one build writes its articles: a Lucene index folder ({@link ArticleIndexWriter}) or an
 * OpenSearch cluster. Either way readers see the previous state until {@link #commit()}, and
 * closing without a commit discards the build's changes.
 */
public interface ArticleStore extends Closeable {

  /** What a write did to an article. */
  enum Change {
    ADDED,
    CHANGED,
    UNCHANGED
  }

  /**
   * Adds or replaces {@code article} unless its content hash is unchanged. Called from several
   * threads at once.
   */
  Change write(IndexableArticle article) throws IOException;

  /** Removes every previously committed article whose id is not in {@code keep}; returns how many. */
  int deleteAllExcept(Set<String> keep) throws IOException;

  /**
   * Merges what will be committed into one segment.
   *
   * @return whether anything was merged
   */
  boolean mergeIntoOneSegment() throws IOException;

  /**
   * Makes every change visible to readers at once, or does nothing when nothing changed.
   *
   * @return whether anything was committed
   */
  boolean commit() throws IOException;

  /** Where the build writes, for the report: a folder, or a cluster's index. */
  String describe();
}
