package corpussearch.indexer.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article a page describes in JSON-LD ({@code <script type="application/ld+json">}): the
 * first node typed as a news article or blog post, found at the top level, in an array or in an
 * {@code @graph}, whose {@code @type} may be a string or an array.
 */
final class JsonLd {

  /** What the article node states; any part may be missing. */
  record ArticleNode(String headline, List<String> authors, String publisher, String datePublished, String url) {}

  private static final Set<String> ARTICLE_TYPES =
      Set.of("NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle",
          "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "SocialMediaPosting", "Report");

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLd() {}

  /** The page's article node, or null when no JSON-LD block describes one. */
  static ArticleNode article(Document page) {
    for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
      JsonNode found = findArticle(parse(script.data()));
      if (found != null) {
        return new ArticleNode(
            text(found.get("headline")), names(found.get("author")), name(found.get("publisher")),
            text(found.get("datePublished")), text(found.get("url")));
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

  private static JsonNode findArticle(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        JsonNode found = findArticle(item);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    if (isArticle(node.get("@type"))) {
      return node;
    }
    return findArticle(node.get("@graph"));
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode item : type) {
        if (ARTICLE_TYPES.contains(item.asText())) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText());
  }

  /** The names in an author value: a string, an object with a name, or an array of either. */
  private static List<String> names(JsonNode value) {
    List<String> names = new ArrayList<>();
    if (value == null) {
      return names;
    }
    if (value.isArray()) {
      value.forEach(item -> names.addAll(names(item)));
    } else {
      String name = name(value);
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }

  private static String name(JsonNode value) {
    if (value == null) {
      return null;
    }
    if (value.isArray()) {
      return value.isEmpty() ? null : name(value.get(0));
    }
    return value.isObject() ? text(value.get("name")) : text(value);
  }

  private static String text(JsonNode value) {
    if (value != null && value.isArray() && !value.isEmpty()) {
      return text(value.get(0));
    }
    if (value == null || !value.isValueNode() || value.isNull()) {
      return null;
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }
}
