package corpussearch.api.search;

import corpussearch.api.query.Match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The alternatives of a concept that the synonym filter expanded into aliases, sorted out
 * against the words as the person typed them, so an exact spelling can outrank an alias of it:
 * "Kabul airport" should find "Kabul airport" before "Hamid Karzai International Airport".
 */
final class Aliases {

  private Aliases() {}

  /**
   * A concept's alternatives on one field, with those that are the words as typed ({@code
   * typed}, the query's own terms) counted once more, and without the alias phrases that hold a
   * shorter alternative ({@link #withoutSubsumedPhrases}).
   */
  static Match withLiteral(Match concept, List<String> typed) {
    Match alternatives = withoutSubsumedPhrases(concept, typed);
    Match literal = literal(alternatives, typed);
    return literal == null ? alternatives : Match.anyOf(List.of(alternatives, literal));
  }

  /**
   * The alternatives of {@code concept} whose words occur, in order and adjacent, in {@code
   * typed}; null when the concept is not an alias expansion or none or all of its alternatives
   * are literal.
   */
  private static Match literal(Match concept, List<String> typed) {
    if (concept instanceof Match.SameWord words) {
      return words.terms().stream().filter(typed::contains).findFirst().<Match>map(Match.Term::new).orElse(null);
    }
    if (!(concept instanceof Match.Group spellings && spellings.is(Match.Combine.ANY))) {
      return null;
    }
    List<Match> literal = new ArrayList<>();
    for (Match spelling : spellings.members()) {
      List<String> words = wordsOf(spelling);
      if (words != null && contains(typed, words)) {
        literal.add(spelling);
      }
    }
    return literal.isEmpty() || literal.size() == spellings.members().size() ? null : Match.anyOf(literal);
  }

  /**
   * {@code concept} without the alias phrases that contain another of its alternatives, in order
   * and adjacent ("united states of america" when "united states" is an alternative too), unless
   * they are the words as typed: every paragraph such a phrase matches, the shorter alternative
   * matches already, and checking the positions of a long phrase in every candidate paragraph is
   * the dearest part of an aliased search.
   */
  private static Match withoutSubsumedPhrases(Match concept, List<String> typed) {
    if (!(concept instanceof Match.Group spellings && spellings.is(Match.Combine.ANY))) {
      return concept;
    }
    List<List<String>> words = spellings.members().stream().map(Aliases::wordsOf).toList();
    List<Match> kept = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      List<String> phrase = words.get(i);
      if (phrase == null || contains(typed, phrase) || !containsAnother(words, i)) {
        kept.add(spellings.members().get(i));
      }
    }
    return Match.anyOf(kept);
  }

  private static boolean containsAnother(List<List<String>> words, int i) {
    List<String> phrase = words.get(i);
    for (int j = 0; j < words.size() && phrase.size() > 1; j++) {
      List<String> other = words.get(j);
      if (j != i && other != null && other.size() < phrase.size() && contains(phrase, other)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code words} holds {@code part}, in order and adjacent. */
  private static boolean contains(List<String> words, List<String> part) {
    return Collections.indexOfSubList(words, part) >= 0;
  }

  /** The words of a one-word or phrase spelling; null for any other. */
  private static List<String> wordsOf(Match spelling) {
    return switch (spelling) {
      case Match.Term term -> List.of(term.term());
      case Match.Phrase phrase when !phrase.hasAlternatives() -> phrase.words();
      default -> null;
    };
  }
}
