package corpussearch.api.search;

import com.github.benmanes.caffeine.cache.Cache;
import corpussearch.api.cache.Caches;
import corpussearch.api.index.IndexView;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.Term;

/**
 * The typo expansions of one index version, remembered: people repeat words and queries, and
 * building a Levenshtein automaton and walking the term dictionary for a word is the costliest part
 * of parsing a query. Bounded and dropped with the version it belongs to, so it can never serve
 * words the index no longer has.
 */
public final class TypoExpansions {

  /** A word of the index close to the typed one. */
  record Candidate(Term term, float similarity) {}

  /** The closest words found; not complete when a deadline stopped the walk. */
  record Closest(List<Candidate> candidates, boolean complete) {}

  static final int MAX_WORDS = 4096;

  private record Key(Term term, int maxEdits) {}

  private final Cache<Key, Closest> cache;

  private TypoExpansions(int capacity) {
    this.cache = Caches.ofSize(capacity);
  }

  /** The expansions of {@code view}, created on first use and kept for the view's lifetime. */
  public static TypoExpansions of(IndexView view) {
    return view.attachment(TypoExpansions.class, ignored -> new TypoExpansions(MAX_WORDS));
  }

  /** Expansions that remember nothing, for one-off queries. */
  public static TypoExpansions uncached() {
    return new TypoExpansions(0);
  }

  /**
   * The candidates of {@code term}: the remembered ones, or else those {@code walk} finds, which
   * are remembered only when complete. Concurrent queries for the same missing word walk once.
   */
  List<Candidate> candidates(Term term, int maxEdits, Caches.Loader<Closest> walk) throws IOException {
    return Caches.get(cache, new Key(term, maxEdits), walk, Closest::complete).value().candidates();
  }

  /** What this cache has done so far. */
  public Caches.Figures figures() {
    return Caches.Figures.of(cache);
  }
}
