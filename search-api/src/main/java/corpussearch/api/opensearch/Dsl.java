package corpussearch.api.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Builders for the few query DSL clauses the renderers write, as Jackson trees. */
final class Dsl {

  static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private Dsl() {}

  /** {@code {type: body}}. */
  static ObjectNode clause(String type, JsonNode body) {
    ObjectNode clause = JSON.objectNode();
    clause.set(type, body);
    return clause;
  }

  /** {@code {type: {field: body}}}: the shape of the term-level and full-text queries. */
  static ObjectNode onField(String type, String field, ObjectNode body) {
    return clause(type, JSON.objectNode().set(field, body));
  }

  /** Exactly {@code term} on {@code field}. */
  static ObjectNode term(String field, String term) {
    return onField("term", field, JSON.objectNode().put("value", term));
  }

  /** Every document. */
  static ObjectNode matchAll() {
    return clause("match_all", JSON.objectNode());
  }

  /** The best of {@code queries} plus {@code tieBreaker} times the others. */
  static ObjectNode disMax(List<ObjectNode> queries, float tieBreaker) {
    ObjectNode body = JSON.objectNode();
    body.putArray("queries").addAll(queries);
    return clause("dis_max", body.put("tie_breaker", tieBreaker));
  }

  /** {@code score} for every document {@code filter} matches. */
  static ObjectNode constantScore(ObjectNode filter, float score) {
    return clause("constant_score", JSON.objectNode().<ObjectNode>set("filter", filter).put("boost", score));
  }

  /** {@code query} with its score times {@code weight} (itself when the weight is 1). */
  static ObjectNode weighted(ObjectNode query, float weight) {
    return weight == 1f ? query : bool().must(query).boost(weight).build();
  }

  /** A {@code bool} query under construction. */
  static Bool bool() {
    return new Bool();
  }

  /** The occurrences of a {@code bool} query, filled in order; empty ones are left out. */
  static final class Bool {
    private final ObjectNode body = JSON.objectNode();

    Bool must(ObjectNode query) {
      return add("must", query);
    }

    Bool should(ObjectNode query) {
      return add("should", query);
    }

    Bool filter(ObjectNode query) {
      return add("filter", query);
    }

    Bool mustNot(ObjectNode query) {
      return add("must_not", query);
    }

    Bool boost(float weight) {
      body.put("boost", weight);
      return this;
    }

    private Bool add(String occur, ObjectNode query) {
      ArrayNode clauses = body.has(occur) ? (ArrayNode) body.get(occur) : body.putArray(occur);
      clauses.add(query);
      return this;
    }

    ObjectNode build() {
      return clause("bool", body);
    }
  }
}
