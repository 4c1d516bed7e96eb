package corpussearch.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;

/** Loads the analysis package's bundled word lists (one word a line, {@code #} comments). */
final class WordLists {

  private WordLists() {}

  static CharArraySet load(String resource) {
    try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled " + resource + " is missing from the classpath");
      }
      CharArraySet words = WordlistLoader.getWordSet(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), "#", new CharArraySet(16, false));
      return CharArraySet.unmodifiableSet(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
