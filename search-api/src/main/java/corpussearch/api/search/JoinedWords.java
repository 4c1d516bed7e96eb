package corpussearch.api.search;

import corpussearch.analysis.AnalyzedTerms;
import corpussearch.indexer.index.IndexSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * Words that people write joined, hyphenated or apart ("hardliner", "hard-liner", "hard liner";
 * "ISIS-K", "ISIS K"), matched whichever way the text has them. The index holds a hyphenated word
 * as its parts and joined ({@code CompoundWordFilter}), so:
 *
 * <ul>
 *   <li>a typed hyphenated word matches its parts as a phrase or its joined form;
 *   <li>two typed words side by side also match their joined form, and when the index holds that
 *       form, the second word stands only as part of the pair (the phrase or the joined form), so
 *       the "k" of "ISIS k" is not searched, nor marked, on its own;
 *   <li>a quoted text also matches with any two of its words joined.
 * </ul>
 *
 * A joined form the index does not hold costs a term lookup that finds nothing.
 */
final class JoinedWords {

  /** How the query factory builds what a joined form or a pair of words matches, on a part's fields. */
  interface Matcher {
    /** What the one word {@code word} matches, with its aliases; null if nothing. */
    Query word(String word);

    /** What the quoted {@code words} match, as typed; null if nothing. */
    Query phrase(String words);
  }

  private static final Pattern HYPHENS = Pattern.compile("[-\\u2010\\u2011]");
  /** Quoted texts longer than this are matched as typed: each pair adds a phrase. */
  private static final int MAX_PHRASE_WORDS = 6;

  private final Analyzer words;

  /** @param words the analyzer that turns a query word into its index terms, one per position */
  JoinedWords(Analyzer words) {
    this.words = words;
  }

  /** {@code phrase} (a typed hyphenated word's parts) or the word joined. */
  Query orJoined(Query phrase, String hyphenated, Matcher matcher) {
    String together = HYPHENS.matcher(hyphenated).replaceAll("");
    Query joined = single(together) == null ? null : matcher.word(together);
    return joined == null ? phrase : new DisjunctionMaxQuery(List.of(phrase, without(joined, phrase)), 0.1f);
  }

  /**
   * {@code concepts} with each pair of adjacent typed words also matching their joined form (but
   * a word typed twice, which means it once, and words past those that can rank a paragraph).
   *
   * @param exact what a concept matches
   * @param withExact a concept matching something else
   */
  <T> List<T> pairs(String text, List<T> concepts, Function<T, Query> exact,
      BiFunction<T, Query, T> withExact, Matcher matcher, List<String> fields) {
    List<T> joined = new ArrayList<>(concepts);
    String[] typed = text.trim().split("\\s+");
    int from = 0;
    for (int w = 0; w + 1 < Math.min(typed.length, QueryFactory.MAX_TIERED_CONCEPTS); w++) {
      String first = single(typed[w]);
      String second = single(typed[w + 1]);
      int at = first == null || second == null || first.equals(second) ? -1
          : indexOfPair(concepts, from, exact, first, second);
      String together = typed[w] + typed[w + 1];
      String stem = at < 0 ? null : single(together);
      Query word = stem == null ? null : matcher.word(together);
      Query phrase = word == null ? null : matcher.phrase(typed[w] + " " + typed[w + 1]);
      if (phrase == null) {
        continue;
      }
      from = at + 1;
      List<Term> probes = fields.stream().map(field -> new Term(field, stem)).toList();
      // each concept's own query, not one already joined with its other neighbour: the queries
      // of a long run of words then grow with its length, not exponentially
      Query alone = exact.apply(concepts.get(at));
      T a = joined.get(at);
      joined.set(at, withExact.apply(a, new DisjunctionMaxQuery(List.of(exact.apply(a), without(word, alone)), 0.1f)));
      Query pair = new DisjunctionMaxQuery(List.of(phrase, without(word, phrase)), 0.1f);
      T b = joined.get(at + 1);
      joined.set(at + 1, withExact.apply(b, new IfIndexedQuery(probes, pair, exact.apply(b))));
    }
    return joined;
  }

  /**
   * {@code joined} where {@code parts} does not match: the index holds a hyphenated word both
   * ways, and the joined form, rarer than its parts, would otherwise score "civil-service" above
   * "civil service"; a word written solid ("hardliner") scores through its joined form alone.
   */
  private static Query without(Query joined, Query parts) {
    return new BooleanQuery.Builder().add(joined, Occur.MUST).add(parts, Occur.MUST_NOT).build();
  }

  /** The texts of a quoted {@code text} with one pair of adjacent words joined. */
  List<String> phraseVariants(String text) {
    String[] typed = text.trim().split("\\s+");
    List<String> variants = new ArrayList<>();
    if (typed.length < 2 || typed.length > MAX_PHRASE_WORDS) {
      return variants;
    }
    for (int w = 0; w + 1 < typed.length; w++) {
      if (single(typed[w]) != null && single(typed[w + 1]) != null) {
        StringBuilder variant = new StringBuilder();
        for (int k = 0; k < typed.length; k++) {
          variant.append(k == w + 1 ? "" : k == 0 ? "" : " ").append(typed[k]);
        }
        variants.add(variant.toString());
      }
    }
    return variants;
  }

  /** Where two adjacent concepts match {@code first} and {@code second} (as typed, or with aliases). */
  private static <T> int indexOfPair(List<T> concepts, int from, Function<T, Query> exact, String first, String second) {
    for (int i = from; i + 1 < concepts.size(); i++) {
      if (holds(exact.apply(concepts.get(i)), first) && holds(exact.apply(concepts.get(i + 1)), second)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code query} matches the paragraph-text term {@code text} among others. */
  private static boolean holds(Query query, String text) {
    Term wanted = new Term(IndexSchema.TEXT, text);
    boolean[] found = {false};
    query.visit(new QueryVisitor() {
      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }

      @Override
      public void consumeTerms(Query leaf, Term... terms) {
        found[0] |= leaf instanceof TermQuery && terms.length == 1 && terms[0].equals(wanted);
      }
    });
    return found[0];
  }

  /** The one index term of a typed word; null when it makes none or several. */
  private String single(String word) {
    List<String> terms = AnalyzedTerms.of(words, IndexSchema.TEXT, word);
    return terms.size() == 1 ? terms.get(0) : null;
  }
}
