package corpussearch.api.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import corpussearch.api.config.ApiConfig;
import corpussearch.api.http.ApiHandlers;
import corpussearch.api.http.ErrorResponses;
import corpussearch.api.http.JettyProblemErrors;
import corpussearch.api.http.Utf8JsonMapper;
import corpussearch.api.metrics.ServiceMetrics;
import corpussearch.api.service.SearchBackend;
import corpussearch.api.web.StaticAssets;
import corpussearch.api.web.WebPages;
import corpussearch.analysis.Synonyms;
import io.javalin.Javalin;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search service: opens the backend ({@link Backends}), wires the search layer and serves the
 * JSON API and the web page from one Javalin server. Routes are declared in {@link Routes}; errors
 * are mapped in {@link ErrorResponses}.
 */
public final class ApiServer implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  private final ApiConfig config;
  private final SearchBackend backend;
  private final Optional<ServiceMetrics> metrics;
  private final Javalin app;

  private ApiServer(ApiConfig config, SearchBackend backend, Optional<ServiceMetrics> metrics, Javalin app) {
    this.config = config;
    this.backend = backend;
    this.metrics = metrics;
    this.app = app;
  }

  /**
   * Opens the index and builds the server without starting it.
   *
   * @throws corpussearch.api.index.IndexUnavailableException when there is no readable index
   */
  public static ApiServer create(ApiConfig config) {
    SearchBackend backend = Backends.open(config, loadSynonyms(config));
    ApiHandlers api = new ApiHandlers(backend);
    WebPages web = new WebPages(backend);
    Optional<ServiceMetrics> metrics = config.metrics() ? Optional.of(ServiceMetrics.of(backend)) : Optional.empty();
    Javalin app = Javalin.create(javalin -> {
      javalin.startup.showJavalinBanner = false;
      javalin.startup.showOldJavalinVersionWarning = false;
      // Blackbird reads the records' fields through generated lambdas instead of reflection
      javalin.jsonMapper(new Utf8JsonMapper(new ObjectMapper().registerModule(new BlackbirdModule())));
      javalin.http.prefer405over404 = true;
      javalin.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(JettyProblemErrors.MAX_REQUEST_HEADER_BYTES));
      javalin.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblemErrors()));
      Routes.register(javalin, config, api, web, StaticAssets.load(), metrics);
    });
    return new ApiServer(config, backend, metrics, app);
  }

  /** Starts listening; returns the port (useful when the configured port is 0). */
  public int start() {
    app.start(config.host(), config.port());
    try {
      LOG.info("corpus-search listening on http://{}:{} serving {}", config.host(), app.port(), backend.description());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return app.port();
  }

  /** Every registered route as {@code "METHOD /path"}, for documentation checks and logs. */
  public List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .filter(parsed -> parsed.endpoint.method.isHttpMethod())
        .map(parsed -> parsed.endpoint.method.name() + " " + parsed.endpoint.path)
        .sorted()
        .toList();
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() throws IOException {
    app.stop();
    metrics.ifPresent(ServiceMetrics::close);
    backend.close();
  }

  private static SynonymMap loadSynonyms(ApiConfig config) {
    if (config.synonyms() == null) {
      return Synonyms.bundled();
    }
    try {
      return Synonyms.fromFile(config.synonyms());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the synonyms file " + config.synonyms(), e);
    }
  }
}
