package corpussearch.api.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corpussearch.api.query.FieldWeight;
import corpussearch.api.query.Match;
import corpussearch.api.query.PhraseSpellings;
import corpussearch.api.query.QueryPlan;
import corpussearch.api.search.StemmedTypos;
import corpussearch.indexer.index.IndexSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The words of the index a plan depends on. Some matches are decided by what the index holds,
 * which no query DSL clause can ask: {@link Match.IfIndexed} (whether "isisk" is a word of the
 * index), a {@link Match.Phrase} with parts (which cuts of "alqaeda" are words), and a {@link
 * Match.Typo} with no word of the index close enough (then the stems of the typed word's one-edit
 * variants stand for it, {@link StemmedTypos}). Lucene asks its term dictionary while rewriting;
 * against OpenSearch a caller asks {@link #next} until it returns nothing, one request per round
 * ({@link #request}, {@link #counts}): one round for most plans, a second for such typos only.
 * The first round can also ride along with the search itself ({@link #addCounting}), rendered on
 * a guess of the answers ({@link #guessed}), when the answers then turn out to render the same body.
 */
public final class Vocabulary {

  /**
   * A question to the index: how many paragraphs hold {@code word} on {@code field} ({@code edits}
   * 0), or any word within {@code edits} edits of it that keeps its first {@code prefixLength}
   * letters.
   */
  public record Probe(String field, String word, int edits, int prefixLength) {
    /** The paragraphs holding {@code word} itself. */
    public static Probe term(String field, String word) {
      return new Probe(field, word, 0, 0);
    }
  }

  /** The aggregation {@link #addCounting} adds: named so that no facet or count of a search's own can take the name. */
  static final String COUNTING = "corpus_vocabulary";

  private Vocabulary() {}

  /**
   * What {@code plan} still needs to know of the index, given the answers {@code known} so far
   * (paragraph counts, zeros included): empty when the plan can be rendered.
   */
  public static List<Probe> next(QueryPlan plan, Map<Probe, Long> known) {
    Set<Probe> probes = new LinkedHashSet<>();
    List<Match> matches = new ArrayList<>(plan.exclusions());
    Stream.concat(plan.tiered().stream(), plan.untiered().stream()).forEach(concept -> {
      matches.add(concept.exact());
      if (concept.typo() != null) {
        matches.add(concept.typo());
      }
    });
    matches.forEach(match -> collect(match, List.of(), known, probes));
    plan.proximity().forEach(phrase -> collect(phrase, List.of(IndexSchema.TEXT), known, probes));
    probes.removeAll(known.keySet());
    return List.copyOf(probes);
  }

  /**
   * The {@code _search} body that counts the paragraphs of each of {@code probes}: no hits, one
   * {@code filter} aggregation per probe, named by its place in the list.
   */
  public static ObjectNode request(List<Probe> probes) {
    ObjectNode body = Dsl.JSON.objectNode().put("size", 0).put("track_total_hits", false);
    body.set("aggs", aggregations(probes));
    return body;
  }

  /**
   * Adds to the aggregations of {@code search} (a {@code _search} body) the count of each of
   * {@code probes} over the whole index, whatever the search's query and filters ({@code global}):
   * {@link #counted} reads them from its answer.
   */
  public static void addCounting(ObjectNode search, List<Probe> probes) {
    ObjectNode aggs = search.has("aggs") ? (ObjectNode) search.get("aggs") : search.putObject("aggs");
    aggs.putObject(COUNTING).<ObjectNode>set("global", Dsl.JSON.objectNode()).set("aggs", aggregations(probes));
  }

  /** The counts of {@code probes} in {@code response}, the answer to a search {@link #addCounting} added them to. */
  public static Map<Probe, Long> counted(List<Probe> probes, JsonNode response) {
    return read(probes, response.path("aggregations").path(COUNTING));
  }

  /**
   * {@code known}, with each of {@code unknown} guessed present in the index: the common case
   * (a typed word or a close one is there), so a body rendered on the guess is most often the
   * body the true counts render.
   */
  public static Map<Probe, Long> guessed(Map<Probe, Long> known, List<Probe> unknown) {
    Map<Probe, Long> guess = new LinkedHashMap<>(known);
    unknown.forEach(probe -> guess.putIfAbsent(probe, 1L));
    return guess;
  }

  private static ObjectNode aggregations(List<Probe> probes) {
    ObjectNode aggs = Dsl.JSON.objectNode();
    for (int i = 0; i < probes.size(); i++) {
      Probe probe = probes.get(i);
      ObjectNode filter = probe.edits() == 0 ? Dsl.term(probe.field(), probe.word())
          : Dsl.onField("fuzzy", probe.field(), Dsl.JSON.objectNode().put("value", probe.word())
              .put("fuzziness", Integer.toString(probe.edits())).put("prefix_length", probe.prefixLength())
              .put("max_expansions", 1).put("transpositions", true));
      aggs.putObject(Integer.toString(i)).set("filter", filter);
    }
    return aggs;
  }

  /** The paragraph count of each of {@code probes}, as {@code response} to {@link #request}{@code (probes)} gives them. */
  public static Map<Probe, Long> counts(List<Probe> probes, JsonNode response) {
    return read(probes, response.path("aggregations"));
  }

  private static Map<Probe, Long> read(List<Probe> probes, JsonNode aggregations) {
    Map<Probe, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i < probes.size(); i++) {
      JsonNode count = aggregations.path(Integer.toString(i)).path("doc_count");
      if (!count.isNumber()) {
        throw new IllegalArgumentException("the answer holds no count for " + probes.get(i));
      }
      counts.put(probes.get(i), count.asLong());
    }
    return counts;
  }

  /**
   * Whether {@code typo} falls back to stems in an index with these {@code known} counts: no word
   * within its edits, and the paragraph text without the word as typed (then it is no typo);
   * null while that is not known yet.
   */
  static Boolean fallsBackToStems(Match.Typo typo, Map<Probe, Long> known) {
    Long near = known.get(near(typo));
    Long inText = known.get(Probe.term(IndexSchema.TEXT, typo.term()));
    return near == null || inText == null ? null : near == 0 && inText == 0;
  }

  /** The stems a typo falls back to, each on the typo's field, in the order they are tried. */
  static List<Probe> stems(Match.Typo typo) {
    return StemmedTypos.shared().stems(typo.term(), typo.prefixLength()).stream()
        .map(stem -> Probe.term(typo.field().field(), stem)).toList();
  }

  private static Probe near(Match.Typo typo) {
    return new Probe(typo.field().field(), typo.term(), typo.maxEdits(), typo.prefixLength());
  }

  private static void collect(Match match, List<String> fields, Map<Probe, Long> known, Set<Probe> into) {
    switch (match) {
      case Match.OnFields on -> collect(on.match(), on.fields().stream().map(FieldWeight::field).toList(), known, into);
      case Match.Group group -> group.members().forEach(member -> collect(member, fields, known, into));
      case Match.Without without -> {
        collect(without.match(), fields, known, into);
        collect(without.unless(), fields, known, into);
      }
      case Match.IfIndexed either -> {
        either.fields().forEach(field -> into.add(Probe.term(field, either.word())));
        collect(either.present(), fields, known, into);
        collect(either.absent(), fields, known, into);
      }
      case Match.Phrase phrase when phrase.parts() -> fields.forEach(
          field -> PhraseSpellings.candidates(phrase).forEach(word -> into.add(Probe.term(field, word))));
      case Match.Typo typo -> {
        into.add(near(typo));
        into.add(Probe.term(IndexSchema.TEXT, typo.term()));
        if (Boolean.TRUE.equals(fallsBackToStems(typo, known))) {
          into.addAll(stems(typo));
        }
      }
      default -> { }
    }
  }
}
