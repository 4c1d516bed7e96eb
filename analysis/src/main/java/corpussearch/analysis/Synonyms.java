package corpussearch.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Loads the alias list (Solr synonym format) that {@link CorpusAnalyzer#forQueries} applies to
 * queries. Each entry is analysed with the indexing chain (without joined forms, which an alias
 * cannot hold), so the list is written in plain words and still matches what the index holds.
 */
public final class Synonyms {

  /** The alias list shipped with corpus-search. */
  public static final String BUNDLED = "synonyms.txt";

  private Synonyms() {}

  /** The bundled alias list. */
  public static SynonymMap bundled() {
    try (InputStream in = Synonyms.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("bundled " + BUNDLED + " is missing from the classpath");
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The alias list in {@code file}. */
  public static SynonymMap fromFile(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader, file.toString());
    }
  }

  private static SynonymMap parse(Reader reader, String source) throws IOException {
    SolrSynonymParser parser = new SolrSynonymParser(true, true, CorpusAnalyzer.forQueryWords());
    try {
      parser.parse(reader);
      return parser.build();
    } catch (ParseException e) {
      throw new IllegalArgumentException("cannot parse synonyms in " + source + ": " + e.getMessage(), e);
    }
  }
}
