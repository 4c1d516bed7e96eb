package corpussearch.api.suggest;

import com.github.benmanes.caffeine.cache.Cache;
import corpussearch.api.cache.Caches;
import corpussearch.api.search.StemmedTypos;
import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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

  private record Key(IndexReader.CacheKey version, String word) {}

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
   */
  public String suggest(IndexReader reader, String query, QueryTimeout deadline) throws IOException {
    List<String> corrected = new ArrayList<>();
    boolean changed = false;
    for (String word : query.split("\\s+")) {
      if (deadline.shouldExit()) {
        return null;
      }
      String plain = word.replaceAll("[^\\p{L}\\p{N}'-]", "");
      String lower = plain.toLowerCase(Locale.ROOT);
      String correction = plain.length() < 3 ? NONE : correction(reader, lower);
      changed |= !correction.equals(NONE);
      corrected.add(correction.equals(NONE) ? word : correction);
    }
    return changed ? String.join(" ", corrected) : null;
  }

  private String correction(IndexReader reader, String word) throws IOException {
    IndexReader.CacheHelper version = reader.getReaderCacheHelper();
    if (version == null) {
      return closest(reader, word);
    }
    Key key = new Key(version.getKey(), word);
    return Caches.get(corrections, key, () -> closest(reader, word), correction -> true).value();
  }

  /** What the corrections cache has done so far. */
  public Caches.Figures figures() {
    return Caches.Figures.of(corrections);
  }

  private String closest(IndexReader reader, String word) throws IOException {
    Term term = new Term(IndexSchema.TEXT, word);
    if (reader.docFreq(term) > 0) {
      return NONE;
    }
    SuggestWord[] words = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    if (words.length > 0) {
      return words[0].string;
    }
    String stem = stemmedTypos.closest(reader, IndexSchema.TEXT, word);
    return stem == null ? NONE : stem;
  }
}
