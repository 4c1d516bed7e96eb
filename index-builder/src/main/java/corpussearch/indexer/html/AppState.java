package corpussearch.indexer.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article as a script-rendered site's state states it: the JSON a framework embeds for the
 * browser ({@code <script id="__NEXT_DATA__" type="application/json">} of Next.js, and other
 * {@code application/json} blocks). It has no shared vocabulary, so the article is the first
 * object that has both a headline ({@code headline}, {@code title}) and a publication date under
 * one of the names content systems use ({@code datePublished}, {@code publishedAt}, {@code
 * publishDate}, {@code firstPublished} …). Update and creation dates are never read.
 */
final class AppState {

  /** What the article object states; any part may be missing. */
  record ArticleObject(String headline, List<String> authors, String publisher, String datePublished) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> HEADLINE_KEYS = List.of("headline", "title");
  private static final List<String> DATE_KEYS =
      List.of("datePublished", "publishedAt", "publishDate", "publishedDate", "published_at", "date_published",
          "firstPublished", "firstPublishedAt", "publicationDate", "pubDate");
  private static final List<String> AUTHOR_KEYS = List.of("authors", "author", "bylines", "byline", "creators");
  private static final List<String> NAME_KEYS = List.of("name", "displayName", "fullName", "byline", "title");
  /** What part a listed person had: "role": "photographer" beside "role": "writer". */
  private static final List<String> PART_KEYS = List.of("role", "jobTitle", "contributorType", "type");
  private static final List<String> PUBLISHER_KEYS = List.of("publisher", "siteName", "site_name", "brand");
  /** Framework state can be large; nesting deeper than this is not an article's metadata. */
  private static final int MAX_DEPTH = 12;

  private AppState() {}

  /** The page's article object, or null when no embedded state describes one. */
  static ArticleObject article(Document page) {
    for (Element script : page.select("script[type~=(?i)^application/json$], script#__NEXT_DATA__")) {
      JsonNode found = find(parse(script.data()), 0);
      if (found != null) {
        return new ArticleObject(first(found, HEADLINE_KEYS), names(firstNode(found, AUTHOR_KEYS)),
            name(firstNode(found, PUBLISHER_KEYS)), first(found, DATE_KEYS));
      }
    }
    return null;
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json.strip());
    } catch (JsonProcessingException e) {
      return null; // a broken block says nothing; the page's other sources still speak
    }
  }

  private static JsonNode find(JsonNode node, int depth) {
    if (node == null || !node.isContainerNode() || depth > MAX_DEPTH) {
      return null;
    }
    if (node.isObject() && first(node, HEADLINE_KEYS) != null && first(node, DATE_KEYS) != null) {
      return node;
    }
    for (JsonNode child : node) {
      JsonNode found = find(child, depth + 1);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static JsonNode firstNode(JsonNode node, List<String> keys) {
    return keys.stream().map(node::get).filter(v -> v != null && !v.isNull()).findFirst().orElse(null);
  }

  private static String first(JsonNode node, List<String> keys) {
    JsonNode value = firstNode(node, keys);
    return value != null && value.isValueNode() && !value.asText().isBlank() ? value.asText().strip() : null;
  }

  /** A string, an object with a name, or an array of either; a person credited for another part than writing is left out. */
  private static List<String> names(JsonNode value) {
    List<String> names = new ArrayList<>();
    if (value != null && value.isArray()) {
      value.forEach(item -> names.addAll(names(item)));
    } else if (!creditsOtherPart(value)) {
      String name = name(value);
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }

  private static boolean creditsOtherPart(JsonNode value) {
    String part = value != null && value.isObject() ? first(value, PART_KEYS) : null;
    return part != null && JsonLd.isOtherPart(part);
  }

  private static String name(JsonNode value) {
    if (value == null) {
      return null;
    }
    if (value.isObject()) {
      return first(value, NAME_KEYS);
    }
    return value.isValueNode() && !value.asText().isBlank() ? value.asText().strip() : null;
  }
}
