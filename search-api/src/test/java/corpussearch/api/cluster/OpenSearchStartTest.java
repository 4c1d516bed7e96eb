package corpussearch.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import corpussearch.api.TestServer;
import corpussearch.api.app.ApiServer;
import corpussearch.api.config.ApiConfig;
import corpussearch.api.index.IndexUnavailableException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad OpenSearch settings stop the start with a message saying what is wrong, no stack trace, no cluster needed. */
class OpenSearchStartTest {

  @TempDir Path temp;

  @Test
  void anUnreachableClusterIsNamed() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    ApiConfig config = openSearch(new ApiConfig.OpenSearch(List.of(URI.create("http://127.0.0.1:" + port)), "corpus", null, null, null));
    assertThatThrownBy(() -> ApiServer.create(config)).isInstanceOf(IndexUnavailableException.class)
        .hasMessageContaining("unreachable").hasMessageContaining("127.0.0.1:" + port);
  }

  @Test
  void unreadableFilesAreNamed() throws Exception {
    Path missing = temp.resolve("no-such-password");
    ApiConfig noPassword = openSearch(new ApiConfig.OpenSearch(List.of(URI.create("http://127.0.0.1:9")), "corpus", "admin", missing, null));
    assertThatThrownBy(() -> ApiServer.create(noPassword)).isInstanceOf(IndexUnavailableException.class)
        .hasMessageContaining("password file").hasMessageContaining(missing.toString());
    Path notPem = Files.writeString(temp.resolve("ca.pem"), "not a certificate");
    ApiConfig badCa = openSearch(new ApiConfig.OpenSearch(List.of(URI.create("https://127.0.0.1:9")), "corpus", null, null, notPem));
    assertThatThrownBy(() -> ApiServer.create(badCa)).isInstanceOf(IndexUnavailableException.class)
        .hasMessageContaining("CA file").hasMessageContaining(notPem.toString());
  }

  private ApiConfig openSearch(ApiConfig.OpenSearch where) {
    ApiConfig config = TestServer.config(temp).withOpenSearch(where);
    assertThat(config.backend()).isEqualTo(ApiConfig.Backend.OPENSEARCH);
    return config;
  }
}
