package corpussearch.api;

import corpussearch.api.config.ApiConfig;
import corpussearch.indexer.opensearch.AnalysisForm;
import corpussearch.indexer.opensearch.OpenSearchTarget;
import corpussearch.indexer.pipeline.BuildOptions;
import corpussearch.indexer.pipeline.IndexBuild;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The backend the contract suites run on: the embedded index unless {@code
 * -Dcorpussearch.backend=opensearch} (with {@code -Dcorpussearch.opensearch.url}) asks for the
 * cluster, where a corpus is built by index-builder {@code --target opensearch} into an alias of
 * its own, deleted again when the server closes.
 */
final class OpenSearchUnderTest {

  static final String BACKEND_PROPERTY = "corpussearch.backend";
  static final String URL_PROPERTY = "corpussearch.opensearch.url";

  private OpenSearchUnderTest() {}

  /** The cluster to serve from, when the suites were asked to run on OpenSearch. */
  static Optional<URI> chosen() {
    if (!"opensearch".equals(System.getProperty(BACKEND_PROPERTY, "lucene"))) {
      return Optional.empty();
    }
    String url = System.getProperty(URL_PROPERTY, "");
    if (url.isBlank()) {
      throw new IllegalStateException("-D" + BACKEND_PROPERTY + "=opensearch needs -D" + URL_PROPERTY);
    }
    return Optional.of(URI.create(url));
  }

  /**
   * {@code corpus} built into a new alias on {@code url}: the configuration that serves it, and
   * what deletes it.
   */
  static Built build(URI url, Path corpus, Path temp) throws IOException {
    String alias = "corpus-contract-" + UUID.randomUUID().toString().substring(0, 8);
    OpenSearchTarget target = new OpenSearchTarget(List.of(url), alias, 1, 0, AnalysisForm.BUILT_IN);
    new IndexBuild(new BuildOptions(corpus, temp.resolve("unused-index"), false, 32_000_000, 1, false, false, target),
        new PrintStream(OutputStream.nullOutputStream())).run();
    ApiConfig config = TestServer.config(temp.resolve("unused-index")).withOpenSearch(new ApiConfig.OpenSearch(List.of(url), alias, null,
        null, null));
    return new Built(config, () -> delete(url, alias));
  }

  /** A corpus built into the cluster: how to serve it, and how to delete it. */
  record Built(ApiConfig config, AutoCloseable delete) {}

  private static void delete(URI url, String alias) throws IOException, InterruptedException {
    try (HttpClient client = HttpClient.newHttpClient()) {
      client.send(HttpRequest.newBuilder(url.resolve("/" + alias + "-v*")).DELETE().build(), HttpResponse.BodyHandlers.discarding());
    }
  }
}
