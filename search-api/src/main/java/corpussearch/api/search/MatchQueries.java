package corpussearch.api.search;

import corpussearch.api.query.FieldWeight;
import corpussearch.api.query.Match;
import corpussearch.api.query.QueryPlan;
import corpussearch.indexer.index.IndexSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The {@link Match}es of one {@link QueryPlan} as Lucene queries: whole, on the paragraph text
 * only (for the highlighter), or as the flat list of their alternatives (for counting). A typo
 * becomes one {@link TypoQuery} however often the plan's queries hold it, so that it expands once
 * per search; a typo none of whose words is close enough falls back to the stems of its surface
 * forms ({@link StemmedTypos}).
 */
final class MatchQueries {

  private final TypoExpansions typos;
  private final Map<Match.Typo, Query> typoQueries = new HashMap<>();

  /** @param typos where typo expansions of the index being searched are remembered */
  MatchQueries(TypoExpansions typos) {
    this.typos = typos;
  }

  /** {@code match} (bound to its fields: an {@link Match.OnFields}, a group of them, or a typo) as a query. */
  Query query(Match match) {
    return render(match, false);
  }

  /** {@code match} without what it matches on fields other than the paragraph text; null if nothing is left. */
  Query onText(Match match) {
    return render(match, true);
  }

  /**
   * Adds the alternatives of {@code match} to {@code into} as SHOULD clauses, without weights or
   * nesting: a flat disjunction is what Lucene's bulk scorer counts fastest.
   */
  void addDisjuncts(Match match, BooleanQuery.Builder into) {
    switch (match) {
      case Match.Group best when best.is(Match.Combine.BEST) -> best.members().forEach(alternative -> addDisjuncts(alternative, into));
      case Match.OnFields on -> on.fields().forEach(field -> addDisjuncts(on.match(), field.field(), into));
      case Match.Typo typo -> into.add(typo(typo), Occur.SHOULD);
      default -> into.add(query(match), Occur.SHOULD);
    }
  }

  private void addDisjuncts(Match match, String field, BooleanQuery.Builder into) {
    if (match instanceof Match.Group any) {
      any.members().forEach(alternative -> addDisjuncts(alternative, field, into));
    } else {
      into.add(onField(match, field), Occur.SHOULD);
    }
  }

  private Query render(Match match, boolean textOnly) {
    return switch (match) {
      // a quoted text's spellings: every spelling on every field, one flat choice
      case Match.OnFields on when on.match() instanceof Match.Group spellings && spellings.is(Match.Combine.BEST) -> best(
          spellings.members().stream().flatMap(spelling -> onFields(new Match.OnFields(on.fields(), spelling), textOnly)).toList());
      case Match.OnFields on -> best(onFields(on, textOnly).toList());
      case Match.Group best when best.is(Match.Combine.BEST) ->
          best(best.members().stream().map(part -> render(part, textOnly)).filter(Objects::nonNull).toList());
      case Match.Group all when all.is(Match.Combine.ALL) -> all(all.members().stream().map(part -> render(part, textOnly)).toList());
      case Match.Typo typo -> !textOnly ? weighted(typo(typo), typo.field())
          : typo.field().field().equals(IndexSchema.TEXT) ? typo(typo) : null;
      case Match.Without without -> without(without, textOnly);
      case Match.IfIndexed either -> textOnly && !either.fields().contains(IndexSchema.TEXT) ? null : ifIndexed(either);
      default -> throw new IllegalArgumentException("not bound to fields: " + match);
    };
  }

  /**
   * {@code either} decided against the index searched; whole on the paragraph text too, since
   * which of its outcomes holds is known only then.
   */
  private Query ifIndexed(Match.IfIndexed either) {
    List<Term> probes = either.fields().stream().map(field -> new Term(field, either.word())).toList();
    return new IfIndexedQuery(probes, query(either.present()), query(either.absent()));
  }

  /** {@code on}'s match on each of its fields (the paragraph text only if {@code textOnly}), weighted. */
  private Stream<Query> onFields(Match.OnFields on, boolean textOnly) {
    return on.fields().stream().filter(field -> !textOnly || field.field().equals(IndexSchema.TEXT))
        .map(field -> weighted(onField(on.match(), field.field()), field));
  }

  /**
   * What {@code without} matches; on the paragraph text, what it matches there (what it must
   * not match is no mark).
   */
  private Query without(Match.Without without, boolean textOnly) {
    Query match = render(without.match(), textOnly);
    if (match == null) {
      return null;
    }
    BooleanQuery.Builder unless = new BooleanQuery.Builder().add(match, Occur.MUST);
    return textOnly ? unless.build() : unless.add(render(without.unless(), false), Occur.MUST_NOT).build();
  }

  /** A match inside {@link Match.OnFields}, on {@code field}. */
  private Query onField(Match match, String field) {
    return switch (match) {
      case Match.Term term -> new TermQuery(new Term(field, term.term()));
      case Match.SameWord same -> {
        SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
        same.terms().forEach(term -> synonyms.addTerm(new Term(field, term)));
        yield synonyms.build();
      }
      case Match.Phrase phrase -> phrase(phrase, field);
      case Match.Prefix prefix -> new PrefixQuery(new Term(field, prefix.prefix()), new PrefixRewrite(prefix.maxTerms()));
      case Match.Group any when any.is(Match.Combine.ANY) -> {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        any.members().forEach(alternative -> either.add(onField(alternative, field), Occur.SHOULD));
        yield either.build();
      }
      default -> throw new IllegalArgumentException("bound to fields of its own: " + match);
    };
  }

  static Query phrase(Match.Phrase phrase, String field) {
    if (phrase.parts()) {
      return new PartsPhraseQuery(field, phrase);
    }
    List<List<String>> positions = phrase.positions();
    if (!phrase.hasAlternatives()) {
      PhraseQuery.Builder words = new PhraseQuery.Builder().setSlop(phrase.slop());
      for (int i = 0; i < positions.size(); i++) {
        words.add(new Term(field, positions.get(i).get(0)), i);
      }
      return words.build();
    }
    MultiPhraseQuery.Builder words = new MultiPhraseQuery.Builder().setSlop(phrase.slop());
    for (int i = 0; i < positions.size(); i++) {
      words.add(positions.get(i).stream().map(word -> new Term(field, word)).toArray(Term[]::new), i);
    }
    return words.build();
  }

  private Query typo(Match.Typo typo) {
    return typoQueries.computeIfAbsent(typo, key -> new TypoQuery(new Term(key.field().field(), key.term()),
        key.maxEdits(), key.prefixLength(), key.maxExpansions(), typos, StemmedTypos.shared()));
  }

  private static Query best(List<Query> alternatives) {
    return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, QueryPlan.TIE_BREAKER);
  }

  private static Query all(List<Query> parts) {
    if (parts.contains(null)) {
      return null;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    parts.forEach(part -> all.add(part, Occur.MUST));
    return all.build();
  }

  private static Query weighted(Query query, FieldWeight field) {
    return field.weight() == 1f ? query : new BoostQuery(query, field.weight());
  }
}
