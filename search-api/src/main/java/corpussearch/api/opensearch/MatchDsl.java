package corpussearch.api.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corpussearch.api.query.Match;
import corpussearch.api.query.PhraseSpellings;
import corpussearch.api.query.QueryPlan;
import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@link Match}es of one plan as query DSL clauses, clause for clause as {@code MatchQueries}
 * renders them for Lucene: whole, on the paragraph text only (for the highlighter), or as the
 * flat list of their alternatives. What the index holds ({@link Vocabulary}) is known beforehand,
 * so {@link Match.IfIndexed} and phrases with parts are decided while rendering.
 *
 * <p>Words are the plan's analysed terms and must reach the index as they are: {@code term},
 * {@code prefix} and {@code fuzzy} take them unanalysed, and a synonym set or phrase goes through
 * {@link OpenSearchFields#TERMS_ANALYZER}, which stacks and orders them without changing them.
 */
final class MatchDsl {

  private final Map<Vocabulary.Probe, Long> counts;

  /** @param counts the answers to {@link Vocabulary#next}'s probes in the index searched */
  MatchDsl(Map<Vocabulary.Probe, Long> counts) {
    this.counts = Map.copyOf(counts);
  }

  /** {@code match} (bound to its fields) as a clause. */
  ObjectNode query(Match match) {
    return render(match, false);
  }

  /** {@code match} without what it matches on fields other than the paragraph text; null if nothing is left. */
  ObjectNode onText(Match match) {
    return render(match, true);
  }

  /** The alternatives of {@code match}, without weights or nesting, added to {@code into}. */
  void addDisjuncts(Match match, List<ObjectNode> into) {
    switch (match) {
      case Match.Group best when best.is(Match.Combine.BEST) -> best.members().forEach(alternative -> addDisjuncts(alternative, into));
      case Match.OnFields on -> on.fields().forEach(field -> addDisjuncts(on.match(), field.field(), into));
      case Match.Typo typo -> into.add(typo(typo));
      default -> into.add(query(match));
    }
  }

  private void addDisjuncts(Match match, String field, List<ObjectNode> into) {
    if (match instanceof Match.Group any) {
      any.members().forEach(alternative -> addDisjuncts(alternative, field, into));
    } else {
      into.add(onField(match, field));
    }
  }

  private ObjectNode render(Match match, boolean textOnly) {
    return switch (match) {
      // a quoted text's spellings: every spelling on every field, one flat choice
      case Match.OnFields on when on.match() instanceof Match.Group spellings && spellings.is(Match.Combine.BEST) -> best(
          spellings.members().stream().flatMap(spelling -> onFields(new Match.OnFields(on.fields(), spelling), textOnly)).toList());
      case Match.OnFields on -> best(onFields(on, textOnly).toList());
      case Match.Group best when best.is(Match.Combine.BEST) ->
          best(best.members().stream().map(part -> render(part, textOnly)).filter(Objects::nonNull).toList());
      case Match.Group all when all.is(Match.Combine.ALL) -> all(all.members().stream().map(part -> render(part, textOnly)).toList());
      case Match.Typo typo -> !textOnly ? Dsl.weighted(typo(typo), typo.field().weight())
          : typo.field().field().equals(IndexSchema.TEXT) ? typo(typo) : null;
      case Match.Without without -> without(without, textOnly);
      // whole on the paragraph text too, as Lucene's highlighter sees it once decided
      case Match.IfIndexed either -> textOnly && !either.fields().contains(IndexSchema.TEXT) ? null : query(decided(either));
      default -> throw new IllegalArgumentException("not bound to fields: " + match);
    };
  }

  /** The outcome of {@code either} in the index searched. */
  private Match decided(Match.IfIndexed either) {
    boolean present = either.fields().stream().anyMatch(field -> held(Vocabulary.Probe.term(field, either.word())));
    return present ? either.present() : either.absent();
  }

  private Stream<ObjectNode> onFields(Match.OnFields on, boolean textOnly) {
    return on.fields().stream().filter(field -> !textOnly || field.field().equals(IndexSchema.TEXT))
        .map(field -> Dsl.weighted(onField(on.match(), field.field()), field.weight()));
  }

  private ObjectNode without(Match.Without without, boolean textOnly) {
    ObjectNode match = render(without.match(), textOnly);
    if (match == null) {
      return null;
    }
    Dsl.Bool unless = Dsl.bool().must(match);
    return textOnly ? unless.build() : unless.mustNot(render(without.unless(), false)).build();
  }

  /** A match inside {@link Match.OnFields}, on {@code field}. */
  private ObjectNode onField(Match match, String field) {
    return switch (match) {
      case Match.Term term -> Dsl.term(field, term.term());
      // one position of several words: Lucene's synonym query, as the match query builds it from stacked tokens
      case Match.SameWord same -> Dsl.onField("match", field, Dsl.JSON.objectNode()
          .put("query", position(same.terms())).put("analyzer", OpenSearchFields.TERMS_ANALYZER));
      case Match.Phrase phrase -> phrase(phrase, field);
      case Match.Prefix prefix -> Dsl.onField("prefix", field, Dsl.JSON.objectNode()
          .put("value", prefix.prefix()).put("rewrite", "top_terms_blended_freqs_" + prefix.maxTerms()));
      case Match.Group any when any.is(Match.Combine.ANY) -> {
        Dsl.Bool either = Dsl.bool();
        any.members().forEach(alternative -> either.should(onField(alternative, field)));
        yield either.build();
      }
      default -> throw new IllegalArgumentException("bound to fields of its own: " + match);
    };
  }

  /** {@code phrase} on {@code field}: with parts, the best of its spellings in the index searched. */
  ObjectNode phrase(Match.Phrase phrase, String field) {
    if (!phrase.parts()) {
      return Dsl.onField("match_phrase", field, Dsl.JSON.objectNode().put("query", words(phrase))
          .put("slop", phrase.slop()).put("analyzer", OpenSearchFields.TERMS_ANALYZER));
    }
    List<Match.Phrase> spellings;
    try {
      spellings = PhraseSpellings.of(phrase, word -> held(Vocabulary.Probe.term(field, word)));
    } catch (IOException cannotHappen) {
      throw new UncheckedIOException(cannotHappen); // a set is asked, not an index
    }
    List<ObjectNode> phrases = spellings.stream().map(spelling -> phrase(spelling, field)).toList();
    return phrases.size() == 1 ? phrases.get(0) : Dsl.disMax(phrases, 0f);
  }

  /**
   * A typo as {@code fuzzy}: the plan's edits (its {@code AUTO:5,9} rule, already applied to the
   * word), prefix and expansions; OpenSearch's default rewrite for it is Lucene's blended top
   * terms, as {@code TypoQuery}'s. Where the index holds no word that close and the paragraph text
   * not the word itself, the stems of its one-edit variants that the index holds instead, the most
   * frequent first, as one synonym set weighted by their similarity ({@code TypoQuery} blends them).
   */
  private ObjectNode typo(Match.Typo typo) {
    if (Boolean.TRUE.equals(Vocabulary.fallsBackToStems(typo, counts))) {
      List<String> stems = Vocabulary.stems(typo).stream().filter(this::held)
          .sorted(Comparator.comparingLong((Vocabulary.Probe stem) -> counts.get(stem)).reversed())
          .limit(typo.maxExpansions()).map(Vocabulary.Probe::word).toList();
      if (!stems.isEmpty()) {
        float similarity = 1f - 1f / Math.max(1, typo.term().length());
        return Dsl.onField("match", typo.field().field(), Dsl.JSON.objectNode().put("query", position(stems))
            .put("analyzer", OpenSearchFields.TERMS_ANALYZER).put("boost", similarity));
      }
    }
    return Dsl.onField("fuzzy", typo.field().field(), Dsl.JSON.objectNode().put("value", typo.term())
        .put("fuzziness", Integer.toString(typo.maxEdits())).put("prefix_length", typo.prefixLength())
        .put("max_expansions", typo.maxExpansions()).put("transpositions", true));
  }

  private boolean held(Vocabulary.Probe probe) {
    return counts.getOrDefault(probe, 0L) > 0;
  }

  private static ObjectNode best(List<ObjectNode> alternatives) {
    return alternatives.isEmpty() ? null : Dsl.disMax(alternatives, QueryPlan.TIE_BREAKER);
  }

  private static ObjectNode all(List<ObjectNode> parts) {
    if (parts.contains(null)) {
      return null;
    }
    Dsl.Bool all = Dsl.bool();
    parts.forEach(all::must);
    return all.build();
  }

  private static String words(Match.Phrase phrase) {
    return phrase.positions().stream().map(MatchDsl::position).collect(Collectors.joining(" "));
  }

  private static String position(List<String> words) {
    return words.stream().map(MatchDsl::checked).collect(Collectors.joining(OpenSearchFields.SAME_POSITION));
  }

  /**
   * {@code word}, which must reach {@link OpenSearchFields#TERMS_ANALYZER} as one word: the
   * corpus analyzer's words hold no white space and no {@value OpenSearchFields#SAME_POSITION}
   * (a property test checks it), so this fails only on a plan built by hand.
   */
  private static String checked(String word) {
    if (word.isEmpty() || word.chars().anyMatch(c -> Character.isWhitespace(c) || c == OpenSearchFields.SAME_POSITION.charAt(0))) {
      throw new IllegalArgumentException("not an analysed word: \"" + word + "\"");
    }
    return word;
  }
}
