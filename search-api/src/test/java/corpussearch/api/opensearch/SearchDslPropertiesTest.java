package corpussearch.api.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corpussearch.analysis.CorpusAnalyzer;
import corpussearch.analysis.Synonyms;
import corpussearch.api.SeedWords;
import corpussearch.api.facets.FacetCounts;
import corpussearch.api.query.Concept;
import corpussearch.api.query.Match;
import corpussearch.api.query.QueryPlan;
import corpussearch.api.request.SearchParams;
import corpussearch.api.request.SearchRequest;
import corpussearch.api.search.LenientQueryParser;
import corpussearch.api.search.QueryPlanner;
import corpussearch.indexer.index.IndexSchema;
import corpussearch.indexer.opensearch.AnalysisForm;
import corpussearch.indexer.opensearch.ParagraphMapping;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The OpenSearch rendering of generated queries and requests: valid query DSL of the expected
 * shape on the index's own fields, every concept of the plan in the query, filters in the
 * post_filter and in every facet count but their own dimension's, and pages within the deepest
 * one served.
 */
class SearchDslPropertiesTest {

  private static final QueryPlanner PLANNER =
      new QueryPlanner(CorpusAnalyzer.forQueries(Synonyms.bundled()), CorpusAnalyzer.forIndexing());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> FIELDS = fieldNames();

  @Property(tries = 300)
  void everyRenderingIsQueryDslOnTheIndexsFields(@ForAll("requests") SearchRequest request, @ForAll long seed) throws Exception {
    QueryPlan plan = plan(request);
    ObjectNode body = SearchDsl.body(request, plan, someHeld(plan, seed), SearchDsl.EXACT_ARTICLES);
    String written = JSON.writeValueAsString(body);
    assertThat(JSON.writeValueAsString(JSON.readTree(written))).isEqualTo(written);
    assertThat(names(body)).isSubsetOf("query", "post_filter", "aggs", "from", "size", "track_total_hits", "sort",
        "track_scores", "collapse", "_source", "highlight");
    assertQuery(body.get("query"), request.q());
    if (body.has("post_filter")) {
      assertQuery(body.get("post_filter"), request.q());
    }
    body.get("aggs").properties().forEach(agg -> assertQuery(agg.getValue().get("filter"), request.q()));
    if (request.highlight() && body.get("highlight").get("fields").get(IndexSchema.TEXT).has("highlight_query")) {
      assertQuery(body.get("highlight").get("fields").get(IndexSchema.TEXT).get("highlight_query"), request.q());
    }
  }

  @Property(tries = 300)
  void everyConceptOfThePlanIsInTheQuery(@ForAll("text") String q, @ForAll long seed) {
    SearchRequest request = request(q, List.of(), List.of(), null, SearchRequest.SortOrder.RELEVANCE, 1, 10, false);
    QueryPlan plan = plan(request);
    Map<Vocabulary.Probe, Long> held = someHeld(plan, seed);
    JsonNode query = SearchDsl.body(request, plan, held, SearchDsl.EXACT_ARTICLES).get("query");
    Set<String> words = words(query);
    List<Match> asked = new ArrayList<>(plan.exclusions());
    for (Concept concept : plan.tiered()) {
      asked.add(concept.exact());
    }
    plan.untiered().forEach(concept -> asked.add(concept.exact()));
    for (Match match : asked) {
      assertThat(words).as("%s: %s", q, match).containsAll(leaves(match, held));
    }
    assertThat(query.toString().split("\"constant_score\"", -1)).as(q).hasSize(plan.tiered().size()
        + (int) plan.tiered().stream().filter(concept -> concept.typo() != null).count() + 1);
  }

  @Property(tries = 300)
  void filtersNeverCountInTheirOwnDimension(@ForAll("requests") SearchRequest request) {
    ObjectNode body = SearchDsl.body(request, plan(request), Map.of(), SearchDsl.EXACT_ARTICLES);
    Set<String> filtered = filteredFields(request);
    JsonNode aggs = body.get("aggs");
    assertThat(fields(aggs.get(FilterDsl.ARTICLES).get("filter"))).isEqualTo(filtered);
    assertThat(body.has("post_filter") ? fields(body.get("post_filter")) : Set.of()).isEqualTo(filtered);
    if (!request.facets()) {
      assertThat(names(aggs)).containsExactly(FilterDsl.ARTICLES);
      return;
    }
    for (String dim : FacetCounts.DIMENSIONS) {
      String own = dim.equals(IndexSchema.FACET_YEAR) ? IndexSchema.DATE_DAY : OpenSearchFields.FACET_FIELDS.get(dim);
      Set<String> others = new HashSet<>(filtered);
      others.remove(own);
      assertThat(fields(aggs.get(dim).get("filter"))).as(dim).isEqualTo(others);
      JsonNode terms = aggs.get(dim).get("aggs").get(FilterDsl.VALUES).get("terms");
      assertThat(terms.get("size").asInt()).isEqualTo(FacetCounts.MAX_VALUES);
      assertThat(terms.get("missing").asText()).isEqualTo(IndexSchema.UNKNOWN_FACET_VALUE);
    }
  }

  @Property(tries = 300)
  void pagesStayWithinTheDeepestPageServed(@ForAll("requests") SearchRequest request) {
    ObjectNode body = SearchDsl.body(request, plan(request), Map.of(), SearchDsl.EXACT_ARTICLES);
    assertThat(body.get("from").asInt()).isEqualTo((request.page() - 1) * request.size());
    assertThat(body.get("size").asInt()).isEqualTo(request.size());
    assertThat(body.get("from").asInt() + body.get("size").asInt()).isLessThanOrEqualTo(SearchParams.MAX_DEPTH);
    assertThat(body.has("collapse")).isEqualTo(request.groupByArticle());
    SearchRequest deeper = request(request.q(), List.of(), List.of(), null, request.sort(),
        SearchParams.MAX_DEPTH / request.size() + 1, request.size(), request.groupByArticle());
    assertThatThrownBy(() -> SearchDsl.body(deeper, plan(deeper), Map.of(), SearchDsl.EXACT_ARTICLES)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Every clause is one known query type over mapped fields, and a bool holds no empty occurrence. */
  private static void assertQuery(JsonNode clause, String q) {
    assertThat(names(clause)).as(q).hasSize(1);
    String type = names(clause).get(0);
    JsonNode body = clause.get(type);
    switch (type) {
      case "bool" -> body.properties().forEach(occur -> {
        assertThat(occur.getKey()).as(q).isIn("must", "should", "filter", "must_not", "boost");
        if (!occur.getKey().equals("boost")) {
          assertThat(occur.getValue()).as(q).isNotEmpty();
          occur.getValue().forEach(inner -> assertQuery(inner, q));
        }
      });
      case "dis_max" -> {
        assertThat(body.get("queries")).as(q).isNotEmpty();
        body.get("queries").forEach(inner -> assertQuery(inner, q));
      }
      case "constant_score" -> assertQuery(body.get("filter"), q);
      case "match_all" -> assertThat(body).isEmpty();
      case "exists" -> assertThat(FIELDS).contains(body.get("field").asText());
      case "term", "terms", "match", "match_phrase", "prefix", "fuzzy", "range" -> {
        assertThat(names(body)).as(q).hasSize(1);
        assertThat(FIELDS).as(q).contains(names(body).get(0));
      }
      default -> throw new AssertionError("unexpected clause " + type + " for " + q);
    }
  }

  /** The words a match searches for, with {@link Match.IfIndexed} decided by {@code held}. */
  private static Set<String> leaves(Match match, Map<Vocabulary.Probe, Long> held) {
    return switch (match) {
      case Match.Term term -> Set.of(term.term());
      case Match.SameWord same -> Set.copyOf(same.terms());
      case Match.Phrase phrase -> phrase.positions().stream().flatMap(List::stream).collect(Collectors.toSet());
      case Match.Prefix prefix -> Set.of(prefix.prefix());
      case Match.Typo typo -> Set.of(typo.term());
      case Match.Without without -> leaves(without.match(), held);
      case Match.OnFields on -> leaves(on.match(), held);
      case Match.Group group -> group.members().stream().flatMap(member -> leaves(member, held).stream()).collect(Collectors.toSet());
      case Match.IfIndexed either -> leaves(either.fields().stream().anyMatch(field -> held.getOrDefault(Vocabulary.Probe.term(field, either.word()), 0L) > 0)
          ? either.present() : either.absent(), held);
    };
  }

  /** The words of every value a query searches for ({@code value}s, {@code query} strings split into their words). */
  private static Set<String> words(JsonNode node) {
    Set<String> words = new HashSet<>();
    if (node.isObject()) {
      node.properties().forEach(entry -> {
        JsonNode value = entry.getValue();
        if ((entry.getKey().equals("value") || entry.getKey().equals("query")) && value.isTextual()) {
          words.addAll(List.of(value.asText().split("[ |]")));
        } else {
          words.addAll(words(value));
        }
      });
    } else if (node.isArray()) {
      node.forEach(element -> words.addAll(words(element)));
    }
    return words;
  }

  /** The fields a filter clause reads. */
  private static Set<String> fields(JsonNode node) {
    Set<String> fields = new HashSet<>();
    if (node.isObject()) {
      node.properties().forEach(entry -> {
        if (Set.of("term", "terms", "range").contains(entry.getKey())) {
          fields.addAll(names(entry.getValue()));
        } else if (entry.getKey().equals("exists")) {
          fields.add(entry.getValue().get("field").asText());
        } else {
          fields.addAll(fields(entry.getValue()));
        }
      });
    } else if (node.isArray()) {
      node.forEach(element -> fields.addAll(fields(element)));
    }
    return fields;
  }

  private static Set<String> filteredFields(SearchRequest request) {
    Set<String> fields = new HashSet<>();
    request.filters().labels().keySet().forEach(dim -> fields.add(OpenSearchFields.FACET_FIELDS.get(dim)));
    if (request.filters().days() != null) {
      fields.add(IndexSchema.DATE_DAY);
    }
    return fields;
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static QueryPlan plan(SearchRequest request) {
    return PLANNER.plan(new LenientQueryParser().parse(request.q())).withFilters(request.filters());
  }

  /** Random answers to everything the plan asks of the index, round after round, as an index would give them. */
  private static Map<Vocabulary.Probe, Long> someHeld(QueryPlan plan, long seed) {
    Random random = new Random(seed);
    Map<Vocabulary.Probe, Long> counts = new HashMap<>();
    for (List<Vocabulary.Probe> probes = Vocabulary.next(plan, counts); !probes.isEmpty(); probes = Vocabulary.next(plan, counts)) {
      probes.forEach(probe -> counts.put(probe, random.nextBoolean() ? 0L : 1L + random.nextInt(9)));
    }
    return counts;
  }

  private static Set<String> fieldNames() {
    Set<String> names = new HashSet<>();
    ParagraphMapping.mappings(AnalysisForm.BUILT_IN).get("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static SearchRequest request(String q, List<String> outlets, List<String> authors, LocalDate from,
      SearchRequest.SortOrder sort, int page, int size, boolean group) {
    return new SearchRequest(q, outlets, authors, List.of(), from, null, sort, page, size, group, true, true);
  }

  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> typed = Arbitraries.oneOf(SeedWords.anyWord(), Arbitraries.of("the", "how many", "ISIS-K", "U.S.", "alqaeda",
        "\"United States\"", "\"alqaeda attack\"", "title:Taliban", "-Kabul", "Afgh*", "al-Qaeda OR Taliban", "Kandahar -Taliban"),
        Arbitraries.strings().ofMaxLength(12));
    return Arbitraries.oneOf(SeedWords.longText(), typed.list().ofMinSize(0).ofMaxSize(8).map(words -> String.join(" ", words)));
  }

  @Provide
  Arbitrary<SearchRequest> requests() {
    Arbitrary<List<String>> names = Arbitraries.of("Saudi Press", "Andrew Korybko", "nobody").injectNull(0.2).list().ofMaxSize(3);
    Arbitrary<List<String>> sites = Arbitraries.of("arabnews.com", "tribune.com.pk").injectNull(0.2).list().ofMaxSize(2);
    Arbitrary<LocalDate> days = Arbitraries.integers().between(15_000, 21_000).map(day -> LocalDate.ofEpochDay(day)).injectNull(0.5);
    Arbitrary<Integer> size = Arbitraries.integers().between(1, SearchParams.MAX_SIZE);
    Arbitrary<int[]> paging = size.flatMap(n -> Arbitraries.integers().between(1, SearchParams.MAX_DEPTH / n).map(page -> new int[] {page, n}));
    return Combinators.combine(text(), names, names, sites, days, days, Arbitraries.of(SearchRequest.SortOrder.class), paging)
        .flatAs((q, outlets, authors, site, from, to, sort, page) -> Arbitraries.of(true, false).tuple3().map(flags ->
            new SearchRequest(q, outlets, authors, site, from, to, sort, page[0], page[1], flags.get1(), flags.get2(), flags.get3())));
  }
}
