package corpussearch.indexer.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corpussearch.indexer.extract.ArticleMetadata;
import corpussearch.indexer.extract.FieldValue;
import corpussearch.indexer.extract.MetadataField;
import corpussearch.indexer.source.CorpusProblem;
import corpussearch.indexer.source.SourceDocument;
import corpussearch.indexer.source.WebAddresses;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a {@code .jsonl} file as an article: its text or paragraphs, its own id or a stable
 * one ({@link JsonLineIds}), and the metadata fields it states, which win over extraction.
 */
final class JsonLineArticles {

  /** The rule name the report gives a metadata field taken from a JSON line. */
  static final String JSONL_RULE = "jsonl-field";

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLineArticles() {}

  /** The article on one line, or null after adding to {@code problems} why there is none. */
  static SourceDocument parse(String name, String fileId, int lineNumber, TextDecoder.Decoded decoded,
      List<CorpusProblem> problems) {
    String line = decoded.text();
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      problems.add(CorpusProblem.error(name, lineNumber, "malformed JSON: " + e.getOriginalMessage()));
      return null;
    }
    if (node == null || !node.isObject()) {
      problems.add(CorpusProblem.error(name, lineNumber, "expected a JSON object"));
      return null;
    }
    String text = textOf(node, "text");
    List<String> paragraphs = paragraphsOf(node);
    if ((text == null || text.isBlank()) && paragraphs.isEmpty()) {
      problems.add(CorpusProblem.error(name, lineNumber, "no \"text\" or \"paragraphs\""));
      return null;
    }
    String ownId = textOf(node, "id");
    String id = ownId != null && !ownId.isBlank() ? ownId.strip()
        : JsonLineIds.of(fileId, textOf(node, "url"), textOf(node, "title"), textOf(node, "date"), text, paragraphs);
    ArticleMetadata given = givenMetadata(node, name, lineNumber, problems);
    boolean useText = text != null && !text.isBlank();
    return new SourceDocument(id, name, useText ? text : null, useText ? null : paragraphs, given, line,
        WebAddresses.webUrl(textOf(node, "url")), decoded.encoding());
  }

  private static ArticleMetadata givenMetadata(JsonNode node, String name, int lineNumber, List<CorpusProblem> problems) {
    ArticleMetadata given = ArticleMetadata.empty();
    for (MetadataField field : MetadataField.values()) {
      String value = textOf(node, field.key());
      if (value == null || value.isBlank()) {
        continue;
      }
      value = value.strip();
      if (field == MetadataField.DATE && !isIsoDate(value)) {
        problems.add(CorpusProblem.warning(name, lineNumber, "date \"" + value + "\" is not a valid YYYY-MM-DD date; left to extraction"));
        continue;
      }
      given = given.with(field, FieldValue.of(value, JSONL_RULE));
    }
    return given;
  }

  /** Whether {@code value} is a real calendar date written {@code YYYY-MM-DD}. */
  static boolean isIsoDate(String value) {
    if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return false;
    }
    try {
      LocalDate.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String textOf(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
  }

  private static List<String> paragraphsOf(JsonNode node) {
    JsonNode array = node.get("paragraphs");
    List<String> paragraphs = new ArrayList<>();
    if (array != null && array.isArray()) {
      for (JsonNode item : array) {
        if (item.isValueNode() && !item.asText().isBlank()) {
          paragraphs.add(item.asText());
        }
      }
    }
    return paragraphs;
  }

}
