package corpussearch.api.relevance.opensearch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import org.junit.jupiter.api.Test;

/** The OpenSearch index where no cluster is needed: when there is none. */
class OpenSearchIndexTest {

  /** Nothing listens on a port just closed: the failure is one line naming the address, not a stack trace. */
  @Test
  void anUnreachableClusterIsOneClearLine() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    URI base = URI.create("http://127.0.0.1:" + port);
    SequencedMap<String, String> one = new LinkedHashMap<>();
    one.put("a:0", "text");
    assertThatThrownBy(() -> OpenSearchIndex.create(base, one))
        .isInstanceOf(OpenSearchException.class)
        .hasMessage("OpenSearch at http://127.0.0.1:" + port + " is unreachable (connection refused)");
  }
}
