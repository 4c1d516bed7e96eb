package corpussearch.api.search;

import corpussearch.api.query.Concept;
import corpussearch.api.query.Match;
import corpussearch.api.query.QueryPlan;
import corpussearch.api.search.UserQuery.Group;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;

/**
 * Turns a parsed {@link UserQuery} into its {@link QueryPlan}: the concepts ({@link Concepts}),
 * which of them earn tiers, and which parts fit the clause budget.
 *
 * <p>A paragraph <em>matches</em> when it contains at least one concept that is not a noise word
 * ({@link NoiseWords}); excluded parts remove paragraphs. <b>Long queries</b> are cut down on
 * purpose: a concept typed twice counts once, at most {@link #MAX_TIERED_CONCEPTS} concepts earn
 * tiers, and the parts of a query share a {@link ClauseBudget}, spent in order of importance
 * (what matches, what is excluded, typos, bonuses), so that no query of a text up to 1,000
 * characters exceeds Lucene's clause limit.
 */
public final class QueryPlanner {

  /** Concepts beyond this many only add to BM25, so the tiers cannot overflow float precision. */
  static final int MAX_TIERED_CONCEPTS = 24;
  /** How far apart two neighbouring words may stand and still earn the proximity bonus. */
  static final int PROXIMITY_SLOP = 6;

  private final Concepts concepts;

  /**
   * @param queryAnalyzer the shared analyzer with query-time synonyms
   * @param indexAnalyzer the shared analyzer as used for indexing (no synonyms)
   */
  /** The clauses a plan of the embedded search may hold (below Lucene's 1,024). */
  public static final int CLAUSES = ClauseBudget.LIMIT;

  public QueryPlanner(Analyzer queryAnalyzer, Analyzer indexAnalyzer) {
    this.concepts = new Concepts(queryAnalyzer, indexAnalyzer);
  }

  /** The plan of {@code query}, without filters. */
  public QueryPlan plan(UserQuery query) {
    return plan(query, CLAUSES);
  }

  /**
   * The plan of {@code query} within {@code clauses} clauses instead of the embedded search's
   * budget: for an engine that counts the clauses of its own rendering of a plan, which may nest
   * deeper than Lucene's, against the same limit.
   */
  public QueryPlan plan(UserQuery query, int clauses) {
    if (query.isEmpty()) {
      return QueryPlan.browse();
    }
    // a person who types a word twice means it once
    List<Concept> distinct = conceptsOf(query).stream().distinct().toList();
    List<Concept> candidates = tieredConcepts(distinct);
    List<Concept> untiered = distinct.stream().filter(concept -> !candidates.contains(concept)).toList();
    ClauseBudget budget = new ClauseBudget(clauses);
    List<Concept> tiered = budget.fitting(candidates, concept -> concept.exact().clauses());
    List<Match> exclusions =
        budget.fitting(query.excluded().stream().map(concepts::exclusion).filter(Objects::nonNull).toList(), Match::clauses);
    tiered = tiered.stream().map(concept -> concept.typo() == null || budget.spend(concept.typo().clauses()) ? concept
        : concept.withoutTypo()).toList();
    List<Match.Phrase> proximity = budget.fitting(proximity(tiered), Match::clauses);
    // the untiered concepts score only where a tiered one matches, which repeats those once
    int anyTiered = tiered.stream().mapToInt(Concept::clauses).sum();
    boolean scored = !untiered.isEmpty() && (tiered.isEmpty() || budget.spend(anyTiered));
    List<Concept> bm25 = scored ? budget.fitting(untiered, Concept::clauses) : List.of();
    return new QueryPlan(false, tiered, bm25, exclusions, proximity, null);
  }

  private List<Concept> conceptsOf(UserQuery query) {
    List<Concept> all = new ArrayList<>();
    for (Group group : query.groups()) {
      if (group.alternatives().size() == 1) {
        all.addAll(concepts.of(group.alternatives().get(0)));
      } else {
        Concept either = concepts.alternatives(group.alternatives());
        if (either != null) {
          all.add(either);
        }
      }
    }
    return all;
  }

  /**
   * The concepts that decide whether a paragraph matches: all but noise words (unless there is
   * nothing else), at most {@link #MAX_TIERED_CONCEPTS}.
   */
  private static List<Concept> tieredConcepts(List<Concept> concepts) {
    boolean allNoise = concepts.stream().allMatch(Concept::noise);
    return concepts.stream().filter(concept -> allNoise || !concept.noise()).limit(MAX_TIERED_CONCEPTS).toList();
  }

  /** Adjacent single-word concepts found close together earn a sloppy-phrase bonus. */
  private static List<Match.Phrase> proximity(List<Concept> concepts) {
    List<Match.Phrase> phrases = new ArrayList<>();
    String previous = null;
    for (Concept concept : concepts) {
      String word = concept.noise() ? null : concept.word();
      if (previous != null && word != null) {
        phrases.add(new Match.Phrase(List.of(List.of(previous), List.of(word)), PROXIMITY_SLOP));
      }
      if (!concept.noise()) {
        previous = word;
      }
    }
    return phrases;
  }
}
