package corpussearch.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corpussearch.api.HangGuard;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The nodes of a cluster {@code scripts/opensearch-cluster.sh} started: which node answers at an
 * address, killing one (SIGKILL) and starting it again, or pausing one (SIGSTOP) and letting it go
 * on, with the script, and what the surviving nodes say about the cluster.
 */
final class LocalClusterNodes {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long SCRIPT_MINUTES = 6;

  private final Path script;
  private final List<URI> nodes;
  private final HttpClient client = HttpClient.newHttpClient();

  LocalClusterNodes(Path script, List<URI> nodes) {
    this.script = script;
    this.nodes = List.copyOf(nodes);
  }

  /** The number the script gave the node at {@code url} (its name is {@code node-K}). */
  int number(URI url) throws Exception {
    JsonNode local = get(url, "/_nodes/_local?filter_path=nodes.*.name").path("nodes");
    String name = local.elements().next().path("name").asText();
    assertThat(name).as("a node name of scripts/opensearch-cluster.sh").matches("node-[1-9]");
    return Integer.parseInt(name.substring("node-".length()));
  }

  /** Whether the node at {@code url} is the elected cluster manager, for the test's report. */
  boolean managerAt(URI url) throws Exception {
    String local = get(url, "/_nodes/_local?filter_path=nodes.*.name").path("nodes").fieldNames().next();
    return local.equals(get(url, "/_cluster/state/master_node?filter_path=master_node").path("master_node").asText());
  }

  /** Kills node {@code k} at once, as a crash would. */
  void kill(int k) throws Exception {
    run("kill-node", k);
  }

  /** Stops node {@code k} without ending it (SIGSTOP): it keeps its connections and answers nothing, as a hung node does. */
  void pause(int k) throws Exception {
    run("pause-node", k);
  }

  /** Lets node {@code k} go on (SIGCONT); returns once the cluster is green with every node. */
  void resume(int k) throws Exception {
    run("resume-node", k);
  }

  /** Starts node {@code k} again; returns once the cluster is green with every node. */
  void start(int k) throws Exception {
    run("start-node", k);
  }

  /** Paragraphs in {@code index}, counted by the first node that answers. */
  long count(String index) throws Exception {
    return anyNode("/" + index + "/_count").path("count").asLong(-1);
  }

  /** Waits until {@code index} is green (every replica assigned) and returns the wait's answer. */
  JsonNode green(String index) throws Exception {
    return anyNode("/_cluster/health/" + index + "?wait_for_status=green&timeout=50s");
  }

  /** Deletes the indexes {@code pattern} names, through any node. */
  void delete(String pattern) throws Exception {
    for (URI node : nodes) {
      try {
        client.send(HttpRequest.newBuilder(node.resolve("/" + pattern)).timeout(HangGuard.TIMEOUT).DELETE().build(),
            HttpResponse.BodyHandlers.discarding());
        return;
      } catch (IOException e) {
        // the next node
      }
    }
  }

  private JsonNode anyNode(String path) throws Exception {
    IOException last = null;
    for (URI node : nodes) {
      try {
        return get(node, path);
      } catch (IOException e) {
        last = e;
      }
    }
    throw new IOException("no node answers " + path, last);
  }

  private JsonNode get(URI node, String path) throws IOException, InterruptedException {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(node.resolve(path)).timeout(HangGuard.TIMEOUT).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(node + path + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private void run(String command, int k) throws Exception {
    Process process = new ProcessBuilder(script.toString(), command, String.valueOf(k)).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(SCRIPT_MINUTES, TimeUnit.MINUTES)).as(command + " " + k + " ended").isTrue();
    assertThat(process.exitValue()).as(command + " " + k + ": " + output).isZero();
  }
}
