package corpussearch.api.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * How many clauses the queries of one search may hold, spent part by part.
 *
 * <p>Lucene (and OpenSearch, which runs it) refuses a query that holds more than 1,024 clauses
 * once expanded, counting every term, phrase, synonym set and expanded prefix or typo word
 * ({@link Match#clauses}). A pasted paragraph of a few dozen words reaches that: each word is a
 * concept on three fields, with aliases and a typo alternative. So {@link QueryPlanner} spends
 * this budget on the parts of a query in order of importance and leaves out whatever no longer
 * fits; the ranking query, which holds the most, then stays within {@link #LIMIT}, and the other
 * queries of a search hold less.
 */
final class ClauseBudget {


  /** Clauses one query of a search may hold: below Lucene's 1,024. */
  static final int LIMIT = 1000;
  /** Clauses one concept may hold (an {@code OR} chain, a quoted text with many aliases). */
  static final int PER_CONCEPT = LIMIT / 4;

  private int left;

  /** A budget of {@code limit} clauses. */
  ClauseBudget(int limit) {
    this.left = limit;
  }

  /** Takes {@code clauses} from the budget when they fit; whether they did. */
  boolean spend(int clauses) {
    if (clauses > left) {
      return false;
    }
    left -= clauses;
    return true;
  }

  /** The items whose clauses fit, in order, each spending its clauses; the rest are left out. */
  <T> List<T> fitting(List<T> items, ToIntFunction<T> clauses) {
    List<T> fitting = new ArrayList<>(items.size());
    for (T item : items) {
      if (spend(clauses.applyAsInt(item))) {
        fitting.add(item);
      }
    }
    return fitting;
  }
}
