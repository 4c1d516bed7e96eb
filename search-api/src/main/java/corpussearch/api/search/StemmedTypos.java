package corpussearch.api.search;

import corpussearch.analysis.AnalyzedTerms;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * The typo budget spent on surface forms rather than on the index's stems: the index holds
 * "afghanistan" for "Afghan" (the stemmer maps the adjective to the country), so "Afgan", one edit
 * from "Afghan", is three edits from every word the index holds. This finds the words one edit
 * from the typed one (a transposition counts as one), stems each as the index would, and keeps
 * the stems the index holds.
 *
 * <p>About 55 candidates per letter go through the analyzer, so {@link TypoQuery} asks for it only
 * when the walk over the term dictionary found nothing.
 */
public final class StemmedTypos {

  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

  private final Analyzer words;

  /** @param words the analyzer that turns a query word into its index term */
  public StemmedTypos(Analyzer words) {
    this.words = words;
  }

  /**
   * The index terms of {@code term}'s field whose word is one edit from {@code term}'s text,
   * keeping its first {@code prefixLength} letters, most frequent first.
   */
  List<TypoExpansions.Candidate> of(IndexReader reader, Term term, int prefixLength, int max) throws IOException {
    String typed = term.text();
    List<Counted> found = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String variant : oneEditFrom(typed, prefixLength)) {
      List<String> stems = AnalyzedTerms.of(words, term.field(), variant);
      if (stems.size() == 1 && kept(typed, stems.get(0)) && seen.add(stems.get(0))) {
        Term stem = new Term(term.field(), stems.get(0));
        int docFreq = reader.docFreq(stem);
        if (docFreq > 0) {
          found.add(new Counted(stem, docFreq));
        }
      }
    }
    float similarity = 1f - 1f / Math.max(1, typed.length());
    return found.stream().sorted((a, b) -> Integer.compare(b.docFreq(), a.docFreq())).limit(max)
        .map(counted -> new TypoExpansions.Candidate(counted.term(), similarity)).toList();
  }

  /**
   * Whether {@code stem} may stand for a typo of {@code typed}: not the word itself, and not
   * shorter than it by more than the one edit. A stemmer lengthens or keeps a word it knows
   * ("afghan" → "afghanistan"), but it cuts the made-up words among the candidates by guessed
   * endings ("comement" → "come"), which would reach another word altogether.
   */
  private static boolean kept(String typed, String stem) {
    return !stem.equals(typed) && stem.length() >= typed.length() - 1;
  }

  /**
   * The most frequent index term of {@code field} one edit from {@code word} as {@link #of} finds
   * them (first letter kept), or null: what "did you mean" offers when the typo rules found it.
   */
  public String closest(IndexReader reader, String field, String word) throws IOException {
    List<TypoExpansions.Candidate> found = of(reader, new Term(field, word), 1, 1);
    return found.isEmpty() ? null : found.get(0).term().text();
  }

  private record Counted(Term term, int docFreq) {}

  /** Every lower-case word one deletion, transposition, substitution or insertion from {@code word}. */
  static Set<String> oneEditFrom(String word, int prefixLength) {
    Set<String> variants = new LinkedHashSet<>();
    int from = Math.min(prefixLength, word.length());
    for (int i = from; i <= word.length(); i++) {
      String head = word.substring(0, i);
      String tail = word.substring(i);
      if (!tail.isEmpty()) {
        variants.add(head + tail.substring(1));
      }
      if (tail.length() > 1) {
        variants.add(head + tail.charAt(1) + tail.charAt(0) + tail.substring(2));
      }
      for (char letter : LETTERS.toCharArray()) {
        if (!tail.isEmpty()) {
          variants.add(head + letter + tail.substring(1));
        }
        variants.add(head + letter + tail);
      }
    }
    variants.remove(word);
    return variants;
  }
}
