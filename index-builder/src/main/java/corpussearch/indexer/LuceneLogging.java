package corpussearch.indexer;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Lucene's start-up notice about the Java Vector API off the console: corpus-search does
 * no vector search, so the advice to enable the incubator module is noise for its users.
 */
public final class LuceneLogging {

  // Held so the configured logger is not garbage-collected and its level forgotten.
  private static final Logger VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

  private LuceneLogging() {}

  /** Call before Lucene is first used. */
  public static void quietVectorizationNotice() {
    VECTORIZATION.setLevel(Level.SEVERE);
  }
}
