package corpussearch.api.search;

import corpussearch.analysis.AnalyzedTerms;
import corpussearch.indexer.index.IndexSchema;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Function words and question words ("the", "how", "many", "does") that a person types but does not
 * mean as something to find. They still add to a paragraph's score, but a paragraph that matches
 * only noise words does not match, and they do not count as concepts for ranking, so "how many
 * IS-K fighters" is ranked on "IS-K" and "fighters". They are never removed from the index, so a
 * query made only of them ("to be or not to be") still works, and "IS" in "IS-K" is never lost.
 */
public final class NoiseWords {

  private static final List<String> WORDS =
      List.of(
          "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "could", "did",
          "do", "does", "for", "from", "had", "has", "have", "how", "if", "in", "into", "is", "it",
          "its", "many", "much", "no", "not", "of", "on", "or", "should", "such", "than", "that",
          "the", "their", "then", "there", "these", "they", "this", "those", "to", "was", "were",
          "what", "when", "where", "which", "who", "whom", "whose", "why", "will", "with",
          "would", "about", "i", "me", "my", "we", "you", "your");

  private static final Set<String> WORD_SET = Set.copyOf(WORDS);

  private final Set<String> terms;

  private NoiseWords(Set<String> terms) {
    this.terms = Set.copyOf(terms);
  }

  /** The noise words as {@code analyzer} indexes them (stemmed, folded). */
  public static NoiseWords analyzedWith(Analyzer analyzer) {
    Set<String> terms = new HashSet<>();
    for (String word : WORDS) {
      terms.addAll(AnalyzedTerms.of(analyzer, IndexSchema.TEXT, word));
    }
    return new NoiseWords(terms);
  }

  /** Whether {@code word}, as written (any case), is a noise word. */
  public static boolean isNoise(String word) {
    return WORD_SET.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether the analysed term {@code term} is a noise word. */
  public boolean contains(String term) {
    return terms.contains(term);
  }
}
