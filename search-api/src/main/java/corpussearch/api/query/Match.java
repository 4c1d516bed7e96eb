package corpussearch.api.query;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one concept, exclusion or bonus of a {@link QueryPlan} matches, independent of any search
 * backend: analysed terms, how they combine, and on which fields with which weights. A renderer
 * turns each kind into its own backend's query (a Lucene {@code TermQuery}, an OpenSearch
 * {@code term}, and so on); the kinds are chosen so that a renderer never needs to look inside one
 * it has rendered.
 *
 * <p>A {@link Group} is equal to another of the same members in any order, so that a concept
 * typed twice with its aliases in another order is still one concept.
 *
 * <p>The kinds inside {@link OnFields} ({@link Term}, {@link SameWord}, {@link Phrase}, {@link
 * Prefix}, and a {@link Group} of them) name no field: they are rendered once per field of the
 * {@code OnFields} around them. A {@link Combine#BEST} group there is the best of its members on
 * any of the fields (every member on every field, one flat choice): the spellings of a quoted text.
 */
public sealed interface Match {

  /**
   * The clauses this match holds once expanded, counted as Lucene counts them against its clause
   * limit (which OpenSearch shares): a term, a synonym set or a phrase is one, a phrase with
   * several words at a position one per position, a prefix or typo as many words as it may
   * expand to.
   */
  int clauses();

  /**
   * Whether what {@code match} matches depends on whether a word is in the index searched: it
   * holds an {@link IfIndexed} somewhere.
   */
  static boolean dependsOnIndex(Match match) {
    return switch (match) {
      case IfIndexed either -> true;
      case OnFields on -> dependsOnIndex(on.match());
      case Group group -> group.members().stream().anyMatch(Match::dependsOnIndex);
      case Without without -> dependsOnIndex(without.match()) || dependsOnIndex(without.unless());
      default -> false;
    };
  }

  /** One analysed word. */
  record Term(String term) implements Match {
    @Override
    public int clauses() {
      return 1;
    }
  }

  /**
   * Words at one position (one-word aliases: "usa", "america"), scored as one word whose
   * frequency is that of them all; kept in code point order (the order of their UTF-8 bytes), so
   * that the same words are the same value.
   */
  record SameWord(List<String> terms) implements Match {
    private static final Comparator<String> CODE_POINTS = (a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());

    public SameWord {
      terms = terms.stream().sorted(CODE_POINTS).toList();
    }

    @Override
    public int clauses() {
      return 1;
    }
  }

  /**
   * Words in order, at most {@code slop} moves apart; a position may hold several words (any of
   * them counts there). With {@code parts}, a position's one word also matches as the two or three
   * words that join to it where the index holds them in a row ("alqaeda" as "al qaeda", which is
   * also how "al-Qaeda" is indexed): a quoted word typed joined finds it hyphenated or apart.
   */
  record Phrase(List<List<String>> positions, int slop, boolean parts) implements Match {
    /** Most spellings with parts that one phrase may expand to, beside the phrase as typed. */
    public static final int MAX_PART_SPELLINGS = 3;

    public Phrase {
      positions = positions.stream().map(List::copyOf).toList();
    }

    /** Words in order, each only as itself. */
    public Phrase(List<List<String>> positions, int slop) {
      this(positions, slop, false);
    }

    /** This phrase, its words also matching as their parts; as it is when a position holds several words. */
    public Phrase withParts() {
      return hasAlternatives() ? this : new Phrase(positions, slop, true);
    }

    /** Whether some position holds more than one word. */
    public boolean hasAlternatives() {
      return positions.stream().anyMatch(words -> words.size() > 1);
    }

    /** The words, one per position (for a phrase without alternatives). */
    public List<String> words() {
      return positions.stream().map(words -> words.get(0)).toList();
    }

    @Override
    public int clauses() {
      return hasAlternatives() ? positions.size() : parts ? 1 + MAX_PART_SPELLINGS : 1;
    }
  }

  /** The {@code maxTerms} most frequent words that start with {@code prefix} (normalised). */
  record Prefix(String prefix, int maxTerms) implements Match {
    @Override
    public int clauses() {
      return maxTerms;
    }
  }

  /**
   * The closest words of the index within {@code maxEdits} edits of {@code term} (the first
   * {@code prefixLength} characters unchanged), at most {@code maxExpansions} of them, on one
   * field; when none is that close, the index's stems of the words one edit from {@code term}
   * (a surface-form typo of a word the stemmer changes). A concept's typo alternative is one per
   * field it searches, the best of them counting.
   */
  record Typo(FieldWeight field, String term, int maxEdits, int prefixLength, int maxExpansions) implements Match {
    @Override
    public int clauses() {
      return maxExpansions;
    }
  }

  /**
   * {@code match} where {@code unless} does not match: a word written joined, which the index
   * also holds for its hyphenated parts, scores through its parts there and through the joined
   * form only where the parts are not found together.
   */
  record Without(Match match, Match unless) implements Match {
    @Override
    public int clauses() {
      return match.clauses() + unless.clauses();
    }
  }

  /**
   * {@code present} where the index searched holds the analysed word {@code word} on any of
   * {@code fields}, else {@code absent}: two typed words searched as the one word the index holds
   * for them ("ISIS K" for "ISIS-K") only when it holds it. Counted as both, which it may be
   * before the index decides.
   */
  record IfIndexed(List<String> fields, String word, Match present, Match absent) implements Match {
    public IfIndexed {
      fields = List.copyOf(fields);
    }

    @Override
    public int clauses() {
      return present.clauses() + absent.clauses();
    }
  }

  /** How the members of a {@link Group} combine. */
  enum Combine {
    /** Any of them; each one that matches adds its score. */
    ANY,
    /** All of them; the score is their sum. */
    ALL,
    /**
     * Any of them, scored as the best plus {@link QueryPlan#TIE_BREAKER} of the others (an {@code
     * OR} group).
     */
    BEST
  }

  /** Any of {@code members}, each adding its score. */
  static Group anyOf(List<Match> members) {
    return new Group(Combine.ANY, members);
  }

  /** All of {@code parts}, their scores summed. */
  static Group allOf(List<Match> parts) {
    return new Group(Combine.ALL, parts);
  }

  /** The best of {@code alternatives}. */
  static Group best(List<Match> alternatives) {
    return new Group(Combine.BEST, alternatives);
  }

  /** Several matches combined; equal to another group of the same matches in any order. */
  record Group(Combine combine, List<Match> members) implements Match {
    public Group {
      members = List.copyOf(members);
    }

    /** Whether this group combines its members as {@code way}. */
    public boolean is(Combine way) {
      return combine == way;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Group that && combine == that.combine && members.size() == that.members.size()
          && counts(members).equals(counts(that.members));
    }

    @Override
    public int hashCode() {
      return 31 * combine.hashCode() + members.stream().mapToInt(Match::hashCode).sum();
    }

    @Override
    public int clauses() {
      return members.stream().mapToInt(Match::clauses).sum();
    }

    private static Map<Match, Long> counts(List<Match> matches) {
      return matches.stream().collect(Collectors.groupingBy(match -> match, Collectors.counting()));
    }
  }

  /**
   * {@code match} on each of {@code fields}, each field's score times its weight, scored as the
   * best field plus {@link QueryPlan#TIE_BREAKER} of the others.
   */
  record OnFields(List<FieldWeight> fields, Match match) implements Match {
    public OnFields {
      fields = List.copyOf(fields);
    }

    @Override
    public int clauses() {
      return fields.size() * match.clauses();
    }
  }
}
