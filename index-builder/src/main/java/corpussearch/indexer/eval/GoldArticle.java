package corpussearch.indexer.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corpussearch.indexer.source.WebAddresses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One article of an evaluation set with its gold metadata, as a line of {@code gold.jsonl}.
 *
 * @param file the corpus file holding the article
 * @param url the page's address (the archive's target address for web archives), or null
 * @param format {@code txt}, {@code html}, {@code warc} …
 * @param layout what the page looks like, for reading failures
 * @param title the headline
 * @param authors the authors, empty when the article names none
 * @param outlet the publication, or null
 * @param date ISO date, or null when the article states none
 * @param body phrases that must be findable in the indexed paragraphs
 * @param furniture phrases that must not be
 */
public record GoldArticle(
    String file, String url, String format, String layout, String title, List<String> authors,
    String outlet, String date, List<String> body, List<String> furniture) {

  /** The name of the gold file in a set's folder. */
  public static final String GOLD_FILE = "gold.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The gold articles of the set in {@code dir}. */
  public static List<GoldArticle> read(Path dir) throws IOException {
    List<GoldArticle> gold = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve(GOLD_FILE))) {
      if (!line.isBlank()) {
        JsonNode node = JSON.readTree(line);
        gold.add(new GoldArticle(text(node, "file"), text(node, "url"), text(node, "format"), text(node, "layout"),
            text(node, "title"), list(node, "authors"), text(node, "outlet"), text(node, "date"),
            list(node, "body"), list(node, "furniture")));
      }
    }
    return gold;
  }

  /**
   * The id the index builder gives this article: the archive target's for a web archive record,
   * else the file name without extension.
   */
  public String articleId() {
    boolean archive = file.toLowerCase(Locale.ROOT).matches(".*\\.warc(\\.gz)?$");
    if (archive && url != null) {
      return WebAddresses.articleId(url);
    }
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static List<String> list(JsonNode node, String field) {
    List<String> values = new ArrayList<>();
    JsonNode array = node.get(field);
    if (array != null && array.isArray()) {
      array.forEach(item -> values.add(item.asText()));
    }
    return values;
  }
}
