package corpussearch.api.reliability;

import corpussearch.api.TestCorpora;
import corpussearch.api.config.ApiConfig;
import corpussearch.api.http.ApiServer;
import java.io.IOException;
import java.nio.file.Path;

/** A real server on 127.0.0.1 over an index of the shipped seeds, built into a test's temp folder. */
final class SeedsServer implements AutoCloseable {

  /** An article of the shipped corpus. */
  static final String SEED_ARTICLE = "004_4de709283b17f614";

  final ApiServer server;
  final int port;
  final RawHttp http;

  SeedsServer(ApiConfig config) {
    this.server = ApiServer.create(config);
    this.port = server.start();
    this.http = new RawHttp(port);
  }

  static Path seedsIndex(Path temp) throws IOException {
    return TestCorpora.index(TestCorpora.SEEDS, temp.resolve("index"));
  }

  static SeedsServer start(Path temp) throws IOException {
    return new SeedsServer(ApiConfig.defaults(seedsIndex(temp)).withPort(0));
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
