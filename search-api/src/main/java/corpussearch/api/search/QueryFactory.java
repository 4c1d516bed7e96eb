package corpussearch.api.search;

import corpussearch.api.search.UserQuery.Group;
import corpussearch.api.search.UserQuery.Part;
import corpussearch.api.search.UserQuery.Scope;
import corpussearch.analysis.AnalyzedTerms;
import corpussearch.indexer.index.IndexSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a parsed {@link UserQuery} into the Lucene query that decides both which paragraphs match
 * and in what order.
 *
 * <p><b>Concepts.</b> The query's text is analysed with the shared analyzer (synonyms included)
 * and cut into concepts: one per word, one per multi-word alias ("Islamic State in Khorasan"),
 * phrase, prefix or {@code OR} group. A paragraph <em>matches</em> when it contains at least one
 * concept that is not a noise word ({@link NoiseWords}); excluded parts remove paragraphs.
 *
 * <p><b>Ranking is lexicographic</b>, like Meilisearch's ranking rules: first the number of
 * concepts matched (each adds {@link #CONCEPT_TIER}), then the number matched exactly rather than
 * through a typo (each adds {@link #EXACT_TIER}), then BM25 over text, title and section plus a
 * proximity bonus for words that stand close together. The tiers are far larger than any BM25
 * sum, so a paragraph with all the concepts always outranks one with some, and an exact match
 * always outranks a typo of the same word.
 *
 * <p><b>Typos</b> follow Meilisearch's defaults: none for words under 5 characters, 1 for 5–8, 2
 * for 9 and more; never inside quoted phrases, prefixes or aliases.
 *
 * <p><b>Long queries</b> are cut down on purpose: a concept typed twice counts once, and the
 * parts of a query share a {@link ClauseBudget}, spent in order of importance, so that no query
 * of a text up to 1,000 characters exceeds Lucene's clause limit.
 */
public final class QueryFactory {

  /** Added once per concept a paragraph matches. */
  public static final float CONCEPT_TIER = 40_000f;
  /** Added once per concept a paragraph matches exactly (not only through a typo). */
  public static final float EXACT_TIER = 1_000f;
  /** Concepts beyond this many only add to BM25, so the tiers cannot overflow float precision. */
  static final int MAX_TIERED_CONCEPTS = 24;

  static final float TITLE_BOOST = 0.6f;
  static final float SECTION_BOOST = 0.4f;
  static final float TYPO_BOOST = 0.3f;
  static final int PROXIMITY_SLOP = 6;
  static final int MAX_PREFIX_TERMS = 64;
  static final int MAX_FUZZY_EXPANSIONS = 32;

  private static final List<WeightedField> ANY_FIELDS =
      List.of(
          new WeightedField(IndexSchema.TEXT, 1f),
          new WeightedField(IndexSchema.TITLE, TITLE_BOOST),
          new WeightedField(IndexSchema.SECTION, SECTION_BOOST));
  private static final List<WeightedField> EXCLUSION_FIELDS =
      List.of(new WeightedField(IndexSchema.TEXT, 1f), new WeightedField(IndexSchema.SECTION, 1f));

  private record WeightedField(String name, float boost) {}

  /**
   * One thing the person asked for.
   *
   * @param exact what matches it, with its BM25: the words as typed (counted twice when there are
   *     aliases) and every alias
   * @param typo its typo alternative, or null
   */
  private record Concept(Query exact, Query typo, boolean noise, Term proximityTerm) {
    Concept(Query exact) {
      this(exact, null, false, null);
    }

    Concept withoutTypo() {
      return new Concept(exact, null, noise, proximityTerm);
    }

    Concept withExact(Query matching) {
      return new Concept(matching, typo, noise, proximityTerm);
    }
  }

  private final QueryBuilder builder;
  private final QueryBuilder asTyped;
  private final Analyzer normalizer;
  private final Analyzer indexAnalyzer;
  private final NoiseWords noiseWords;
  private final StemmedTypos stemmedTypos;
  private final JoinedWords joinedWords;

  /**
   * @param queryAnalyzer the shared analyzer with query-time synonyms
   * @param indexAnalyzer the shared analyzer as query words go through it: no synonyms, a
   *     hyphenated word as its parts only
   */
  public QueryFactory(Analyzer queryAnalyzer, Analyzer indexAnalyzer) {
    this.builder = new QueryBuilder(queryAnalyzer);
    this.builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    this.asTyped = new QueryBuilder(indexAnalyzer);
    this.normalizer = queryAnalyzer;
    this.indexAnalyzer = indexAnalyzer;
    this.noiseWords = NoiseWords.analyzedWith(indexAnalyzer);
    this.stemmedTypos = new StemmedTypos(indexAnalyzer);
    this.joinedWords = new JoinedWords(indexAnalyzer);
  }

  /**
   * The queries of a search for {@code query}.
   *
   * @param typos where typo expansions of the index being searched are remembered
   */
  public SearchQuery build(UserQuery query, TypoExpansions typos) {
    List<Concept> concepts = new ArrayList<>();
    for (Group group : query.groups()) {
      if (group.alternatives().size() == 1) {
        concepts.addAll(conceptsOf(group.alternatives().get(0), typos));
      } else {
        Concept either = alternatives(group.alternatives(), typos);
        if (either != null) {
          concepts.add(either);
        }
      }
    }
    // a person who types a word twice means it once
    List<Concept> distinct = concepts.stream().distinct().toList();
    List<Concept> candidates = tieredConcepts(distinct);
    List<Concept> untiered = distinct.stream().filter(concept -> !candidates.contains(concept)).toList();
    // the budget goes to what matters most first: what matches, what is excluded, typos, bonuses
    ClauseBudget budget = new ClauseBudget();
    List<Concept> tiered = budget.fitting(candidates, Concept::exact);
    List<Query> exclusions = budget.fitting(query.excluded().stream().map(this::exclusion).filter(Objects::nonNull).toList(),
        exclusion -> exclusion);
    tiered = tiered.stream().map(concept -> concept.typo() == null || budget.spend(concept.typo()) ? concept : concept.withoutTypo())
        .toList();
    List<Query> proximity = budget.fitting(proximity(tiered), phrase -> phrase);
    Query anyTiered = tiered.isEmpty() ? null : anyOf(tiered);
    boolean filtered = !untiered.isEmpty() && (anyTiered == null || budget.spend(anyTiered));
    List<Concept> scored = filtered ? budget.fitting(untiered, QueryFactory::bm25) : List.of();
    List<Query> bonuses = new ArrayList<>();
    if (!scored.isEmpty()) {
      bonuses.add(untieredBonus(scored, anyTiered));
    }
    bonuses.addAll(proximity);
    List<Concept> marked = new ArrayList<>(tiered);
    marked.addAll(scored);
    return new SearchQuery(combine(tiered, bonuses, exclusions), matching(tiered, exclusions), highlight(marked),
        topTier(tiered, bonuses, exclusions));
  }

  /**
   * What {@link #combine} matches, as one flat non-scoring disjunction: a flat disjunction is what
   * Lucene's bulk scorer counts fastest, and counting every match is the expensive part of a
   * search over a large index.
   */
  private static Query matching(List<Concept> tiered, List<Query> exclusions) {
    BooleanQuery.Builder matching = new BooleanQuery.Builder();
    matching.add(tiered.isEmpty() ? new MatchAllDocsQuery() : anyOf(tiered), Occur.FILTER);
    exclusions.forEach(exclusion -> matching.add(exclusion, Occur.MUST_NOT));
    return new ConstantScoreQuery(matching.build());
  }

  /** Adds the alternatives of {@code query} to {@code into}, without boosts or nesting. */
  private static void addDisjuncts(Query query, BooleanQuery.Builder into) {
    switch (query) {
      case BoostQuery boosted -> addDisjuncts(boosted.getQuery(), into);
      case DisjunctionMaxQuery max -> max.getDisjuncts().forEach(disjunct -> addDisjuncts(disjunct, into));
      case BooleanQuery bool when bool.getMinimumNumberShouldMatch() == 0
          && bool.clauses().stream().allMatch(clause -> clause.occur() == Occur.SHOULD) ->
          bool.clauses().forEach(clause -> addDisjuncts(clause.query(), into));
      default -> into.add(query, Occur.SHOULD);
    }
  }

  /**
   * The concepts that decide whether a paragraph matches: all but noise words (unless there is
   * nothing else), at most {@link #MAX_TIERED_CONCEPTS}.
   */
  private static List<Concept> tieredConcepts(List<Concept> concepts) {
    boolean allNoise = concepts.stream().allMatch(Concept::noise);
    return concepts.stream().filter(concept -> allNoise || !concept.noise()).limit(MAX_TIERED_CONCEPTS).toList();
  }

  /**
   * What the highlighter marks: every concept once, on the paragraph text only (the only field it
   * marks), so that it builds no weights for title and section words in every highlighted hit.
   */
  private static Query highlight(List<Concept> concepts) {
    BooleanQuery.Builder marked = new BooleanQuery.Builder();
    for (Concept concept : concepts) {
      for (Query query : new Query[] {concept.exact(), concept.typo()}) {
        Query onText = query == null ? null : onText(query);
        if (onText != null) {
          marked.add(onText, Occur.SHOULD);
        }
      }
    }
    return marked.build();
  }

  /** {@code query} without its clauses on fields other than the paragraph text; null if none is left. */
  private static Query onText(Query query) {
    return switch (query) {
      case BoostQuery boosted -> onText(boosted.getQuery());
      case DisjunctionMaxQuery max -> {
        List<Query> kept = max.getDisjuncts().stream().map(QueryFactory::onText).filter(Objects::nonNull).toList();
        yield kept.isEmpty() ? null : new DisjunctionMaxQuery(kept, max.getTieBreakerMultiplier());
      }
      case BooleanQuery bool -> onText(bool);
      default -> fieldsOf(query).contains(IndexSchema.TEXT) ? query : null;
    };
  }

  private static Query onText(BooleanQuery bool) {
    BooleanQuery.Builder kept = new BooleanQuery.Builder();
    int clauses = 0;
    for (BooleanClause clause : bool.clauses()) {
      Query onText = onText(clause.query());
      boolean required = clause.occur() == Occur.MUST || clause.occur() == Occur.FILTER;
      if (onText == null && required) {
        return null;
      }
      if (onText != null && clause.occur() != Occur.MUST_NOT) {
        kept.add(onText, clause.occur());
        clauses++;
      }
    }
    return clauses == 0 ? null : kept.build();
  }

  private static Set<String> fieldsOf(Query query) {
    Set<String> fields = new HashSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        fields.add(field);
        return false;
      }

      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return this;
      }
    });
    return fields;
  }

  /**
   * The ranking query: one flat disjunction with one clause per tiered concept, so that Lucene's
   * top-hits scorers can skip paragraphs whose best possible score cannot enter the top hits (a
   * tier nested under a required clause would hide its maximum from them), and a one-concept query
   * is a single clause that passes the lowest competitive score down to its own terms. Noise words
   * and concepts beyond {@link #MAX_TIERED_CONCEPTS} only add BM25, in paragraphs that match
   * something else.
   */
  private static Query combine(List<Concept> tiered, List<Query> bonuses, List<Query> exclusions) {
    BooleanQuery.Builder ranked = new BooleanQuery.Builder();
    tiered.forEach(concept -> ranked.add(tiers(concept), Occur.SHOULD));
    bonuses.forEach(bonus -> ranked.add(bonus, Occur.SHOULD));
    if (tiered.isEmpty()) {
      ranked.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    exclusions.forEach(exclusion -> ranked.add(exclusion, Occur.MUST_NOT));
    return ranked.build();
  }

  /**
   * The ranking query restricted to paragraphs that match every tiered concept exactly, without
   * the tiers they all share (a lone concept keeps its tier: a {@link TieredQuery} alone skips
   * blocks of paragraphs itself, which a bare disjunction over fields cannot); null when there is
   * nothing to restrict (no concept, or one without typos and bonuses: the ranking query itself).
   */
  private static TopTier topTier(List<Concept> tiered, List<Query> bonuses, List<Query> exclusions) {
    boolean alone = tiered.size() == 1 && bonuses.isEmpty();
    if (tiered.isEmpty() || alone && tiered.get(0).typo() == null) {
      return null;
    }
    BooleanQuery.Builder ranked = new BooleanQuery.Builder();
    List<Query> parts = new ArrayList<>();
    for (Concept concept : tiered) {
      Query exact = concept.exact();
      ranked.add(alone ? new TieredQuery(exact, CONCEPT_TIER + EXACT_TIER) : exact, Occur.MUST);
      parts.add(exact);
      if (concept.typo() != null) {
        parts.add(typoBm25(concept));
      }
    }
    for (Query bonus : bonuses) {
      ranked.add(bonus, Occur.SHOULD);
      parts.add(bonus);
    }
    exclusions.forEach(exclusion -> ranked.add(exclusion, Occur.MUST_NOT));
    float tiers = alone ? 0f : tiered.size() * (CONCEPT_TIER + EXACT_TIER);
    return new TopTier(ranked.build(), tiers, parts, EXACT_TIER);
  }

  /**
   * What concepts without a tier add to a score: their BM25, where a tiered concept matches
   * ({@code anyTiered}; anywhere when null). One clause for all of them, so that the tiered
   * concepts are repeated once as its filter, however many words there are.
   */
  private static Query untieredBonus(List<Concept> untiered, Query anyTiered) {
    Query scoring;
    if (untiered.size() == 1) {
      scoring = bm25(untiered.get(0));
    } else {
      BooleanQuery.Builder sum = new BooleanQuery.Builder();
      untiered.forEach(concept -> sum.add(bm25(concept), Occur.SHOULD));
      scoring = sum.build();
    }
    return anyTiered == null ? scoring : scoredWhere(scoring, anyTiered);
  }

  /** A concept's BM25 with its typo alternative, down-weighted, for concepts without a tier. */
  private static Query bm25(Concept concept) {
    Query exact = concept.exact();
    if (concept.typo() == null) {
      return exact;
    }
    return new BooleanQuery.Builder().add(exact, Occur.SHOULD).add(typoBm25(concept), Occur.SHOULD).build();
  }

  /** A concept's typo alternative, down-weighted below the words as typed. */
  private static Query typoBm25(Concept concept) {
    return new BoostQuery(concept.typo(), TYPO_BOOST);
  }

  /**
   * A tiered concept's one clause: {@link #CONCEPT_TIER} plus {@link #EXACT_TIER} plus its exact
   * BM25 for matching it without a typo (as typed or through an alias); {@link #CONCEPT_TIER} plus
   * its down-weighted typo BM25 for matching it through a typo only. The better of the two counts
   * (a paragraph with the word as typed gains nothing from also holding a near miss of it), which
   * lets Lucene pass the lowest competitive score down to both.
   */
  private static Query tiers(Concept concept) {
    Query exact = new TieredQuery(concept.exact(), CONCEPT_TIER + EXACT_TIER);
    if (concept.typo() == null) {
      return exact;
    }
    Query typo = new TieredQuery(typoBm25(concept), CONCEPT_TIER);
    return new DisjunctionMaxQuery(List.of(exact, typo), 0f);
  }

  /** {@code scoring}'s score, only where {@code where} matches. */
  private static Query scoredWhere(Query scoring, Query where) {
    return new BooleanQuery.Builder().add(scoring, Occur.MUST).add(where, Occur.FILTER).build();
  }

  /** A flat disjunction of what {@code concepts} match, exactly or through a typo. */
  private static Query anyOf(List<Concept> concepts) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Concept concept : concepts) {
      addDisjuncts(concept.exact(), any);
      if (concept.typo() != null) {
        addDisjuncts(concept.typo(), any);
      }
    }
    return any.build();
  }

  /** Adjacent single-word concepts found close together earn a sloppy-phrase bonus. */
  private static List<Query> proximity(List<Concept> concepts) {
    List<Query> phrases = new ArrayList<>();
    Term previous = null;
    for (Concept concept : concepts) {
      Term term = concept.noise() ? null : concept.proximityTerm();
      if (previous != null && term != null) {
        phrases.add(new PhraseQuery(PROXIMITY_SLOP, IndexSchema.TEXT, previous.bytes(), term.bytes()));
      }
      if (!concept.noise()) {
        previous = term;
      }
    }
    return phrases;
  }

  private List<Concept> conceptsOf(Part part, TypoExpansions typos) {
    return switch (part.kind()) {
      case WORDS -> words(part, typos);
      case PHRASE -> single(phrase(part, fieldsOf(part.scope())));
      case PREFIX -> single(prefix(part, fieldsOf(part.scope())));
    };
  }

  private static List<Concept> single(Query query) {
    return query == null ? List.of() : List.of(new Concept(query));
  }

  /**
   * {@code a OR b OR c}: one concept that any alternative satisfies, with as many alternatives as
   * a concept's budget holds ({@link ClauseBudget#PER_CONCEPT}).
   */
  private Concept alternatives(List<Part> parts, TypoExpansions typos) {
    List<Query> exact = new ArrayList<>();
    int clauses = 0;
    for (Part part : parts) {
      List<Concept> concepts = conceptsOf(part, typos);
      Query alternative = switch (concepts.size()) {
        case 0 -> null;
        case 1 -> concepts.get(0).exact();
        default -> {
          BooleanQuery.Builder all = new BooleanQuery.Builder();
          concepts.forEach(concept -> all.add(concept.exact(), Occur.MUST));
          yield all.build();
        }
      };
      clauses += alternative == null ? 0 : ClauseBudget.clauses(alternative);
      if (alternative != null && clauses <= ClauseBudget.PER_CONCEPT) {
        exact.add(alternative);
      }
    }
    return exact.isEmpty() ? null : new Concept(new DisjunctionMaxQuery(exact, 0.1f));
  }

  /**
   * Plain words: analysed per field as a whole (so multi-word aliases are recognised), then cut
   * into concepts. {@link QueryBuilder} with {@link Occur#MUST} returns one MUST clause per
   * position or alias; the same analysis on each field gives clauses in the same order, which are
   * zipped into one concept across the fields.
   */
  private List<Concept> words(Part part, TypoExpansions typos) {
    List<WeightedField> fields = fieldsOf(part.scope());
    List<List<Query>> perField = new ArrayList<>();
    for (WeightedField field : fields) {
      perField.add(clauses(builder.createBooleanQuery(field.name(), part.text(), Occur.MUST)));
    }
    int count = perField.get(0).size();
    List<String> typed = indexTerms(part.text());
    List<Concept> concepts = new ArrayList<>(count + 1);
    for (int i = 0; i < count; i++) {
      List<Query> alternatives = new ArrayList<>();
      for (int f = 0; f < fields.size(); f++) {
        if (perField.get(f).size() == count) {
          alternatives.add(boost(withLiteral(perField.get(f).get(i), typed), fields.get(f).boost()));
        }
      }
      Query text = perField.get(0).get(i);
      Term single = text instanceof TermQuery termQuery ? termQuery.getTerm() : null;
      boolean noise = single != null && noiseWords.contains(single.text());
      Query typo = single == null || noise ? null : typo(single, fields, typos);
      // proximityTerm is also how compound words find their terms, so noise words keep theirs
      Term proximity = single != null && single.field().equals(IndexSchema.TEXT) ? single : null;
      concepts.add(new Concept(new DisjunctionMaxQuery(alternatives, 0.1f), typo, noise, proximity));
    }
    JoinedWords.Matcher matcher = matcher(part.scope(), fields, typos);
    List<Concept> compounds = joinCompoundWords(part, fields, concepts, matcher);
    return joinedWords.pairs(part.text(), compounds, Concept::exact, Concept::withExact,
        matcher, fields.stream().map(WeightedField::name).toList());
  }

  /** How {@link JoinedWords} matches a joined word or a pair of words on {@code fields}. */
  private JoinedWords.Matcher matcher(Scope scope, List<WeightedField> fields, TypoExpansions typos) {
    return new JoinedWords.Matcher() {
      @Override
      public Query word(String word) {
        List<Concept> concepts = words(new Part(UserQuery.Kind.WORDS, scope, word), typos);
        return concepts.size() == 1 ? concepts.get(0).exact() : null;
      }

      @Override
      public Query phrase(String words) {
        // as typed: the pair's aliases are the joined word's, and each alias of a part would add a phrase
        return QueryFactory.this.phrase(asTyped, new Part(UserQuery.Kind.PHRASE, scope, words), fields);
      }
    };
  }

  /**
   * A single typed word that analysis splits ("over-the-horizon", "al-Zawahiri") means one thing,
   * not several: its run of single-term concepts becomes one phrase concept. Aliases are left
   * alone; they are already one concept.
   */
  /**
   * One field's alternatives for a concept, with the alternatives that are the words as typed
   * counted once more, so that among equally ranked paragraphs the words as typed beat an alias of
   * them; without the alias phrases that hold a shorter alternative ({@link Aliases}).
   */
  private static Query withLiteral(Query clause, List<String> typed) {
    Query alternatives = Aliases.withoutSubsumedPhrases(clause, typed);
    Query literal = Aliases.literal(alternatives, typed);
    if (literal == null) {
      return alternatives;
    }
    return new BooleanQuery.Builder().add(alternatives, Occur.SHOULD).add(literal, Occur.SHOULD).build();
  }

  private List<Concept> joinCompoundWords(Part part, List<WeightedField> fields, List<Concept> concepts,
      JoinedWords.Matcher matcher) {
    List<Concept> joined = new ArrayList<>(concepts);
    for (String word : part.text().split("\\s+")) {
      List<String> terms = indexTerms(word);
      if (terms.size() < 2) {
        continue;
      }
      int start = indexOfRun(joined, terms);
      if (start >= 0) {
        Query phrase = phrase(new Part(UserQuery.Kind.PHRASE, part.scope(), word), fields);
        joined.subList(start, start + terms.size()).clear();
        joined.add(start, new Concept(joinedWords.orJoined(phrase, word, matcher)));
      }
    }
    return joined;
  }

  private static int indexOfRun(List<Concept> concepts, List<String> terms) {
    for (int start = 0; start + terms.size() <= concepts.size(); start++) {
      boolean all = true;
      for (int k = 0; k < terms.size() && all; k++) {
        Term term = concepts.get(start + k).proximityTerm();
        all = term != null && term.text().equals(terms.get(k));
      }
      if (all) {
        return start;
      }
    }
    return -1;
  }

  private List<String> indexTerms(String word) {
    return AnalyzedTerms.of(indexAnalyzer, IndexSchema.TEXT, word);
  }


  private static List<Query> clauses(Query query) {
    if (query == null) {
      return List.of();
    }
    if (query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
        && bool.clauses().stream().allMatch(clause -> clause.occur() == Occur.MUST)) {
      return bool.clauses().stream().map(BooleanClause::query).toList();
    }
    return List.of(query);
  }

  /**
   * The typo alternative of {@code term}, on every field the word is searched in (a title that
   * holds the word is as good a match for its typo as for the word itself).
   */
  private Query typo(Term term, List<WeightedField> fields, TypoExpansions typos) {
    int length = term.text().codePointCount(0, term.text().length());
    int edits = length >= 9 ? 2 : length >= 5 ? 1 : 0;
    if (edits == 0) {
      return null;
    }
    List<Query> alternatives = new ArrayList<>();
    for (WeightedField field : fields) {
      Term onField = new Term(field.name(), term.bytes());
      alternatives.add(boost(new TypoQuery(onField, edits, 1, MAX_FUZZY_EXPANSIONS, typos, stemmedTypos), field.boost()));
    }
    return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, 0.1f);
  }

  /**
   * A quoted text as a phrase on {@code fields}, with its aliases; as typed when its aliases would
   * give more variants than a concept's budget ({@link ClauseBudget#PER_CONCEPT}): each alias in a
   * long quote doubles the phrases that spell it.
   */
  private Query phrase(Part part, List<WeightedField> fields) {
    try {
      Query withAliases = phrase(builder, part, fields);
      if (withAliases == null || ClauseBudget.clauses(withAliases) <= ClauseBudget.PER_CONCEPT) {
        return withAliases;
      }
    } catch (IndexSearcher.TooManyClauses tooManyVariants) {
      // more variants than a query may hold: matched as typed
    }
    return phrase(asTyped, part, fields);
  }

  /** A quoted text on {@code fields}, also with any two of its words joined ({@link JoinedWords}). */
  private Query phrase(QueryBuilder builder, Part part, List<WeightedField> fields) {
    List<Query> alternatives = new ArrayList<>();
    List<String> texts = new ArrayList<>(List.of(part.text()));
    texts.addAll(joinedWords.phraseVariants(part.text()));
    for (String text : texts) {
      for (WeightedField field : fields) {
        Query query = builder.createPhraseQuery(field.name(), text);
        if (query != null) {
          alternatives.add(boost(query, field.boost()));
        }
      }
    }
    return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0.1f);
  }

  private Query prefix(Part part, List<WeightedField> fields) {
    List<Query> alternatives = new ArrayList<>();
    for (WeightedField field : fields) {
      BytesRef normalized = normalizer.normalize(field.name(), part.text());
      PrefixQuery query = new PrefixQuery(new Term(field.name(), normalized), new PrefixRewrite(MAX_PREFIX_TERMS));
      alternatives.add(boost(query, field.boost()));
    }
    return new DisjunctionMaxQuery(alternatives, 0.1f);
  }

  private Query exclusion(Part part) {
    List<WeightedField> fields = part.scope() == Scope.ANY ? EXCLUSION_FIELDS : fieldsOf(part.scope());
    return switch (part.kind()) {
      case PREFIX -> prefix(part, fields);
      case WORDS, PHRASE -> phrase(part, fields);
    };
  }

  private static List<WeightedField> fieldsOf(Scope scope) {
    return switch (scope) {
      case ANY -> ANY_FIELDS;
      case TITLE -> List.of(new WeightedField(IndexSchema.TITLE, 1f));
      case AUTHOR -> List.of(new WeightedField(IndexSchema.AUTHOR_TEXT, 1f));
      case OUTLET -> List.of(new WeightedField(IndexSchema.OUTLET_TEXT, 1f));
    };
  }

  private static Query boost(Query query, float boost) {
    return boost == 1f ? query : new BoostQuery(query, boost);
  }
}
