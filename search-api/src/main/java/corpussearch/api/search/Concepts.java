package corpussearch.api.search;

import corpussearch.api.query.Concept;
import corpussearch.api.query.FieldWeight;
import corpussearch.api.query.Match;
import corpussearch.api.search.UserQuery.Part;
import corpussearch.api.search.UserQuery.Scope;
import corpussearch.analysis.AnalyzedTerms;
import corpussearch.indexer.index.IndexSchema;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * The concepts of the parts of a parsed query: each part analysed once with the shared analyzer
 * (synonyms included) and cut into the concepts of a {@link corpussearch.api.query.QueryPlan}.
 *
 * <p><b>Typos</b> follow Meilisearch's defaults: none for words under 5 characters, 1 for 5–8, 2
 * for 9 and more; never inside quoted phrases, prefixes or aliases; on every field the word is
 * searched in (a title that holds the word is as good a match for its typo as for the word).
 *
 * <p>Words written joined, hyphenated or apart match each other ({@link JoinedWords}).
 */
final class Concepts {

  static final float TITLE_WEIGHT = 0.3f;
  static final float SECTION_WEIGHT = 0.4f;
  static final int MAX_PREFIX_TERMS = 64;
  static final int MAX_TYPO_EXPANSIONS = 32;

  private static final List<FieldWeight> ANY_FIELDS = List.of(new FieldWeight(IndexSchema.TEXT, 1f),
      new FieldWeight(IndexSchema.TITLE, TITLE_WEIGHT), new FieldWeight(IndexSchema.SECTION, SECTION_WEIGHT));
  private static final List<FieldWeight> EXCLUSION_FIELDS =
      List.of(new FieldWeight(IndexSchema.TEXT, 1f), new FieldWeight(IndexSchema.SECTION, 1f));

  private final TextAnalysis withAliases;
  private final TextAnalysis asTyped;
  private final Analyzer normalizer;
  private final Analyzer indexAnalyzer;
  private final NoiseWords noiseWords;
  private final JoinedWords joinedWords;

  /**
   * @param queryAnalyzer the shared analyzer with query-time synonyms
   * @param indexAnalyzer the shared analyzer as query words go through it: no synonyms, a
   *     hyphenated word as its parts only
   */
  Concepts(Analyzer queryAnalyzer, Analyzer indexAnalyzer) {
    this.withAliases = new TextAnalysis(queryAnalyzer, IndexSchema.TEXT);
    this.asTyped = new TextAnalysis(indexAnalyzer, IndexSchema.TEXT);
    this.normalizer = queryAnalyzer;
    this.indexAnalyzer = indexAnalyzer;
    this.noiseWords = NoiseWords.analyzedWith(indexAnalyzer);
    this.joinedWords = new JoinedWords(indexAnalyzer);
  }

  /** The concepts of one part: one per word or multi-word alias, or one phrase or prefix. */
  List<Concept> of(Part part) {
    return switch (part.kind()) {
      case WORDS -> words(part);
      case PHRASE -> single(phrase(part, fieldsOf(part.scope())));
      case PREFIX -> single(prefix(part, fieldsOf(part.scope())));
    };
  }

  /**
   * {@code a OR b OR c}: one concept that any alternative satisfies, with as many alternatives as
   * a concept's budget holds ({@link ClauseBudget#PER_CONCEPT}); null when none has a word.
   */
  Concept alternatives(List<Part> parts) {
    List<Match> exact = new ArrayList<>();
    int clauses = 0;
    for (Part part : parts) {
      List<Concept> concepts = of(part);
      Match alternative = switch (concepts.size()) {
        case 0 -> null;
        case 1 -> concepts.get(0).exact();
        default -> Match.allOf(concepts.stream().map(Concept::exact).toList());
      };
      clauses += alternative == null ? 0 : alternative.clauses();
      if (alternative != null && clauses <= ClauseBudget.PER_CONCEPT) {
        exact.add(alternative);
      }
    }
    return exact.isEmpty() ? null : new Concept(Match.best(exact));
  }

  /** What an excluded part matches: the paragraph text and headings when typed without a scope. */
  Match exclusion(Part part) {
    List<FieldWeight> fields = part.scope() == Scope.ANY ? EXCLUSION_FIELDS : fieldsOf(part.scope());
    return switch (part.kind()) {
      case PREFIX -> prefix(part, fields);
      case WORDS, PHRASE -> phrase(part, fields);
    };
  }

  private static List<Concept> single(Match match) {
    return match == null ? List.of() : List.of(new Concept(match));
  }

  /**
   * Plain words: analysed as a whole (so multi-word aliases are recognised), one concept per
   * position or alias, each searched on every field of the part's scope.
   */
  private List<Concept> words(Part part) {
    List<FieldWeight> fields = fieldsOf(part.scope());
    List<String> typed = indexTerms(part.text());
    List<Concept> concepts = new ArrayList<>();
    for (Match analysed : withAliases.words(part.text())) {
      String single = analysed instanceof Match.Term term ? term.term() : null;
      boolean noise = single != null && noiseWords.contains(single);
      Match typo = single == null || noise ? null : typo(single, fields);
      // the word is also how compound words find their terms, so noise words keep theirs
      String word = single != null && fields.get(0).field().equals(IndexSchema.TEXT) ? single : null;
      concepts.add(new Concept(new Match.OnFields(fields, Aliases.withLiteral(analysed, typed)), typo, noise, word));
    }
    JoinedWords.Matcher matcher = matcher(part.scope(), fields);
    return joinedWords.pairs(part.text(), joinCompoundWords(part, fields, concepts, matcher), matcher, fields);
  }

  /** How {@link JoinedWords} matches a joined word or a pair of words on {@code fields}. */
  private JoinedWords.Matcher matcher(Scope scope, List<FieldWeight> fields) {
    return new JoinedWords.Matcher() {
      @Override
      public Match word(String word) {
        List<Concept> concepts = words(new Part(UserQuery.Kind.WORDS, scope, word));
        return concepts.size() == 1 ? concepts.get(0).exact() : null;
      }

      @Override
      public Match phrase(String words) {
        // as typed: the pair's aliases are the joined word's, and each alias of a part would add a phrase
        return Concepts.this.phrase(asTyped, words, fields, Integer.MAX_VALUE);
      }
    };
  }

  /**
   * A single typed word that analysis splits ("over-the-horizon", "al-Zawahiri") means one thing,
   * not several: its run of single-word concepts becomes one phrase concept. Aliases are left
   * alone; they are already one concept.
   */
  private List<Concept> joinCompoundWords(Part part, List<FieldWeight> fields, List<Concept> concepts,
      JoinedWords.Matcher matcher) {
    List<Concept> joined = new ArrayList<>(concepts);
    for (String word : part.text().split("\\s+")) {
      List<String> terms = indexTerms(word);
      int start = terms.size() < 2 ? -1 : indexOfRun(joined, terms);
      if (start >= 0) {
        Match phrase = phrase(new Part(UserQuery.Kind.PHRASE, part.scope(), word), fields);
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
        all = terms.get(k).equals(concepts.get(start + k).word());
      }
      if (all) {
        return start;
      }
    }
    return -1;
  }

  private List<String> indexTerms(String text) {
    return AnalyzedTerms.of(indexAnalyzer, IndexSchema.TEXT, text);
  }

  /** The typo alternative of {@code term}: one per field, the best counting; null for a short word. */
  private static Match typo(String term, List<FieldWeight> fields) {
    int length = term.codePointCount(0, term.length());
    int edits = length >= 9 ? 2 : length >= 5 ? 1 : 0;
    if (edits == 0) {
      return null;
    }
    List<Match> typos = fields.stream().map(field -> (Match) new Match.Typo(field, term, edits, 1, MAX_TYPO_EXPANSIONS)).toList();
    return typos.size() == 1 ? typos.get(0) : Match.best(typos);
  }

  /**
   * A quoted text as a phrase on {@code fields}, with its aliases; as typed when its aliases would
   * give more variants than a concept's budget ({@link ClauseBudget#PER_CONCEPT}): each alias in a
   * long quote doubles the phrases that spell it. Null when it holds no word.
   */
  private Match phrase(Part part, List<FieldWeight> fields) {
    try {
      Match spelled = phrase(withAliases, part.text(), fields, ClauseBudget.PER_CONCEPT);
      if (spelled == null || spelled.clauses() <= ClauseBudget.PER_CONCEPT) {
        return spelled;
      }
    } catch (TextAnalysis.TooManyVariants tooMany) {
      // more variants than a concept may hold: matched as typed
    }
    return phrase(asTyped, part.text(), fields, Integer.MAX_VALUE);
  }

  /**
   * {@code text} as a phrase on {@code fields}, also with any two or three of its words joined
   * ({@link JoinedWords#phraseVariants}) and each word also as its parts where the index holds them
   * ({@link Match.Phrase#parts}), the best spelling on any field counting; null when it holds no word.
   */
  private Match phrase(TextAnalysis analysis, String text, List<FieldWeight> fields, int maxVariants) {
    List<String> texts = new ArrayList<>(List.of(text));
    texts.addAll(joinedWords.phraseVariants(text));
    List<Match> spellings = new ArrayList<>();
    for (String spelling : texts) {
      Match phrase = analysis.phrase(spelling, 0, maxVariants);
      if (phrase != null) {
        spellings.add(phrase instanceof Match.Phrase words ? words.withParts() : phrase);
      }
    }
    return switch (spellings.size()) {
      case 0 -> null;
      case 1 -> new Match.OnFields(fields, spellings.get(0));
      default -> new Match.OnFields(fields, Match.best(spellings));
    };
  }

  private Match prefix(Part part, List<FieldWeight> fields) {
    String normalized = normalizer.normalize(IndexSchema.TEXT, part.text()).utf8ToString();
    return new Match.OnFields(fields, new Match.Prefix(normalized, MAX_PREFIX_TERMS));
  }

  private static List<FieldWeight> fieldsOf(Scope scope) {
    return switch (scope) {
      case ANY -> ANY_FIELDS;
      case TITLE -> List.of(new FieldWeight(IndexSchema.TITLE, 1f));
      case AUTHOR -> List.of(new FieldWeight(IndexSchema.AUTHOR_TEXT, 1f));
      case OUTLET -> List.of(new FieldWeight(IndexSchema.OUTLET_TEXT, 1f));
    };
  }
}
