package corpussearch.api.search;

import static corpussearch.api.query.QueryPlan.CONCEPT_TIER;
import static corpussearch.api.query.QueryPlan.EXACT_TIER;

import corpussearch.api.query.Concept;
import corpussearch.api.query.Match;
import corpussearch.api.query.QueryPlan;
import corpussearch.indexer.index.IndexSchema;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * The Lucene renderer of a {@link QueryPlan}: its ranking, counting, highlighting and top-tier
 * queries ({@link SearchQuery}), each built from the plan itself.
 *
 * <p>The ranking query is one flat disjunction with one clause per tiered concept, so that
 * Lucene's top-hits scorers can skip paragraphs whose best possible score cannot enter the top
 * hits (a tier nested under a required clause would hide its maximum from them), and a
 * one-concept query is a single clause that passes the lowest competitive score down to its own
 * terms.
 */
public final class SearchQueries {

  private final QueryPlan plan;
  private final MatchQueries matches;
  private final List<Query> exclusions;
  private final List<Query> proximity;
  private final List<Query> bonuses = new ArrayList<>();

  private SearchQueries(QueryPlan plan, TypoExpansions typos) {
    this.plan = plan;
    this.matches = new MatchQueries(typos);
    this.exclusions = plan.exclusions().stream().map(matches::query).toList();
    if (!plan.untiered().isEmpty()) {
      bonuses.add(untieredBonus());
    }
    this.proximity = plan.proximity().stream().map(phrase -> MatchQueries.phrase(phrase, IndexSchema.TEXT)).toList();
    bonuses.addAll(proximity);
  }

  /**
   * The queries of {@code plan}.
   *
   * @param typos where typo expansions of the index being searched are remembered
   */
  public static SearchQuery of(QueryPlan plan, TypoExpansions typos) {
    if (plan.everything()) {
      return SearchQuery.matchAll();
    }
    SearchQueries queries = new SearchQueries(plan, typos);
    return new SearchQuery(queries.ranking(), queries.matching(), queries.highlight(), queries.topTier());
  }

  private Query ranking() {
    BooleanQuery.Builder ranked = new BooleanQuery.Builder();
    plan.tiered().forEach(concept -> ranked.add(tiers(concept), Occur.SHOULD));
    bonuses.forEach(bonus -> ranked.add(bonus, Occur.SHOULD));
    if (plan.tiered().isEmpty()) {
      ranked.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    exclusions.forEach(exclusion -> ranked.add(exclusion, Occur.MUST_NOT));
    return ranked.build();
  }

  /**
   * What the ranking query matches, as one flat non-scoring disjunction: a flat disjunction is
   * what Lucene's bulk scorer counts fastest, and counting every match is the expensive part of a
   * search over a large index.
   */
  private Query matching() {
    BooleanQuery.Builder matching = new BooleanQuery.Builder();
    matching.add(plan.tiered().isEmpty() ? new MatchAllDocsQuery() : anyMatch(), Occur.FILTER);
    exclusions.forEach(exclusion -> matching.add(exclusion, Occur.MUST_NOT));
    return new ConstantScoreQuery(matching.build());
  }

  /**
   * What the highlighter marks: every concept once, on the paragraph text only (the only field it
   * marks), so that it builds no weights for title and section words in every highlighted hit.
   */
  private Query highlight() {
    BooleanQuery.Builder marked = new BooleanQuery.Builder();
    List<Concept> concepts = new ArrayList<>(plan.tiered());
    concepts.addAll(plan.untiered());
    for (Concept concept : concepts) {
      for (Match match : new Match[] {concept.exact(), concept.typo()}) {
        Query onText = match == null ? null : matches.onText(match);
        if (onText != null) {
          marked.add(onText, Occur.SHOULD);
        }
      }
    }
    return marked.build();
  }

  /**
   * The ranking query restricted to paragraphs that match every tiered concept exactly, without
   * the tiers they all share (a lone concept keeps its tier: a {@link TieredQuery} alone skips
   * blocks of paragraphs itself, which a bare disjunction over fields cannot); null when there is
   * nothing to restrict (no concept, or one without typos and bonuses: the ranking query itself).
   */
  private TopTier topTier() {
    List<Concept> tiered = plan.tiered();
    boolean alone = tiered.size() == 1 && bonuses.isEmpty();
    if (tiered.isEmpty() || alone && tiered.get(0).typo() == null) {
      return null;
    }
    BooleanQuery.Builder ranked = new BooleanQuery.Builder();
    List<Query> parts = new ArrayList<>();
    for (Concept concept : tiered) {
      Query exact = matches.query(concept.exact());
      ranked.add(alone ? new TieredQuery(exact, CONCEPT_TIER + EXACT_TIER) : exact, Occur.MUST);
      parts.add(exact);
      if (concept.typo() != null) {
        parts.add(typoBm25(concept));
      }
    }
    parts.addAll(bonuses);
    bonuses.forEach(bonus -> ranked.add(bonus, Occur.SHOULD));
    exclusions.forEach(exclusion -> ranked.add(exclusion, Occur.MUST_NOT));
    float tiers = alone ? 0f : tiered.size() * (CONCEPT_TIER + EXACT_TIER);
    return new TopTier(ranked.build(), tiers, parts, EXACT_TIER);
  }

  /**
   * What the untiered concepts add to a score: their BM25, where a tiered concept matches
   * (anywhere when there is none). One clause for all of them, so that the tiered concepts are
   * repeated once as its filter, however many words there are.
   */
  private Query untieredBonus() {
    List<Concept> untiered = plan.untiered();
    Query scoring;
    if (untiered.size() == 1) {
      scoring = bm25(untiered.get(0));
    } else {
      BooleanQuery.Builder sum = new BooleanQuery.Builder();
      untiered.forEach(concept -> sum.add(bm25(concept), Occur.SHOULD));
      scoring = sum.build();
    }
    return plan.tiered().isEmpty() ? scoring
        : new BooleanQuery.Builder().add(scoring, Occur.MUST).add(anyTiered(), Occur.FILTER).build();
  }

  /** A concept's BM25 with its typo alternative, down-weighted, for concepts without a tier. */
  private Query bm25(Concept concept) {
    Query exact = matches.query(concept.exact());
    if (concept.typo() == null) {
      return exact;
    }
    return new BooleanQuery.Builder().add(exact, Occur.SHOULD).add(typoBm25(concept), Occur.SHOULD).build();
  }

  /** A concept's typo alternative, down-weighted below the words as typed. */
  private Query typoBm25(Concept concept) {
    return new BoostQuery(matches.query(concept.typo()), QueryPlan.TYPO_WEIGHT);
  }

  /**
   * A tiered concept's one clause: {@link QueryPlan#CONCEPT_TIER} plus {@link
   * QueryPlan#EXACT_TIER} plus its exact BM25 for matching it without a typo (as typed or through
   * an alias); {@link QueryPlan#CONCEPT_TIER} plus its down-weighted typo BM25 for matching it
   * through a typo only. The better of the two counts (a paragraph with the word as typed gains
   * nothing from also holding a near miss of it), which lets Lucene pass the lowest competitive
   * score down to both.
   */
  private Query tiers(Concept concept) {
    Query exact = new TieredQuery(matches.query(concept.exact()), CONCEPT_TIER + EXACT_TIER);
    if (concept.typo() == null) {
      return exact;
    }
    return new DisjunctionMaxQuery(List.of(exact, new TieredQuery(typoBm25(concept), CONCEPT_TIER)), 0f);
  }

  /** A flat disjunction of what the tiered concepts match, exactly or through a typo. */
  private Query anyTiered() {
    return tieredDisjuncts().build();
  }

  /** What the ranking query matches: {@link #anyTiered}, and the proximity phrases when they may match alone. */
  private Query anyMatch() {
    BooleanQuery.Builder any = tieredDisjuncts();
    if (plan.proximityMatchesAlone()) {
      proximity.forEach(phrase -> any.add(phrase, Occur.SHOULD));
    }
    return any.build();
  }

  private BooleanQuery.Builder tieredDisjuncts() {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Concept concept : plan.tiered()) {
      matches.addDisjuncts(concept.exact(), any);
      if (concept.typo() != null) {
        matches.addDisjuncts(concept.typo(), any);
      }
    }
    return any;
  }
}
