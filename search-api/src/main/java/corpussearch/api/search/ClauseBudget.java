package corpussearch.api.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * How many clauses the queries of one search may hold, spent part by part.
 *
 * <p>Lucene refuses a query that holds more than {@link IndexSearcher#getMaxClauseCount()} (1,024)
 * clauses once rewritten, counting every term query, phrase, synonym set and expanded prefix term.
 * A pasted paragraph of a few dozen words reached that: each word is a concept on three fields,
 * with aliases and a typo alternative, and each untiered word repeated the tiered concepts as its
 * filter. So {@link QueryFactory} spends this budget on the parts of a query in
 * order of importance and leaves out whatever no longer fits; the ranking query, which holds the
 * most, then stays within {@link #LIMIT}, and the other queries of a search hold less.
 *
 * <p>Clauses are counted as they will be after rewriting: a prefix or typo as the most terms it
 * may expand to.
 */
final class ClauseBudget {

  /** Clauses one query of a search may hold: below Lucene's 1,024. */
  static final int LIMIT = 1000;
  /** Clauses one concept may hold (an {@code OR} chain, a quoted text with many aliases). */
  static final int PER_CONCEPT = LIMIT / 4;

  private int left = LIMIT;

  /** Takes {@code query}'s clauses from the budget when they fit; whether they did. */
  boolean spend(Query query) {
    int clauses = clauses(query);
    if (clauses > left) {
      return false;
    }
    left -= clauses;
    return true;
  }

  /** The items whose queries fit, in order, each spending its clauses; the rest are left out. */
  <T> List<T> fitting(List<T> items, Function<T, Query> query) {
    List<T> fitting = new ArrayList<>(items.size());
    for (T item : items) {
      if (spend(query.apply(item))) {
        fitting.add(item);
      }
    }
    return fitting;
  }

  /** The clauses {@code query} holds once rewritten, at most, counted as Lucene counts them. */
  static int clauses(Query query) {
    int[] count = {0};
    query.visit(new QueryVisitor() {
      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return this;
      }

      @Override
      public void visitLeaf(Query leaf) {
        count[0] += expansion(leaf);
      }

      @Override
      public void consumeTerms(Query leaf, Term... terms) {
        count[0]++;
      }

      @Override
      public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
        count[0] += expansion(leaf);
      }
    });
    return count[0];
  }

  /**
   * A prefix or typo becomes a disjunction of up to as many terms as it may expand to; anything
   * else is one clause.
   */
  private static int expansion(Query leaf) {
    return switch (leaf) {
      case TypoQuery typo -> typo.maxExpansions();
      case MultiTermQuery multi when multi.getRewriteMethod() instanceof PrefixRewrite prefix -> prefix.size();
      default -> 1;
    };
  }
}
