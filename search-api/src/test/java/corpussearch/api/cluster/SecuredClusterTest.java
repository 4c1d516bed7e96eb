package corpussearch.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corpussearch.api.HangGuard;
import corpussearch.api.SeedWords;
import corpussearch.api.TestCorpora;
import corpussearch.api.TestServer;
import corpussearch.api.reliability.ServiceProcess;
import corpussearch.indexer.opensearch.Backoff;
import corpussearch.indexer.opensearch.ClusterAccess;
import corpussearch.indexer.opensearch.ClusterHttp;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * index-builder and search-api, each run as a user runs it, against a node with OpenSearch's
 * security plugin (HTTPS with the demo certificates, HTTP basic authentication): the builder
 * writes the seeds as admin, the service serves them as a user who may only read, and answers as
 * the embedded index does. A wrong password, a missing CA file or the CA of another authority
 * stop either tool with one line saying why. Skipped without {@code
 * -Dcorpussearch.opensearch.secure.url=https://…} and {@code -Dcorpussearch.opensearch.secure.dir}
 * (the folder with {@code admin-password} and {@code root-ca.pem}); {@code
 * -Dcorpussearch.opensearch.secure.analysis=plugin} when the node has the analysis plugin.
 * scripts/opensearch-security-check.sh starts such a node and runs this.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecuredClusterTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The permissions docs/scale-out.md says the service's user needs, and no more. */
  private static final String READER_ROLE = """
      {"cluster_permissions": ["cluster:monitor/health"],
       "index_permissions": [{"index_patterns": ["%s", "%s-v*"], "allowed_actions": ["read", "indices:monitor/settings/get"]}]}""";

  private Path temp;
  private URI url;
  private Path caFile;
  private Path adminPassword;
  private String alias;
  private String reader;
  private Path readerPassword;
  private ClusterHttp admin;
  private TestServer embedded;
  private ServiceProcess service;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  void buildAndServe(@TempDir Path dir) throws Exception {
    temp = dir;
    String property = System.getProperty("corpussearch.opensearch.secure.url", "");
    assumeTrue(!property.isBlank(), "no secured OpenSearch: scripts/opensearch-security-check.sh");
    url = URI.create(property);
    Path state = Path.of(System.getProperty("corpussearch.opensearch.secure.dir"));
    caFile = state.resolve("root-ca.pem");
    adminPassword = state.resolve("admin-password");
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    alias = "corpus-secure-" + suffix;
    reader = "corpus_reader_" + suffix;
    admin = new ClusterHttp(new ClusterAccess(List.of(url), "admin", ClusterAccess.readPassword(adminPassword), caFile, HangGuard.TIMEOUT),
        Backoff.DEFAULT);
    readerPassword = Files.writeString(temp.resolve("reader-password"), "Rd-" + UUID.randomUUID() + "-9x\n");
    createReader();
    ServiceProcess build = ServiceProcess.runIndexBuilder(builderArgs("admin", adminPassword, caFile));
    assertThat(build.waitFor(HangGuard.TIMEOUT)).as(build.output()).isZero();
    embedded = TestServer.seeds(temp);
    service = ServiceProcess.startService(serviceArgs(reader, readerPassword, caFile).toArray(String[]::new));
    service.awaitPort(HangGuard.TIMEOUT);
  }

  @AfterAll
  void stop() throws Exception {
    if (service != null) {
      service.stop();
    }
    if (embedded != null) {
      embedded.close();
    }
    if (admin != null) {
      admin.call("DELETE", "/" + alias + "-v*", null, "application/json");
      admin.call("DELETE", "/_plugins/_security/api/internalusers/" + reader, null, "application/json");
      admin.call("DELETE", "/_plugins/_security/api/roles/" + reader, null, "application/json");
      admin.close();
    }
  }

  /** Searches for words of the seeds, a phrase and a word no seed has: the same totals, facets and hits as embedded. */
  @Test
  void theReaderSearchesAsTheEmbeddedIndex() throws Exception {
    List<String> words = new ArrayList<>(SeedWords.IN_SEEDS);
    Collections.shuffle(words, new Random(19));
    List<String> queries = new ArrayList<>(words.subList(0, 8));
    queries.add("\"" + words.get(8) + " " + words.get(9) + "\"");
    queries.add("qwxzvbn");
    for (String q : queries) {
      String path = "/api/search?facets=true&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
      JsonNode ours = get(embedded.port(), path);
      JsonNode theirs = get(service.awaitPort(HangGuard.TIMEOUT), path);
      assertThat(theirs.path("total")).as(path).isEqualTo(ours.path("total"));
      assertThat(theirs.path("totalArticles")).as(path).isEqualTo(ours.path("totalArticles"));
      assertThat(theirs.path("facets")).as(path).isEqualTo(ours.path("facets"));
      assertThat(OpenSearchBackendTest.ids(theirs)).as(path).containsExactlyInAnyOrderElementsOf(OpenSearchBackendTest.ids(ours));
    }
  }

  /** Health over TLS as the reader: the backend, a green cluster, every paragraph of the seeds. */
  @Test
  void healthIsGreen() throws Exception {
    JsonNode health = get(service.awaitPort(HangGuard.TIMEOUT), "/health");
    assertThat(health.path("backend").asText()).isEqualTo("opensearch");
    assertThat(health.path("cluster").path("status").asText()).isEqualTo("green");
    assertThat(health.path("index").path("name").asText()).startsWith(alias + "-v");
    assertThat(health.path("paragraphs")).isEqualTo(get(embedded.port(), "/health").path("paragraphs"));
  }

  /** The reader may search but not write: the builder run as the reader stops with the cluster's refusal. */
  @Test
  void theReaderCannotBuild() throws Exception {
    ServiceProcess build = ServiceProcess.runIndexBuilder(builderArgs(reader, readerPassword, caFile));
    assertRefused(build, build.waitFor(HangGuard.TIMEOUT), "HTTP 403");
  }

  @Test
  void aWrongPasswordStopsBothTools() throws Exception {
    Path wrong = Files.writeString(temp.resolve("wrong-password"), "not-the-password\n");
    ServiceProcess build = ServiceProcess.runIndexBuilder(builderArgs("admin", wrong, caFile));
    assertRefused(build, build.waitFor(HangGuard.TIMEOUT), "HTTP 401");
    assertServiceDoesNotStart(serviceArgs(reader, wrong, caFile), "HTTP 401");
  }

  /** The JDK's own trust store does not hold the demo's authority. */
  @Test
  void withoutTheCaFileBothToolsSayTheCertificateIsNotTrusted() throws Exception {
    ServiceProcess build = ServiceProcess.runIndexBuilder(builderArgs("admin", adminPassword, null));
    assertRefused(build, build.waitFor(HangGuard.TIMEOUT), "certificate is not trusted");
    assertServiceDoesNotStart(serviceArgs(reader, readerPassword, null), "certificate is not trusted");
  }

  /** A CA file holding another authority (the first of the JDK's own) is no better than none. */
  @Test
  void theCaOfAnotherAuthorityIsNotTrusted() throws Exception {
    Path other = anotherAuthority();
    ServiceProcess build = ServiceProcess.runIndexBuilder(builderArgs("admin", adminPassword, other));
    assertRefused(build, build.waitFor(HangGuard.TIMEOUT), "certificate is not trusted");
    assertServiceDoesNotStart(serviceArgs(reader, readerPassword, other), "certificate is not trusted");
  }

  private void createReader() throws Exception {
    String security = "/_plugins/_security/api/";
    admin.json("PUT", security + "roles/" + reader, READER_ROLE.formatted(alias, alias));
    String password = Files.readString(readerPassword).strip();
    admin.json("PUT", security + "internalusers/" + reader, JSON.createObjectNode().put("password", password).toString());
    admin.json("PUT", security + "rolesmapping/" + reader, JSON.createObjectNode().set("users", JSON.createArrayNode().add(reader)).toString());
  }

  private List<String> builderArgs(String user, Path password, Path ca) {
    List<String> args = new ArrayList<>(List.of("--corpus", TestCorpora.SEEDS.toString(), "--target", "opensearch", "--opensearch-url",
        url.toString(), "--opensearch-index", alias, "--shards", "1", "--replicas", "0", "--opensearch-analysis",
        System.getProperty("corpussearch.opensearch.secure.analysis", "builtin")));
    args.addAll(access(user, password, ca));
    return args;
  }

  private List<String> serviceArgs(String user, Path password, Path ca) {
    List<String> args = new ArrayList<>(List.of("--backend", "opensearch", "--opensearch-url", url.toString(), "--opensearch-index", alias,
        "--port", "0", "--search-timeout-ms", String.valueOf(HangGuard.TIMEOUT.toMillis())));
    args.addAll(access(user, password, ca));
    return args;
  }

  private static List<String> access(String user, Path password, Path ca) {
    List<String> args = new ArrayList<>(List.of("--opensearch-user", user, "--opensearch-password-file", password.toString()));
    if (ca != null) {
      args.addAll(List.of("--opensearch-ca-file", ca.toString()));
    }
    return args;
  }

  /** Exit 1 and one line naming the node and the reason, without a stack trace. */
  private void assertRefused(ServiceProcess tool, int exitCode, String reason) {
    assertThat(exitCode).as(tool.output()).isEqualTo(1);
    assertThat(tool.output()).contains(url.toString()).contains(reason).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private void assertServiceDoesNotStart(List<String> args, String reason) throws Exception {
    try (ServiceProcess refused = ServiceProcess.startService(args.toArray(String[]::new))) {
      int exitCode = refused.waitFor(HangGuard.TIMEOUT);
      assertThat(refused.output()).doesNotContain("listening on");
      assertRefused(refused, exitCode, reason);
    }
  }

  /** The first authority of the JDK's own trust store, as a PEM file. */
  private Path anotherAuthority() throws Exception {
    KeyStore jdk = KeyStore.getInstance(KeyStore.getDefaultType());
    try (InputStream in = Files.newInputStream(Path.of(System.getProperty("java.home"), "lib", "security", "cacerts"))) {
      jdk.load(in, null);
    }
    Certificate authority = jdk.getCertificate(Collections.list(jdk.aliases()).getFirst());
    String pem = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(authority.getEncoded()) + "\n-----END CERTIFICATE-----\n";
    return Files.writeString(temp.resolve("other-ca.pem"), pem);
  }

  private JsonNode get(int port, String path) throws Exception {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
