package corpussearch.api.search;

import java.io.IOException;
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

  /** Computes the candidates of a word when they are not remembered. */
  @FunctionalInterface
  interface Expander {
    List<Candidate> expand() throws IOException;
  }

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

  List<Candidate> get(Term term, int maxEdits, Expander expander) throws IOException {
    Key key = new Key(term, maxEdits);
    synchronized (cache) {
      List<Candidate> known = cache.get(key);
      if (known != null) {
        return known;
      }
    }
    List<Candidate> expanded = List.copyOf(expander.expand());
    synchronized (cache) {
      cache.put(key, expanded);
    }
    return expanded;
  }
}
