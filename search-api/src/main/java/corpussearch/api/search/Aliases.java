package corpussearch.api.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Picks, out of a concept that the synonym filter expanded into aliases, the alternative that is
 * the words as the person typed them, so an exact spelling can outrank an alias of it: "Kabul
 * airport" should find "Kabul airport" before "Hamid Karzai International Airport".
 */
final class Aliases {

  private Aliases() {}

  /**
   * The alternatives of {@code concept} whose terms occur, in order and adjacent, in {@code
   * typed} (the query's own terms); null when the concept is not an alias expansion or none of its
   * alternatives is literal.
   */
  static Query literal(Query concept, List<String> typed) {
    if (concept instanceof SynonymQuery synonyms) {
      for (Term term : synonyms.getTerms()) {
        if (typed.contains(term.text())) {
          return new TermQuery(term);
        }
      }
      return null;
    }
    if (!(concept instanceof BooleanQuery alternatives) || !isAlternatives(alternatives)) {
      return null;
    }
    List<Query> literal = new ArrayList<>();
    for (BooleanClause clause : alternatives.clauses()) {
      List<String> terms = termsOf(clause.query());
      if (terms != null && contains(typed, terms)) {
        literal.add(clause.query());
      }
    }
    if (literal.isEmpty() || literal.size() == alternatives.clauses().size()) {
      return null;
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    literal.forEach(query -> builder.add(query, Occur.SHOULD));
    return builder.build();
  }

  /**
   * {@code concept} without the alias phrases that contain another of its alternatives, in order
   * and adjacent ("united states of america" when "united states" is an alternative too), unless
   * they are the words as typed ({@code typed}): every paragraph such a phrase matches, the shorter
   * alternative matches already, and checking the positions of a long phrase in every candidate
   * paragraph is the dearest part of an aliased search.
   */
  static Query withoutSubsumedPhrases(Query concept, List<String> typed) {
    if (!(concept instanceof BooleanQuery alternatives) || !isAlternatives(alternatives)) {
      return concept;
    }
    List<List<String>> terms = alternatives.clauses().stream().map(clause -> termsOf(clause.query())).toList();
    BooleanQuery.Builder kept = new BooleanQuery.Builder();
    for (int i = 0; i < terms.size(); i++) {
      List<String> phrase = terms.get(i);
      if (phrase == null || contains(typed, phrase) || !containsAnother(terms, i)) {
        kept.add(alternatives.clauses().get(i));
      }
    }
    return kept.build();
  }

  private static boolean containsAnother(List<List<String>> terms, int i) {
    List<String> phrase = terms.get(i);
    for (int j = 0; j < terms.size() && phrase.size() > 1; j++) {
      List<String> other = terms.get(j);
      if (j != i && other != null && other.size() < phrase.size() && contains(phrase, other)) {
        return true;
      }
    }
    return false;
  }

  /** A synonym filter's expansion: a disjunction of its alternatives, nothing required. */
  private static boolean isAlternatives(BooleanQuery query) {
    return query.clauses().stream().allMatch(clause -> clause.occur() == Occur.SHOULD);
  }

  /** Whether {@code words} holds {@code part}, in order and adjacent. */
  private static boolean contains(List<String> words, List<String> part) {
    return Collections.indexOfSubList(words, part) >= 0;
  }

  private static List<String> termsOf(Query query) {
    if (query instanceof TermQuery term) {
      return List.of(term.getTerm().text());
    }
    if (query instanceof PhraseQuery phrase) {
      return Arrays.stream(phrase.getTerms()).map(Term::text).toList();
    }
    return null;
  }
}
