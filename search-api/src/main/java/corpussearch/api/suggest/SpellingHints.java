package corpussearch.api.suggest;

import com.github.benmanes.caffeine.cache.Cache;
import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.api.cache.Caches;
import corpussearch.api.search.StemmedTypos;
import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": for a query that found nothing, replaces each word the index does not know with
 * the closest word it does (Lucene's {@link DirectSpellChecker} over the paragraph text, or else
 * the stem of a word one edit away, as the search's own typo rule finds it: {@link StemmedTypos}).
 *
 * <p>Finding the closest word builds Levenshtein automata, which costs more than the rest of a
 * search on a small index, so each word's correction is remembered per index version (bounded;
 * a new version has a new key, so no stale correction is served).
 */
public final class SpellingHints {

  static final int MAX_WORDS = 4096;
  private static final String NONE = "";

  /** The analyzer that turns a typed word into the term indexing made of it, one term per position. */
  private static final CorpusAnalyzer WORDS = CorpusAnalyzer.forQueryWords();

  private record Key(IndexReader.CacheKey version, String term, String surface) {}

  private final DirectSpellChecker checker = new DirectSpellChecker();
  private final StemmedTypos stemmedTypos;
  private final Cache<Key, String> corrections = Caches.ofSize(MAX_WORDS);

  /** @param stemmedTypos the search's typo rule over surface forms, tried when no indexed word is close */
  public SpellingHints(StemmedTypos stemmedTypos) {
    this.stemmedTypos = stemmedTypos;
  }

  /**
   * A corrected query, or null when no word could be corrected or {@code deadline} passed before
   * every word was looked at (half a correction would suggest a query nobody typed).
   *
   * <p>The words are the shared analyzer's tokens: a word is known when the index holds its term,
   * and only the span of an unknown word is replaced, so quotes, operators and the case of every
   * other word stay as typed. The tokenizer would read {@code title:kabl} as one word (a colon
   * may join letters), so colons are read as spaces, and the word before one, a field's name, is
   * never corrected.
   */
  public String suggest(IndexReader reader, String query, QueryTimeout deadline) throws IOException {
    return suggest(query, (term, surface) -> correction(reader, term, surface), deadline);
  }

  /**
   * Finds the correction of one unknown word in an index: the closest indexed term to {@code
   * term} (the word as the index holds it; {@code surface} is the word as typed, lower-cased),
   * or {@code ""} when the word is known or nothing is close.
   */
  @FunctionalInterface
  public interface Corrector {
    String correction(String term, String surface) throws IOException;
  }

  /** {@link #suggest(IndexReader, String, QueryTimeout)} over an index that {@code corrector} reads. */
  public static String suggest(String query, Corrector corrector, QueryTimeout deadline) throws IOException {
    StringBuilder suggested = new StringBuilder();
    int copied = 0;
    for (WordSpans.WordSpan word : WordSpans.of(WORDS, query.replace(':', ' '))) {
      if (deadline.shouldExit()) {
        return null;
      }
      String surface = query.substring(word.start(), word.end());
      boolean fieldName = query.startsWith(":", word.end());
      String correction = surface.length() < 3 || fieldName ? NONE : corrector.correction(word.term(), surface.toLowerCase(Locale.ROOT));
      if (!correction.equals(NONE)) {
        suggested.append(query, copied, word.start()).append(correction);
        copied = word.end();
      }
    }
    return copied == 0 ? null : suggested.append(query, copied, query.length()).toString();
  }

  private String correction(IndexReader reader, String term, String surface) throws IOException {
    IndexReader.CacheHelper version = reader.getReaderCacheHelper();
    if (version == null) {
      return closest(reader, term, surface);
    }
    Key key = new Key(version.getKey(), term, surface);
    return Caches.get(corrections, key, () -> closest(reader, term, surface), correction -> true).value();
  }

  /** What the corrections cache has done so far. */
  public Caches.Figures figures() {
    return Caches.Figures.of(corrections);
  }

  /**
   * The closest indexed term to an unknown {@code term}, or {@link #NONE} for a known one; the typo
   * rule reads the word as typed ({@code surface}, lower-cased), as the search does.
   */
  private String closest(IndexReader reader, String term, String surface) throws IOException {
    Term indexed = new Term(IndexSchema.TEXT, term);
    if (reader.docFreq(indexed) > 0) {
      return NONE;
    }
    SuggestWord[] words = checker.suggestSimilar(indexed, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    if (words.length > 0) {
      return words[0].string;
    }
    String stem = stemmedTypos.closest(reader, IndexSchema.TEXT, surface);
    return stem == null ? NONE : stem;
  }
}
