package corpussearch.api.reliability.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corpussearch.api.reliability.fuzz.FuzzRequest.Param;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Requests to every route of the service, with every parameter each route reads (docs/api.md,
 * openapi.json): mostly valid values, so the query reaches the search engine, some near-valid
 * ones (a wrong case, an impossible date, one past a limit) and some junk. Queries come from
 * {@link QueryGrammar}, filter values from the service's own facets and the corpus's names.
 */
public final class Requests {

  private final Vocabulary vocabulary;
  private final QueryGrammar grammar;
  private final List<String> outlets;
  private final List<String> authors;

  /** Requests built from {@code vocabulary}, with the outlet and author values the service lists. */
  public Requests(Vocabulary vocabulary, List<String> outlets, List<String> authors) {
    this.vocabulary = vocabulary;
    this.grammar = new QueryGrammar(vocabulary);
    this.outlets = withFallback(outlets);
    this.authors = withFallback(authors);
  }

  /** Reads the outlet and author values of {@code /api/facets} from the service {@code client} talks to. */
  public static Requests forService(Vocabulary vocabulary, FuzzClient client) {
    try {
      JsonNode facets = new ObjectMapper().readTree(client.getOk("/api/facets")).path("facets");
      return new Requests(vocabulary, values(facets.path("outlet")), values(facets.path("author")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> values(JsonNode dimension) {
    List<String> values = new ArrayList<>();
    dimension.forEach(v -> {
      if (v.path("value").isTextual()) {
        values.add(v.path("value").asText());
      }
    });
    return values;
  }

  private List<String> withFallback(List<String> values) {
    return values.isEmpty() ? vocabulary.names() : List.copyOf(values);
  }

  /** A request to any route, searches most often. */
  public Arbitrary<FuzzRequest> any() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, searchParams().map(params -> new FuzzRequest("/api/search", "/api/search", params))),
        Tuple.of(2, searchParams().map(params -> new FuzzRequest("/", "/", params))),
        Tuple.of(2, suggest()),
        Tuple.of(1, article("/api/articles/")),
        Tuple.of(1, article("/articles/")),
        Tuple.of(1, Combinators.combine(Arbitraries.of("/api/facets", "/health", "/openapi.json"), extra())
            .as((path, params) -> new FuzzRequest(path, path, params))));
  }

  /** The parameters of {@code /api/search} and the page {@code /}. */
  public Arbitrary<List<Param>> searchParams() {
    List<Arbitrary<List<Param>>> params = List.of(
        Combinators.combine(Arbitraries.integers().between(0, 9), grammar.query()).as((roll, q) -> roll == 9 ? List.<Param>of() : List.of(new Param("q", q))),
        repeated("outlet", filterValue(outlets)),
        repeated("author", filterValue(authors)),
        optional("from", ParamValues.date()),
        optional("to", ParamValues.date()),
        optional("page", ParamValues.number(1, 5, "1001", "99999999999", "2147483648")),
        optional("size", ParamValues.number(1, 100, "101", "1000", "2147483647")),
        optional("sort", ParamValues.choice("relevance", "date", "date_asc")),
        optional("group", ParamValues.choice("article", "none", "")),
        optional("facets", ParamValues.choice("true", "false", "")),
        optional("highlight", ParamValues.choice("true", "false", "")),
        extra());
    return Combinators.combine(params).as(lists -> lists.stream().flatMap(List::stream).toList());
  }

  private Arbitrary<FuzzRequest> suggest() {
    Arbitrary<String> q = Arbitraries.oneOf(grammar.query(), grammar.word(), grammar.word().map(w -> w.substring(0, (w.length() + 1) / 2)),
        Arbitraries.of(vocabulary.names()).map(n -> n.toLowerCase(Locale.ROOT).substring(0, n.length() - 2)));
    return Combinators.combine(optional("q", q), optional("size", ParamValues.number(1, 50, "51", "100", "-1")), extra())
        .as((a, b, c) -> new FuzzRequest("/api/suggest", "/api/suggest", concat(a, b, c)));
  }

  private Arbitrary<FuzzRequest> article(String prefix) {
    Arbitrary<String> valid = Arbitraries.of(vocabulary.articleIds());
    Arbitrary<String> id = Arbitraries.frequencyOf(
        Tuple.of(4, valid),
        Tuple.of(1, valid.map(v -> v.toUpperCase(Locale.ROOT))),
        Tuple.of(1, Combinators.combine(valid, Arbitraries.integers().between(1, 19)).as((v, n) -> v.substring(0, n))),
        Tuple.of(1, valid.map(v -> v + ":2")),
        Tuple.of(1, ParamValues.junk().filter(j -> !j.isEmpty())));
    Arbitrary<List<Param>> q = optional("q", grammar.query());
    return Combinators.combine(id, q, extra()).as((i, a, b) ->
        new FuzzRequest(prefix + "{articleId}", prefix + FuzzRequest.encodeSegment(i), concat(a, b)));
  }

  private Arbitrary<String> filterValue(List<String> known) {
    Arbitrary<String> value = Arbitraries.of(known);
    return Arbitraries.frequencyOf(
        Tuple.of(6, value),
        Tuple.of(1, value.map(v -> " " + v.toLowerCase(Locale.ROOT) + " ")),
        Tuple.of(1, Arbitraries.of(vocabulary.names())),
        Tuple.of(1, Arbitraries.of("", " ")),
        Tuple.of(1, ParamValues.junk()));
  }

  /** Now and then a parameter the route does not know, or a known one again with another value. */
  private Arbitrary<List<Param>> extra() {
    Arbitrary<String> name = Arbitraries.of("foo", "Q", "q[]", "callback", "", "q", "sort", "page", "size", "outlet");
    return sometimes(10, Combinators.combine(name, ParamValues.junk()).as((n, v) -> List.of(new Param(n, v))));
  }

  private static Arbitrary<List<Param>> one(String name, Arbitrary<String> value) {
    return value.map(v -> List.of(new Param(name, v)));
  }

  /** The parameters in one of {@code odds} requests; they shrink to absent (jqwik shrinks a number towards 0). */
  private static Arbitrary<List<Param>> sometimes(int odds, Arbitrary<List<Param>> params) {
    return Combinators.combine(Arbitraries.integers().between(0, odds - 1), params).as((roll, p) -> roll == odds - 1 ? p : List.<Param>of());
  }

  private static Arbitrary<List<Param>> optional(String name, Arbitrary<String> value) {
    return sometimes(4, one(name, value));
  }

  private static Arbitrary<List<Param>> repeated(String name, Arbitrary<String> value) {
    return sometimes(4, value.list().ofMinSize(1).ofMaxSize(3).map(values -> values.stream().map(v -> new Param(name, v)).toList()));
  }

  @SafeVarargs
  private static List<Param> concat(List<Param>... lists) {
    List<Param> all = new ArrayList<>();
    for (List<Param> list : lists) {
      all.addAll(list);
    }
    return all;
  }
}
