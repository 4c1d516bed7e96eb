package corpussearch.indexer.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credentials and TLS against a real HTTPS server on 127.0.0.1 whose certificate keytool made for
 * the test: the PEM CA file is trusted, the user and password are sent, and without the CA the
 * handshake fails with a message, as it would against a cluster running the security plugin.
 */
class ClusterAccessTest {

  private static final String STORE_PASSWORD = "changeit-test";

  @TempDir Path temp;
  private HttpsServer server;
  private final AtomicReference<String> authorization = new AtomicReference<>();
  private Path caFile;
  private URI node;

  @BeforeEach
  void httpsServer() throws Exception {
    Path store = temp.resolve("node.p12");
    keytool("-genkeypair", "-alias", "node", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1",
        "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
    caFile = temp.resolve("root-ca.pem");
    keytool("-exportcert", "-rfc", "-alias", "node", "-keystore", store.toString(), "-storepass", STORE_PASSWORD, "-file", caFile.toString());
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keys.load(in, STORE_PASSWORD.toCharArray());
    }
    KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keyManagers.init(keys, STORE_PASSWORD.toCharArray());
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(keyManagers.getKeyManagers(), null, null);
    server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    server.createContext("/", exchange -> {
      authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
      byte[] body = "{\"cluster_name\":\"secured\"}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    node = URI.create("https://127.0.0.1:" + server.getAddress().getPort());
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void trustsTheCaFileAndSendsTheUser() throws Exception {
    Path password = Files.writeString(temp.resolve("password"), "s3cret pass\nignored second line\n");
    ClusterAccess access = new ClusterAccess(List.of(node), "reader", ClusterAccess.readPassword(password), caFile, Duration.ofSeconds(10));
    try (ClusterHttp http = new ClusterHttp(access, Backoff.DEFAULT)) {
      assertThat(http.json("GET", "/", null)).contains("secured");
    }
    assertThat(authorization.get())
        .isEqualTo("Basic " + Base64.getEncoder().encodeToString("reader:s3cret pass".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void withoutTheCaTheHandshakeFailsWithAMessage() throws Exception {
    try (ClusterHttp http = new ClusterHttp(new ClusterAccess(List.of(node), null, null, null, Duration.ofSeconds(10)), Backoff.DEFAULT)) {
      assertThatThrownBy(() -> http.json("GET", "/", null)).isInstanceOf(OpenSearchException.class)
          .hasMessageContaining("unreachable").hasMessageContaining(node + " (its TLS certificate is not trusted: ")
          .hasMessageContaining("--opensearch-ca-file").hasMessageNotContaining("Exception");
    }
    assertThat(authorization.get()).isNull();
  }

  /** The certificate names 127.0.0.1 only: reached as localhost, it is refused, and the message says why. */
  @Test
  void aCertificateForAnotherNameIsRefusedWithItsReason() throws Exception {
    URI byName = URI.create("https://localhost:" + node.getPort());
    try (ClusterHttp http = new ClusterHttp(new ClusterAccess(List.of(byName), null, null, caFile, Duration.ofSeconds(10)), Backoff.DEFAULT)) {
      assertThatThrownBy(() -> http.json("GET", "/", null)).isInstanceOf(OpenSearchException.class)
          .hasMessageContaining(byName + " (its TLS certificate is not trusted: ").hasMessageContaining("localhost")
          .hasMessageNotContaining("Exception");
    }
    assertThat(authorization.get()).isNull();
  }

  @Test
  void unreadableFilesAreNamed() throws IOException {
    Path missing = temp.resolve("no-password");
    assertThatThrownBy(() -> ClusterAccess.readPassword(missing)).isInstanceOf(OpenSearchException.class)
        .hasMessageContaining("password file").hasMessageContaining(missing.toString());
    Path notPem = Files.writeString(temp.resolve("not.pem"), "no certificate here");
    assertThatThrownBy(() -> new ClusterHttp(new ClusterAccess(List.of(node), null, null, notPem, Duration.ofSeconds(10)), Backoff.DEFAULT))
        .isInstanceOf(OpenSearchException.class).hasMessageContaining("CA file").hasMessageContaining(notPem.toString());
  }

  private static void keytool(String... arguments) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
  }
}
