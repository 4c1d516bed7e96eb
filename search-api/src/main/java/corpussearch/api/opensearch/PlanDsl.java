package corpussearch.api.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corpussearch.api.query.Concept;
import corpussearch.api.query.Match;
import corpussearch.api.query.QueryPlan;
import corpussearch.indexer.index.IndexSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link QueryPlan}'s ranking and highlight queries as query DSL, shaped as {@code
 * SearchQueries} shapes its Lucene queries, so that both match the same paragraphs and score them
 * alike: one flat {@code bool} with one {@code should} clause per tiered concept, the bonuses
 * beside them, the exclusions as {@code must_not}.
 *
 * <p>A concept's tier is a {@code constant_score} of its own match added to its BM25 (a {@code
 * bool} of the match and that constant), and a concept with a typo alternative takes the better
 * of its exact and typo tiers through a {@code dis_max}. Lucene's {@code TieredQuery} is one clause
 * with the same score that also tells MaxScore its block maxima; OpenSearch computes the same sum
 * without that shortcut. The top tier ({@code TopTier}) is a way for Lucene to find the same hits
 * faster and is not rendered.
 */
final class PlanDsl {

  private final QueryPlan plan;
  private final MatchDsl matches;

  PlanDsl(QueryPlan plan, MatchDsl matches) {
    this.plan = plan;
    this.matches = matches;
  }

  /** What decides which paragraphs match and in what order: tiers, BM25, bonuses, exclusions. */
  ObjectNode ranking() {
    if (plan.everything()) {
      return Dsl.matchAll();
    }
    Dsl.Bool ranked = Dsl.bool();
    plan.tiered().forEach(concept -> ranked.should(tiers(concept)));
    bonuses().forEach(ranked::should);
    if (plan.tiered().isEmpty()) {
      ranked.must(Dsl.matchAll());
    }
    plan.exclusions().forEach(exclusion -> ranked.mustNot(matches.query(exclusion)));
    return ranked.build();
  }

  /**
   * What the highlighter marks: every concept once, exactly and through its typo, on the paragraph
   * text only; null when nothing is to be marked.
   */
  ObjectNode highlight() {
    Dsl.Bool marked = Dsl.bool();
    boolean any = false;
    List<Concept> concepts = new ArrayList<>(plan.tiered());
    concepts.addAll(plan.untiered());
    for (Concept concept : concepts) {
      for (Match match : new Match[] {concept.exact(), concept.typo()}) {
        ObjectNode onText = match == null ? null : matches.onText(match);
        if (onText != null) {
          marked.should(onText);
          any = true;
        }
      }
    }
    return any ? marked.build() : null;
  }

  private List<ObjectNode> bonuses() {
    List<ObjectNode> bonuses = new ArrayList<>();
    if (!plan.untiered().isEmpty()) {
      bonuses.add(untieredBonus());
    }
    plan.proximity().forEach(phrase -> bonuses.add(matches.phrase(phrase, IndexSchema.TEXT)));
    return bonuses;
  }

  /** The BM25 of the untiered concepts, where a tiered concept matches (anywhere when there is none). */
  private ObjectNode untieredBonus() {
    List<Concept> untiered = plan.untiered();
    ObjectNode scoring;
    if (untiered.size() == 1) {
      scoring = bm25(untiered.get(0));
    } else {
      Dsl.Bool sum = Dsl.bool();
      untiered.forEach(concept -> sum.should(bm25(concept)));
      scoring = sum.build();
    }
    return plan.tiered().isEmpty() ? scoring : Dsl.bool().must(scoring).filter(anyTiered()).build();
  }

  private ObjectNode bm25(Concept concept) {
    ObjectNode exact = matches.query(concept.exact());
    return concept.typo() == null ? exact : Dsl.bool().should(exact).should(typoBm25(concept)).build();
  }

  private ObjectNode typoBm25(Concept concept) {
    return Dsl.weighted(matches.query(concept.typo()), QueryPlan.TYPO_WEIGHT);
  }

  /**
   * A tiered concept's clause: both tiers plus its exact BM25 when it matches without a typo,
   * the concept tier plus its down-weighted typo BM25 when only through a typo; the better counts.
   */
  private ObjectNode tiers(Concept concept) {
    ObjectNode exact = tier(matches.query(concept.exact()), QueryPlan.CONCEPT_TIER + QueryPlan.EXACT_TIER);
    if (concept.typo() == null) {
      return exact;
    }
    return Dsl.disMax(List.of(exact, tier(typoBm25(concept), QueryPlan.CONCEPT_TIER)), 0f);
  }

  /** {@code scoring}'s matches, scored {@code tier} plus {@code scoring}'s score. */
  private static ObjectNode tier(ObjectNode scoring, float tier) {
    return Dsl.bool().must(scoring).should(Dsl.constantScore(scoring, tier)).build();
  }

  /** A flat disjunction of what the tiered concepts match, exactly or through a typo. */
  private ObjectNode anyTiered() {
    List<ObjectNode> disjuncts = new ArrayList<>();
    for (Concept concept : plan.tiered()) {
      matches.addDisjuncts(concept.exact(), disjuncts);
      if (concept.typo() != null) {
        matches.addDisjuncts(concept.typo(), disjuncts);
      }
    }
    Dsl.Bool any = Dsl.bool();
    disjuncts.forEach(any::should);
    return any.build();
  }
}
