package corpussearch.api.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.api.HangGuard;
import corpussearch.api.TestCorpora;
import corpussearch.api.TestServer;
import corpussearch.api.reliability.RawHttp;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
 * Generated requests against a real server, then {@code /metrics}: every request is counted once
 * under its route template and status, and whatever paths and methods clients send, the labels
 * stay within the registered routes, the common methods and status codes.
 */
class RequestMetricsTest {

  private static final String REQUESTS = "http_server_requests_seconds_count";

  /** A request to send, the route template it should be counted under and the status it gets. */
  record Call(String method, String target, String route, int status) {}

  /** A count key: route template and status. */
  record RouteStatus(String route, String status) {}

  private static Path temp;
  private static TestServer service;

  @BeforeContainer
  static void start() throws IOException {
    temp = Files.createTempDirectory("request-metrics");
    service = TestServer.fixture(temp);
  }

  @AfterContainer
  static void stop() throws IOException {
    service.close();
    TestCorpora.delete(temp);
  }

  @Property(tries = 8)
  void everyRequestIsCountedOnceUnderItsRouteAndStatus(@ForAll("plans") List<Call> calls) {
    Map<RouteStatus, Long> before = requestCounts(scrape());
    for (Call call : calls) {
      assertThat(send(call).status()).as("%s", call).isEqualTo(call.status());
    }
    Map<RouteStatus, Long> expected = new HashMap<>(before);
    calls.forEach(call -> expected.merge(new RouteStatus(call.route(), Integer.toString(call.status())), 1L, Long::sum));

    assertThat(requestCountsOnceAllAreIn(total(expected))).isEqualTo(expected);
  }

  @Property(tries = 20)
  void labelsStayBoundedWhateverThePathOrMethod(@ForAll("hostile") List<Call> calls) {
    calls.forEach(RequestMetricsTest::send);
    Set<String> routes = Stream.concat(service.server().routes().stream().map(route -> route.substring(route.indexOf(' ') + 1)),
        Stream.of(RequestMeters.UNMATCHED)).collect(Collectors.toSet());
    Set<String> methods = Stream.concat(HandlerType.commonHttp().stream().map(HandlerType::name), Stream.of(RequestMeters.OTHER_METHOD))
        .collect(Collectors.toSet());

    List<Scrape.Sample> samples = scrape().named(REQUESTS);

    assertThat(samples).allSatisfy(sample -> {
      assertThat(routes).contains(sample.labels().get("route"));
      assertThat(methods).contains(sample.labels().get("method"));
      assertThat(sample.labels().get("status")).matches("[1-5][0-9][0-9]");
    });
  }

  @Provide
  Arbitrary<List<Call>> plans() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    Arbitrary<Call> call = Arbitraries.oneOf(
        word.map(w -> get("/api/search?q=" + w, "/api/search", 200)),
        word.map(w -> get("/api/search?q=dam&sort=x" + w, "/api/search", 400)),
        Arbitraries.of("a1", "a2", "a3", "a4").map(id -> get("/api/articles/" + id, "/api/articles/{articleId}", 200)),
        word.map(w -> get("/api/articles/missing-" + w, "/api/articles/{articleId}", 404)),
        word.map(w -> get("/?q=" + w, "/", 200)),
        word.map(w -> get("/nowhere-" + w + "/" + w, RequestMeters.UNMATCHED, 404)),
        word.map(w -> new Call("POST", "/api/search?q=" + w, RequestMeters.UNMATCHED, 405)),
        Arbitraries.just(get("/health", "/health", 200)));
    return call.list().ofMinSize(1).ofMaxSize(25);
  }

  @Provide
  Arbitrary<List<Call>> hostile() {
    Arbitrary<String> method = Arbitraries.oneOf(Arbitraries.of("GET", "HEAD", "POST", "DELETE", "OPTIONS"),
        Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(12));
    Arbitrary<String> path = Arbitraries.strings().withCharRange('!', '~').ofMaxLength(60).map(p -> "/" + p);
    return Combinators.combine(method, path).as((m, p) -> new Call(m, p, null, 0)).list().ofMinSize(1).ofMaxSize(20);
  }

  private static Call get(String target, String route, int status) {
    return new Call("GET", target, route, status);
  }

  private static RawHttp.Reply send(Call call) {
    return service.http().send(call.method(), call.target().getBytes(StandardCharsets.UTF_8));
  }

  private static Scrape scrape() {
    RawHttp.Reply reply = service.http().get("/metrics");
    assertThat(reply.status()).isEqualTo(200);
    return Scrape.parse(reply.body());
  }

  /**
   * The request counts once they add up to at least {@code total}: a request is counted just after
   * its answer is sent, so the last one may still be on its way into the counter. The wait is a
   * hang guard, never a speed requirement.
   */
  private static Map<RouteStatus, Long> requestCountsOnceAllAreIn(long total) {
    long deadline = System.nanoTime() + HangGuard.TIMEOUT.toNanos();
    Map<RouteStatus, Long> counts = requestCounts(scrape());
    while (total(counts) < total && System.nanoTime() < deadline) {
      Thread.onSpinWait();
      counts = requestCounts(scrape());
    }
    return counts;
  }

  /** Requests counted per route and status, except the scrapes themselves. */
  private static Map<RouteStatus, Long> requestCounts(Scrape scrape) {
    Map<RouteStatus, Long> counts = new HashMap<>();
    for (Scrape.Sample sample : scrape.named(REQUESTS)) {
      if (!sample.labels().get("route").equals("/metrics")) {
        counts.merge(new RouteStatus(sample.labels().get("route"), sample.labels().get("status")), (long) sample.value(), Long::sum);
      }
    }
    return counts;
  }

  private static long total(Map<RouteStatus, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
