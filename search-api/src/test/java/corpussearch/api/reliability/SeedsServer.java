package corpussearch.api.reliability;

import corpussearch.api.TestCorpora;
import corpussearch.api.config.ApiConfig;
import corpussearch.api.http.ApiServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A real server on 127.0.0.1 over an index of the shipped seeds, built into a test's temp folder. */
final class SeedsServer implements AutoCloseable {

  /** An article of the shipped corpus. */
  static final String SEED_ARTICLE = "004_4de709283b17f614";

  final ApiServer server;
  final int port;
  final RawHttp http;
  /** A folder this server made for its index and deletes when closed, or null. */
  private final Path ownFolder;

  SeedsServer(ApiConfig config) {
    this(config, null);
  }

  private SeedsServer(ApiConfig config, Path ownFolder) {
    this.server = ApiServer.create(config);
    this.port = server.start();
    this.http = new RawHttp(port);
    this.ownFolder = ownFolder;
  }

  static Path seedsIndex(Path temp) throws IOException {
    return TestCorpora.index(TestCorpora.SEEDS, temp.resolve("index"));
  }

  static SeedsServer start(Path temp) throws IOException {
    return new SeedsServer(ApiConfig.defaults(seedsIndex(temp)).withPort(0));
  }

  /**
   * A server over the seeds with its index in a temporary folder of its own, deleted when it is
   * closed: for jqwik properties, which have no {@code @TempDir} for a whole container.
   */
  static SeedsServer startInTempFolder() throws IOException {
    Path folder = Files.createTempDirectory("seeds-server");
    return new SeedsServer(ApiConfig.defaults(seedsIndex(folder)).withPort(0), folder);
  }

  @Override
  public void close() throws IOException {
    server.close();
    if (ownFolder != null) {
      try (Stream<Path> paths = Files.walk(ownFolder)) {
        paths.sorted(Comparator.reverseOrder()).forEach(SeedsServer::delete);
      }
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
