package corpussearch.api.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The spellings of a {@link Match.Phrase} with parts: the phrase as typed, then with one of its
 * words written as the two or three words in a row that join to it ("alqaeda" as "al qaeda"),
 * where the index holds every piece. A word's parts are the cuts of it whose pieces are all words
 * of the field, so no list of compounds is needed; a cut that is no compound ("at" + "tack")
 * costs a phrase that finds nothing. Every backend asks its own index which words it holds and
 * gets the same spellings, in the same order, capped alike.
 */
public final class PhraseSpellings {

  /** Whether the index searched holds a word on the field the phrase is searched on. */
  @FunctionalInterface
  public interface Indexed {
    boolean holds(String word) throws IOException;
  }

  private PhraseSpellings() {}

  /**
   * The phrase as typed (without parts), then its spellings with parts, two pieces before three,
   * word by word: at most {@link Match.Phrase#MAX_PART_SPELLINGS} of them.
   */
  public static List<Match.Phrase> of(Match.Phrase phrase, Indexed indexed) throws IOException {
    List<List<String>> positions = phrase.positions();
    List<Match.Phrase> spellings = new ArrayList<>(List.of(new Match.Phrase(positions, phrase.slop())));
    for (int i = 0; i < positions.size() && spellings.size() <= Match.Phrase.MAX_PART_SPELLINGS; i++) {
      List<String> words = positions.get(i);
      for (List<String> parts : words.size() == 1 ? cuts(indexed, words.get(0)) : List.<List<String>>of()) {
        if (spellings.size() > Match.Phrase.MAX_PART_SPELLINGS) {
          break;
        }
        List<List<String>> spelled = new ArrayList<>(positions.subList(0, i));
        parts.forEach(part -> spelled.add(List.of(part)));
        spelled.addAll(positions.subList(i + 1, positions.size()));
        spellings.add(new Match.Phrase(spelled, phrase.slop()));
      }
    }
    return spellings;
  }

  /**
   * Every word {@link #of} may ask the index about for {@code phrase}: the pieces its one-word
   * positions may be cut into. A backend that cannot ask word by word asks about all of them at once.
   */
  public static Set<String> candidates(Match.Phrase phrase) {
    Set<String> pieces = new LinkedHashSet<>();
    for (List<String> words : phrase.positions()) {
      if (words.size() == 1) {
        String word = words.get(0);
        // every piece of a cut is a part of the word shorter than the word
        for (int start = 0; start < word.length(); start++) {
          for (int end = start + 1; end <= word.length(); end++) {
            if (end - start < word.length()) {
              pieces.add(word.substring(start, end));
            }
          }
        }
      }
    }
    return pieces;
  }

  /** The cuts of {@code word} into two or three pieces that are all held words, two first. */
  private static List<List<String>> cuts(Indexed indexed, String word) throws IOException {
    List<List<String>> two = new ArrayList<>();
    List<List<String>> three = new ArrayList<>();
    for (int i = 1; i < word.length(); i++) {
      String first = word.substring(0, i);
      if (Character.isLowSurrogate(word.charAt(i)) || !indexed.holds(first)) {
        continue;
      }
      if (indexed.holds(word.substring(i))) {
        two.add(List.of(first, word.substring(i)));
      }
      for (int j = i + 1; j < word.length(); j++) {
        String second = word.substring(i, j);
        if (!Character.isLowSurrogate(word.charAt(j)) && indexed.holds(second) && indexed.holds(word.substring(j))) {
          three.add(List.of(first, second, word.substring(j)));
        }
      }
    }
    two.addAll(three);
    return two;
  }
}
