package corpussearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import corpussearch.api.TestServer;
import corpussearch.api.http.ServiceClient.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Outlet and author filters forgive what people type: case, a leading "The", spacing and
 * punctuation; an unknown value answers with the nearest known ones; and {@code outlet:"…"} or
 * {@code author:"…"} typed into {@code q} filters exactly as the parameter does. Every known value
 * of the shipped seeds is tried, through a real server.
 */
class ForgivingFiltersTest {

  private static Path temp;
  private static TestServer service;
  private static ServiceClient client;
  /** Known (dimension, value) pairs, read from the running service. */
  private static List<Known> known;

  record Known(String dimension, String value) {}

  @BeforeContainer
  static void start() throws IOException {
    temp = Files.createTempDirectory("forgiving-filters");
    service = TestServer.seeds(temp);
    client = new ServiceClient(service.port());
    known = new ArrayList<>();
    JsonNode facets = ok("/api/facets").json().get("facets");
    for (String dimension : List.of("outlet", "author")) {
      facets.get(dimension).forEach(v -> {
        if (!v.get("value").isNull()) {
          known.add(new Known(dimension, v.get("value").asText()));
        }
      });
    }
    assertThat(known).extracting(Known::dimension).contains("outlet", "author");
  }

  @AfterContainer
  static void stop() throws IOException {
    service.close();
    try (Stream<Path> files = Files.walk(temp)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  private static Reply ok(String url) {
    Reply reply = client.get(url);
    assertThat(reply.status()).as(url + " → " + reply.body()).isEqualTo(200);
    return reply;
  }

  private static Reply search(String... params) {
    Reply reply = client.search(params);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply;
  }

  private static long total(Reply reply) {
    return reply.json().get("total").asLong();
  }

  @Property(tries = 200)
  void aVariantSelectsWhatTheExactValueSelects(@ForAll("knownValues") Known value, @ForAll("variants") Variant variant) {
    String typed = variant.apply(value.value());
    long exact = total(search(value.dimension(), value.value(), "highlight", "false"));
    Reply reply = search(value.dimension(), typed, "highlight", "false");
    assertThat(exact).isPositive();
    assertThat(total(reply)).as("%s=%s", value.dimension(), typed).isEqualTo(exact);
    assertThat(reply.json().get("filterHints")).isEmpty();
  }

  @Property(tries = 100)
  void aFilterTypedInTheQueryActsAsTheParameter(@ForAll("knownValues") Known value, @ForAll("variants") Variant variant,
      @ForAll("queryWords") String word) {
    String typed = variant.apply(value.value());
    Reply asParameter = search("q", word, value.dimension(), value.value(), "highlight", "false");
    Reply inQuery = search("q", word + " " + value.dimension() + ":\"" + typed + "\"", "highlight", "false");
    assertThat(total(inQuery)).as("q=%s %s:\"%s\"", word, value.dimension(), typed).isEqualTo(total(asParameter));
    assertThat(inQuery.json().get("facets")).isEqualTo(asParameter.json().get("facets"));
    assertThat(inQuery.json().get("query").asText()).isEqualTo(word + " " + value.dimension() + ":\"" + typed + "\"");
  }

  @Property(tries = 60)
  void typedAndGivenValuesOfOneDimensionAddUp(@ForAll("knownValues") Known first, @ForAll("knownValues") Known second) {
    if (!first.dimension().equals(second.dimension()) || first.value().equals(second.value())) {
      return;
    }
    long both = total(search("q", first.dimension() + ":\"" + first.value() + "\"", second.dimension(), second.value()));
    long one = total(search(first.dimension(), first.value()));
    long other = total(search(second.dimension(), second.value()));
    // an article has one outlet and one author, so the two selections are disjoint
    assertThat(both).isEqualTo(one + other);
  }

  @Property(tries = 100)
  void anUnknownValueFindsNothingAndNamesTheNearest(@ForAll("knownValues") Known value, @ForAll("typos") Typo typo) {
    String typed = typo.apply(value.value());
    Reply reply = search(value.dimension(), typed);
    assertThat(total(reply)).isZero();
    JsonNode hints = reply.json().get("filterHints");
    assertThat(hints).hasSize(1);
    assertThat(hints.get(0).get("dimension").asText()).isEqualTo(value.dimension());
    assertThat(hints.get(0).get("value").asText()).isEqualTo(typed);
    List<String> nearest = new ArrayList<>();
    hints.get(0).get("nearest").forEach(n -> nearest.add(n.asText()));
    assertThat(nearest).as("nearest to %s", typed).hasSizeLessThanOrEqualTo(3).contains(value.value());
  }

  @Provide
  Arbitrary<Known> knownValues() {
    return Arbitraries.of(known);
  }

  @Provide
  Arbitrary<String> queryWords() {
    List<String> words = new ArrayList<>();
    ok("/api/search?size=50&highlight=false").json().get("hits").forEach(hit ->
        Stream.of(hit.get("text").asText().split("[^\\p{L}]+")).filter(w -> w.length() > 4).limit(3).forEach(words::add));
    return Arbitraries.of(words);
  }

  /** A way people retype a value: case, "The", spacing, punctuation. */
  record Variant(int casing, boolean the, String separator, String trailer) {
    String apply(String value) {
      String words = value.replaceFirst("(?i)^the\\s+", "").replace(" ", separator);
      String cased = switch (casing) {
        case 0 -> words.toLowerCase(Locale.ROOT);
        case 1 -> words.toUpperCase(Locale.ROOT);
        default -> words;
      };
      return (the ? "the " : "") + cased + trailer;
    }
  }

  @Provide
  Arbitrary<Variant> variants() {
    return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.of(true, false),
        Arbitraries.of(" ", "  ", "-", "_", ". ", " - "), Arbitraries.of("", ".", " ", "!"))
        .as(Variant::new);
  }

  /** A typo that leaves a value unknown: a stray "x" somewhere in it. */
  record Typo(int at) {
    String apply(String value) {
      int i = Math.floorMod(at, value.length());
      return value.substring(0, i) + "x" + value.substring(i);
    }
  }

  @Provide
  Arbitrary<Typo> typos() {
    return Arbitraries.integers().between(0, 1000).map(Typo::new);
  }
}
