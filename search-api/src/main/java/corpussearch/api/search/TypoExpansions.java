package corpussearch.api.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;

/**
 * The typo expansions of one index version, remembered: people repeat words and queries, and
 * building a Levenshtein automaton and walking the term dictionary for a word is the costliest part
 * of parsing a query. Bounded (least recently used entries go first) and dropped with the version
 * it belongs to, so it can never serve words the index no longer has.
 */
public final class TypoExpansions {

  /** A word of the index close to the typed one. */
  record Candidate(Term term, float similarity) {}

  static final int MAX_WORDS = 4096;

  private record Key(Term term, int maxEdits) {}

  private final Map<Key, List<Candidate>> cache;

  private TypoExpansions(int capacity) {
    this.cache = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, List<Candidate>> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The expansions of {@code view}, created on first use and kept for the view's lifetime. */
  public static TypoExpansions of(IndexView view) {
    return view.attachment(TypoExpansions.class, ignored -> new TypoExpansions(MAX_WORDS));
  }

  /** Expansions that remember nothing, for one-off queries. */
  public static TypoExpansions uncached() {
    return new TypoExpansions(0);
  }

  /** The remembered candidates of {@code term}, or null. */
  List<Candidate> get(Term term, int maxEdits) {
    synchronized (cache) {
      return cache.get(new Key(term, maxEdits));
    }
  }

  /** Remembers every candidate of {@code term} (a complete expansion, never one cut short). */
  void put(Term term, int maxEdits, List<Candidate> candidates) {
    synchronized (cache) {
      cache.put(new Key(term, maxEdits), List.copyOf(candidates));
    }
  }
}
