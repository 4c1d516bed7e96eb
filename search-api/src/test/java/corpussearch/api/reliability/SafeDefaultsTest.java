package corpussearch.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import corpussearch.api.HangGuard;
import corpussearch.api.TestCorpora;
import corpussearch.api.TestServer;
import corpussearch.api.config.ApiConfig;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Safe defaults: loopback only unless told otherwise, read-only (every method but GET is a 405
 * problem), no administrative route, and {@code --log-queries false} keeps query text out of the
 * request log; secrets in headers never reach the log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SafeDefaultsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECRET_QUERY = "quasarsecretword";
  private static final String SECRET_TOKEN = "Bearer tok-3f9a61c0ffee";

  private Path index;
  private TestServer service;

  @BeforeAll
  void start(@TempDir Path temp) throws Exception {
    index = TestCorpora.seedsIndex(temp);
    service = new TestServer(ApiConfig.defaults(index).withPort(0));
  }

  @AfterAll
  void stop() throws Exception {
    service.close();
  }

  @Test
  void bindsToLoopbackByDefault() throws Exception {
    assertThat(ApiConfig.defaults(index).host()).isEqualTo("127.0.0.1");
    Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(nic -> Collections.list(nic.getInetAddresses()).stream())
        .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
        .findFirst();
    assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address to try");
    assertThatThrownBy(() -> {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(external.get(), service.port()), (int) HangGuard.TIMEOUT.toMillis());
      }
    }).isInstanceOf(IOException.class);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", service.port()), (int) HangGuard.TIMEOUT.toMillis());
    }
  }

  @Test
  void everyMethodButGetIs405() throws Exception {
    for (String path : List.of("/api/search?q=x", "/api/articles/" + TestCorpora.SEED_ARTICLE, "/api/suggest?q=x", "/api/facets", "/health", "/openapi.json", "/", "/articles/x")) {
      for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "TRACE")) {
        RawHttp.Reply reply = service.http().send(method, path.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(method + " " + path).isEqualTo(405);
        assertThat(reply.contentType()).as(method + " " + path).startsWith("application/problem+json");
        assertThat(reply.header("Allow")).isEqualTo("GET");
        assertThat(JSON.readTree(reply.body()).get("detail").asText()).contains("read-only");
      }
    }
  }

  @Test
  void thereIsNoAdministrativeRoute() {
    assertThat(service.server().routes()).containsExactlyInAnyOrder("GET /", "GET /api/articles/{articleId}", "GET /api/facets",
        "GET /api/search", "GET /api/suggest", "GET /articles/{articleId}", "GET /health", "GET /metrics", "GET /openapi.json", "GET /static/{name}");
    for (String path : List.of("/admin", "/api/admin", "/shutdown", "/api/reindex", "/actuator", "/debug", "/console", "/api/index")) {
      assertThat(service.http().get(path).status()).as(path).isEqualTo(404);
      assertThat(service.http().send("POST", path.getBytes(StandardCharsets.UTF_8)).status()).as("POST " + path).isIn(404, 405);
    }
  }

  @Test
  void logQueriesFalseKeepsQueryTextOutOfTheLogAndSecretsNeverAppear() throws Exception {
    String quiet = requestLog("--log-queries", "false");
    assertThat(quiet).contains("GET /api/search -> 200").contains("GET /api/suggest -> 200")
        .contains("GET /api/articles/" + TestCorpora.SEED_ARTICLE + " -> 200")
        .doesNotContain(SECRET_QUERY).doesNotContain("q=").doesNotContain(SECRET_TOKEN).doesNotContain("tok-3f9a61c0ffee");
    // the default logs the query string (that is what the option is for), but never headers
    String chatty = requestLog();
    assertThat(chatty).contains("GET /api/search?q=" + SECRET_QUERY).doesNotContain("tok-3f9a61c0ffee").doesNotContain("sessionsecret");
  }

  /** Runs the service as its own process, sends requests carrying secrets, and returns everything it logged. */
  private String requestLog(String... extra) throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("--index", index.toString(), "--port", "0"));
    args.addAll(List.of(extra));
    try (ServiceProcess process = ServiceProcess.startService(args.toArray(String[]::new))) {
      RawHttp http = new RawHttp(process.awaitPort(HangGuard.TIMEOUT));
      String[] headers = {"Authorization", SECRET_TOKEN, "Cookie", "session=sessionsecret"};
      assertThat(http.get("/api/search?q=" + SECRET_QUERY + "&outlet=x", headers).status()).isEqualTo(200);
      assertThat(http.get("/api/suggest?q=" + SECRET_QUERY, headers).status()).isEqualTo(200);
      assertThat(http.get("/api/articles/" + TestCorpora.SEED_ARTICLE + "?q=" + SECRET_QUERY, headers).status()).isEqualTo(200);
      assertThat(http.get("/api/search?q=" + SECRET_QUERY + "&size=0", headers).status()).isEqualTo(400);
      process.stop();
      return process.output();
    }
  }
}
