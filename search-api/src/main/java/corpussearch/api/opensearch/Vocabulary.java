package corpussearch.api.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corpussearch.api.query.FieldWeight;
import corpussearch.api.query.Match;
import corpussearch.api.query.PhraseSpellings;
import corpussearch.api.query.QueryPlan;
import corpussearch.indexer.index.IndexSchema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The words of the index a plan depends on. Two kinds of match are decided by what the index
 * holds, which no query DSL clause can ask: {@link Match.IfIndexed} (whether "isisk" is a word of
 * the index) and a {@link Match.Phrase} with parts (which cuts of "alqaeda" are words). Lucene
 * asks its term dictionary while rewriting; against OpenSearch one request asks about all of a
 * plan's words at once ({@link #request}), before the search is rendered.
 */
public final class Vocabulary {

  /** A word on one field. */
  public record Probe(String field, String word) {}

  private Vocabulary() {}

  /** What {@code plan} needs to know of the index (empty for most plans: then ask nothing). */
  public static Set<Probe> probes(QueryPlan plan) {
    Set<Probe> probes = new LinkedHashSet<>();
    List<Match> matches = new ArrayList<>(plan.exclusions());
    Stream.concat(plan.tiered().stream(), plan.untiered().stream()).forEach(concept -> {
      matches.add(concept.exact());
      if (concept.typo() != null) {
        matches.add(concept.typo());
      }
    });
    matches.forEach(match -> collect(match, List.of(), probes));
    plan.proximity().forEach(phrase -> collect(phrase, List.of(IndexSchema.TEXT), probes));
    return probes;
  }

  /**
   * The {@code _search} body that asks whether the index holds each of {@code probes}: no hits,
   * one {@code filter} aggregation per probe, named by its place in the list.
   */
  public static ObjectNode request(List<Probe> probes) {
    ObjectNode body = Dsl.JSON.objectNode().put("size", 0).put("track_total_hits", false);
    ObjectNode aggs = body.putObject("aggs");
    for (int i = 0; i < probes.size(); i++) {
      aggs.putObject(Integer.toString(i)).set("filter", Dsl.term(probes.get(i).field(), probes.get(i).word()));
    }
    return body;
  }

  /** The probes of {@link #request}{@code (probes)} that {@code response} says the index holds. */
  public static Set<Probe> held(List<Probe> probes, JsonNode response) {
    Set<Probe> held = new LinkedHashSet<>();
    JsonNode counts = response.path("aggregations");
    for (int i = 0; i < probes.size(); i++) {
      JsonNode count = counts.path(Integer.toString(i)).path("doc_count");
      if (!count.isNumber()) {
        throw new IllegalArgumentException("the answer holds no count for " + probes.get(i));
      }
      if (count.asLong() > 0) {
        held.add(probes.get(i));
      }
    }
    return held;
  }

  private static void collect(Match match, List<String> fields, Set<Probe> into) {
    switch (match) {
      case Match.OnFields on -> collect(on.match(), on.fields().stream().map(FieldWeight::field).toList(), into);
      case Match.Group group -> group.members().forEach(member -> collect(member, fields, into));
      case Match.Without without -> {
        collect(without.match(), fields, into);
        collect(without.unless(), fields, into);
      }
      case Match.IfIndexed either -> {
        either.fields().forEach(field -> into.add(new Probe(field, either.word())));
        collect(either.present(), fields, into);
        collect(either.absent(), fields, into);
      }
      case Match.Phrase phrase when phrase.parts() -> fields.forEach(
          field -> PhraseSpellings.candidates(phrase).forEach(word -> into.add(new Probe(field, word))));
      default -> { }
    }
  }
}
