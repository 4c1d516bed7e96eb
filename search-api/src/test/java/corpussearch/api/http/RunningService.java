package corpussearch.api.http;

import corpussearch.api.TestCorpora;
import corpussearch.api.config.ApiConfig;
import java.io.IOException;
import java.nio.file.Path;

/** A real service on a free 127.0.0.1 port over a freshly built index, for HTTP tests. */
record RunningService(ApiServer server, ServiceClient client) implements AutoCloseable {

  /** Serves the fixture corpus (see {@link TestCorpora#FIXTURE_JSONL}), built under {@code temp}. */
  static RunningService fixture(Path temp) throws IOException {
    return over(TestCorpora.writeFixture(temp.resolve("corpus")), temp);
  }

  /** Serves the shipped seeds, indexed under {@code temp}. */
  static RunningService seeds(Path temp) throws IOException {
    return over(TestCorpora.SEEDS, temp);
  }

  private static RunningService over(Path corpus, Path temp) throws IOException {
    Path index = TestCorpora.index(corpus, temp.resolve("index"));
    ApiServer server = ApiServer.create(ApiConfig.defaults(index).withPort(0));
    return new RunningService(server, new ServiceClient(server.start()));
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
