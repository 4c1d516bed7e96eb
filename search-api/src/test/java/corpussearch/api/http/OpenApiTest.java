package corpussearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import corpussearch.api.OpenApiSchemas;
import corpussearch.api.TestServer;
import corpussearch.api.app.ApiServer;
import corpussearch.api.http.ServiceClient.Reply;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The OpenAPI document served at {@code /openapi.json} describes every JSON route, and real
 * responses validate against its schemas (JSON Schema 2020-12, as OpenAPI 3.1 uses).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiTest {

  /** Routes that serve people (HTML and its assets) rather than tools. */
  private static final Set<String> HTML_ROUTES = Set.of("GET /", "GET /articles/{articleId}", "GET /static/{name}");

  private TestServer service;
  private ApiServer server;
  private ServiceClient client;
  private JsonNode spec;

  @BeforeAll
  void start(@TempDir Path temp) throws Exception {
    service = TestServer.fixture(temp);
    server = service.server();
    client = new ServiceClient(service.port());
    spec = client.get("/openapi.json").json();
  }

  @AfterAll
  void stop() throws Exception {
    service.close();
  }

  @Test
  void isOpenApi31() {
    assertThat(spec.get("openapi").asText()).isEqualTo("3.1.0");
  }

  @Test
  void namesTheServerThatServedIt() {
    String base = "http://127.0.0.1:" + server.port();
    String url = spec.get("servers").get(0).get("url").asText();
    assertThat(URI.create(base + "/openapi.json").resolve(url).toString()).isEqualTo(base + "/");
  }

  @Test
  void describesEveryJsonRoute() {
    List<String> routes = server.routes().stream().filter(route -> !HTML_ROUTES.contains(route)).toList();
    assertThat(routes).isNotEmpty();
    for (String route : routes) {
      String method = route.substring(0, route.indexOf(' ')).toLowerCase();
      String path = route.substring(route.indexOf(' ') + 1);
      assertThat(spec.get("paths").has(path)).as("%s is described", route).isTrue();
      assertThat(spec.get("paths").get(path).has(method)).as("%s is described", route).isTrue();
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/api/search?q=dam|/api/search|200",
      "/api/search?q=dam&group=article&outlet=Daily+Planet&from=2021|/api/search|200",
      "/api/search?outlet=&sort=date_asc|/api/search|200",
      "/api/search?q=dam&site=dailyplanet.example|/api/search|200",
      "/api/search?q=zzzzqqq|/api/search|200",
      "/api/search?q=dam+outlet:planet&author=lois+lane&author=nobody+known|/api/search|200",
      "/api/search?q=dam&facets=false&highlight=false|/api/search|200",
      "/api/search?q=dam&facets=maybe|/api/search|400",
      "/api/search?size=0|/api/search|400",
      "/api/articles/a1?q=floods|/api/articles/{articleId}|200",
      "/api/articles/none|/api/articles/{articleId}|404",
      "/api/suggest?q=da|/api/suggest|200",
      "/api/suggest?size=99|/api/suggest|400",
      "/api/facets|/api/facets|200",
      "/health|/health|200"})
  void responsesMatchTheirSchema(String url, String path, int status) {
    Reply reply = client.get(url);
    assertThat(reply.status()).isEqualTo(status);
    OpenApiSchemas schemas = new OpenApiSchemas(spec);
    String mediaType = schemas.mediaType(path, status);
    assertThat(mediaType).as("status %d of %s is documented", status, path).isNotNull();
    assertThat(reply.contentType()).startsWith(mediaType);
    Set<ValidationMessage> errors = schemas.validate(path, status, reply.json());
    assertThat(errors).as("%s against its schema; body %s", url, reply.body()).isEmpty();
  }
}
