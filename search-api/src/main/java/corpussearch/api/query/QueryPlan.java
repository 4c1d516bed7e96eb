package corpussearch.api.query;

import corpussearch.api.filter.Filters;
import java.util.List;

/**
 * What a search asks for, decided once and independent of any search backend: the contract
 * between parsing ({@link corpussearch.api.search.QueryPlanner}) and the renderers that turn it
 * into one backend's queries (Lucene's ranking, counting, highlighting and top-tier queries today;
 * OpenSearch's query DSL later). A renderer adds nothing and leaves nothing out: which concepts
 * count, which typo alternatives and bonuses fit the clause budget, and how the parts score are all
 * decided here, so that every backend matches and ranks alike.
 *
 * <p><b>Matching.</b> A paragraph matches when it matches at least one {@link #tiered} concept
 * (any paragraph when there is none) or one of the {@link #proximity} phrases, and no {@link
 * #exclusions exclusion}, and passes the {@link #filters}. A phrase's words are almost always
 * concepts of their own, so it adds no match of its own; see {@link #proximityMatchesAlone}.
 *
 * <p><b>Ranking is lexicographic</b>, like Meilisearch's ranking rules: each tiered concept a
 * paragraph matches adds {@link #CONCEPT_TIER}, and {@link #EXACT_TIER} more when it matches it
 * without a typo; then the BM25 of what it matched (the better of the exact and the typo
 * alternative, the typo weighted {@link #TYPO_WEIGHT}); then the BM25 of the {@link #untiered}
 * concepts it holds, and a bonus for each {@link #proximity} phrase. The tiers are far larger
 * than any BM25 sum, so a paragraph with all the concepts always outranks one with some, and an
 * exact match always outranks a typo of the same word.
 *
 * @param everything whether nothing was typed: every paragraph matches, and the search browses
 *     them in date order
 * @param tiered the concepts that decide whether a paragraph matches and earn tiers, in the
 *     order typed
 * @param untiered concepts that only add their BM25 (and their typo's, weighted {@link
 *     #TYPO_WEIGHT}) to paragraphs that match a tiered concept: noise words, and concepts beyond
 *     the most that may earn tiers
 * @param exclusions what a matching paragraph must not contain
 * @param proximity phrases on the paragraph text whose words, found within the phrase's slop,
 *     earn their BM25 as a bonus
 * @param filters which articles' paragraphs may match (outlets, authors, sites, dates), or null
 *     when the plan describes the query text alone
 */
public record QueryPlan(boolean everything, List<Concept> tiered, List<Concept> untiered, List<Match> exclusions,
    List<Match.Phrase> proximity, Filters filters) {

  /** Added once per concept a paragraph matches. */
  public static final float CONCEPT_TIER = 40_000f;
  /** Added once per concept a paragraph matches exactly (not only through a typo). */
  public static final float EXACT_TIER = 1_000f;
  /** What a typo alternative's BM25 counts for, against the words as typed. */
  public static final float TYPO_WEIGHT = 0.3f;
  /** What the other alternatives of an {@code OR} group or of a match's fields add to the best one. */
  public static final float TIE_BREAKER = 0.1f;

  public QueryPlan {
    tiered = List.copyOf(tiered);
    untiered = List.copyOf(untiered);
    exclusions = List.copyOf(exclusions);
    proximity = List.copyOf(proximity);
  }

  /**
   * Whether a proximity phrase may match a paragraph that no tiered concept matches, so that what
   * counts the matches must ask the phrases too. Where the index also holds two typed words
   * joined, the second word's concept is the pair ({@link Match.IfIndexed}: "national bank notes"
   * with "nationalbank" and "banknotes" in the index has no concept for "bank" or "notes" alone),
   * yet the phrase of its neighbours ("bank notes"~6) finds "the bank issued notes".
   */
  public boolean proximityMatchesAlone() {
    return !proximity.isEmpty() && tiered.stream().anyMatch(concept -> Match.dependsOnIndex(concept.exact()));
  }

  /** The plan of an empty query: every paragraph. */
  public static QueryPlan browse() {
    return new QueryPlan(true, List.of(), List.of(), List.of(), List.of(), null);
  }

  /** This plan with {@code filters}. */
  public QueryPlan withFilters(Filters filters) {
    return new QueryPlan(everything, tiered, untiered, exclusions, proximity, filters);
  }
}
