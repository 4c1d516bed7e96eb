package corpussearch.api.relevance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One judged query: what an analyst types, and how to recognise the paragraphs that answer it.
 *
 * <p>A paragraph is <em>relevant</em> when its stored text contains any of {@link #relevant()}
 * as an exact, case-sensitive substring (curly apostrophes included). Judgments are written by
 * reading the indexed paragraphs, so each string must occur in at least one of them.
 *
 * @param id short unique id ({@code p01}, {@code o17})
 * @param query the query exactly as typed into the search box
 * @param relevant the strings that mark a paragraph as relevant; never empty
 */
public record JudgedQuery(String id, String query, List<String> relevant) {

  /** Separator of the relevant strings in the third TSV column. */
  public static final String SEPARATOR = " || ";

  public JudgedQuery {
    if (id.isBlank() || query.isBlank() || relevant.isEmpty()) {
      throw new IllegalArgumentException("a judged query needs an id, a query and at least one relevant string: " + id);
    }
    relevant = List.copyOf(relevant);
  }

  /** Whether a paragraph with this text is relevant to the query. */
  public boolean isRelevant(String paragraphText) {
    if (paragraphText == null) {
      return false;
    }
    for (String marker : relevant) {
      if (paragraphText.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads a judged-query file: UTF-8, one query per line, {@code id<TAB>query<TAB>relevant
   * strings separated by " || "}. Blank lines and lines starting with {@code #} are skipped.
   *
   * @throws IllegalArgumentException naming the file and line when a line is malformed or an id
   *     repeats
   */
  public static List<JudgedQuery> load(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<JudgedQuery> queries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      String where = file + ":" + (i + 1);
      if (columns.length != 3) {
        throw new IllegalArgumentException(where + ": expected 3 tab-separated columns, found " + columns.length);
      }
      List<String> relevant = Arrays.stream(columns[2].split(" \\|\\| ")).map(String::strip).filter(s -> !s.isEmpty()).toList();
      JudgedQuery query;
      try {
        query = new JudgedQuery(columns[0].strip(), columns[1].strip(), relevant);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
      if (!ids.add(query.id())) {
        throw new IllegalArgumentException(where + ": id " + query.id() + " is used twice");
      }
      queries.add(query);
    }
    return List.copyOf(queries);
  }
}
