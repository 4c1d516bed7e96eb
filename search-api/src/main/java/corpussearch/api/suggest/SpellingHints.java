package corpussearch.api.suggest;

import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": for a query that found nothing, replaces each word the index does not know with
 * the closest word it does (Lucene's {@link DirectSpellChecker} over the paragraph text).
 */
public final class SpellingHints {

  private final DirectSpellChecker checker = new DirectSpellChecker();

  /** A corrected query, or null when no word could be corrected. */
  public String suggest(IndexReader reader, String query) throws IOException {
    List<String> corrected = new ArrayList<>();
    boolean changed = false;
    for (String word : query.split("\\s+")) {
      String plain = word.replaceAll("[^\\p{L}\\p{N}'-]", "");
      String lower = plain.toLowerCase(Locale.ROOT);
      if (plain.length() < 3 || reader.docFreq(new Term(IndexSchema.TEXT, lower)) > 0) {
        corrected.add(word);
        continue;
      }
      SuggestWord[] words = checker.suggestSimilar(new Term(IndexSchema.TEXT, lower), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (words.length > 0) {
        corrected.add(words[0].string);
        changed = true;
      } else {
        corrected.add(word);
      }
    }
    return changed ? String.join(" ", corrected) : null;
  }
}
