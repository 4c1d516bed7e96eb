package corpussearch.indexer.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article a page describes in JSON-LD ({@code <script type="application/ld+json">}): the
 * first node typed as a news article or blog post, found at the top level, in an array or in an
 * {@code @graph} or as a page's {@code mainEntity}, whose {@code @type} may be a string or an array;
 * authors and publishers given as {@code {"@id": …}} references are looked up.
 */
final class JsonLd {

  /** What the article node states; any part may be missing. */
  record ArticleNode(String headline, List<String> authors, String publisher, String datePublished, String url) {}

  private static final Pattern OTHER_PART =
      Pattern.compile("(?i)(?:sub-?|copy |photo |picture )?editor|photographer|translator|illustrator|graphics|video");
  private static final Set<String> ARTICLE_TYPES =
      Set.of("NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle",
          "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "SocialMediaPosting", "Report");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, JsonNode> byId;

  private JsonLd(Map<String, JsonNode> byId) {
    this.byId = byId;
  }

  /** The page's article node, or null when no JSON-LD block describes one. */
  static ArticleNode article(Document page) {
    List<JsonNode> blocks = new ArrayList<>();
    Map<String, JsonNode> byId = new HashMap<>();
    for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
      JsonNode block = parse(script.data());
      blocks.add(block);
      collectIds(block, byId);
    }
    JsonLd resolver = new JsonLd(byId);
    for (JsonNode block : blocks) {
      JsonNode found = findArticle(block);
      if (found != null) {
        return new ArticleNode(
            text(found.get("headline")), resolver.names(found.get("author")), resolver.name(found.get("publisher")),
            text(found.get("datePublished")), text(found.get("url")));
      }
    }
    return null;
  }

  /** Nodes with an {@code @id}, which other nodes may point to instead of repeating them (Yoast, for one). */
  private static void collectIds(JsonNode node, Map<String, JsonNode> byId) {
    if (node == null) {
      return;
    }
    if (node.isObject() && node.hasNonNull("@id") && node.size() > 1) {
      byId.putIfAbsent(node.get("@id").asText(), node);
    }
    if (node.isContainerNode()) {
      node.forEach(child -> collectIds(child, byId));
    }
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
    JsonNode inGraph = findArticle(node.get("@graph"));
    return inGraph != null ? inGraph : findArticle(node.get("mainEntity"));
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

  /**
   * The names in an author value: a string, an object with a name, or an array of either. An
   * author typed as an organisation (a newsroom credited as a whole) names no person, so the page's
   * byline is read instead; a person whose job title is another part ({@link #hasOtherPart}) is no author.
   */
  private List<String> names(JsonNode value) {
    List<String> names = new ArrayList<>();
    if (value == null || isOrganisation(resolved(value)) || hasOtherPart(resolved(value))) {
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

  private JsonNode resolved(JsonNode value) {
    if (value.isObject() && !value.has("name") && value.hasNonNull("@id") && byId.containsKey(value.get("@id").asText())) {
      return byId.get(value.get("@id").asText());
    }
    return value;
  }

  /**
   * A person listed among the authors with another part as the whole job title ("Editor",
   * "Photographer", "Translator"): the page credits them for that part ("Edited by …"). A writer's
   * desk title ("Political Editor") is more than the bare part, and stays.
   */
  private static boolean hasOtherPart(JsonNode value) {
    JsonNode title = value.isObject() ? value.get("jobTitle") : null;
    return title != null && title.isTextual() && isOtherPart(title.asText());
  }

  /** Whether {@code part} is wholly a part other than writing: "Editor", "Photographer", "Translator". */
  static boolean isOtherPart(String part) {
    return OTHER_PART.matcher(part.strip()).matches();
  }

  private static boolean isOrganisation(JsonNode value) {
    JsonNode type = value.isObject() ? value.get("@type") : null;
    if (type == null) {
      return false;
    }
    List<String> types = new ArrayList<>();
    if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else {
      types.add(type.asText());
    }
    return types.stream().anyMatch(t -> t.endsWith("Organization") || t.equals("Corporation"))
        && types.stream().noneMatch(t -> t.equals("Person"));
  }

  private String name(JsonNode value) {
    if (value == null) {
      return null;
    }
    value = resolved(value);
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
