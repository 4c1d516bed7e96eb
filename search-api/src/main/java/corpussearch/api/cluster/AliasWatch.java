package corpussearch.api.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import corpussearch.api.service.BackendUnavailableException;
import corpussearch.indexer.opensearch.ClusterHttp;
import corpussearch.indexer.opensearch.IndexVersions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which concrete index the alias names, looked up again every {@code interval} by a thread of its
 * own and at once when a search finds its index gone: a rebuild that moves the alias is served
 * within one interval, without a restart and without a failed request. No search waits for the
 * look-up (asked in the request path, it cost one cluster request per search of a service
 * answering a search or two a second, and held up every search that found it stale).
 */
final class AliasWatch implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AliasWatch.class);

  private final Cluster cluster;
  private final String alias;
  private final long resultCacheBytes;
  private volatile IndexVersion current;
  /** Why the last look found no index to search; null when it found one. */
  private volatile BackendUnavailableException failure;
  private final ScheduledExecutorService looks = Executors.newSingleThreadScheduledExecutor(
      Thread.ofPlatform().daemon().name("alias-watch").factory());

  private AliasWatch(Cluster cluster, String alias, long resultCacheBytes) {
    this.cluster = cluster;
    this.alias = alias;
    this.resultCacheBytes = resultCacheBytes;
  }

  /**
   * Watches {@code alias} (or an index of that name) on {@code cluster}.
   *
   * @throws BackendUnavailableException when the cluster cannot be reached or holds no such alias
   */
  static AliasWatch of(Cluster cluster, String alias, Duration interval, long resultCacheBytes) throws BackendUnavailableException {
    AliasWatch watch = new AliasWatch(cluster, alias, resultCacheBytes);
    watch.check();
    watch.looks.scheduleWithFixedDelay(watch::checkQuietly, interval.toNanos(), interval.toNanos(), TimeUnit.NANOSECONDS);
    return watch;
  }

  String alias() {
    return alias;
  }

  /**
   * The index the alias named at the last look, at most one interval ago.
   *
   * @throws BackendUnavailableException when that look found the alias gone (or naming several
   *     indices), until a look finds one index again
   */
  IndexVersion current() throws BackendUnavailableException {
    BackendUnavailableException failed = failure;
    if (failed != null) {
      throw failed;
    }
    return current;
  }

  /**
   * A look of the watch's own thread. The cluster's answer that the alias names no index stands
   * for every search until a look finds one again. A look the cluster could not answer (a node
   * killed, a cluster manager being elected: the settings of an index are read through the
   * manager) keeps the index of the last look: searches go to the data nodes, which may well
   * answer, and each search reports its own failure.
   */
  private void checkQuietly() {
    try {
      check();
    } catch (AliasMissing e) {
      failure = e;
    } catch (BackendUnavailableException | RuntimeException e) {
      LOG.warn("the alias '{}' could not be looked up; searches keep the index '{}': {}", alias, current.name(), e.getMessage());
    }
  }

  /** Looks the alias up now; keeps the current version (and its caches) while the alias still names it. */
  synchronized IndexVersion check() throws BackendUnavailableException {
    String name = resolve();
    IndexVersion known = current;
    if (known == null || !known.name().equals(name)) {
      OptionalInt number = IndexVersions.number(alias, name);
      current = new IndexVersion(name, number.isPresent() ? number.getAsInt() : 0, resultCacheBytes);
    }
    failure = null;
    return current;
  }

  /** Stops the looks. */
  @Override
  public void close() {
    looks.shutdownNow();
  }

  /** The concrete index behind the alias (the alias itself when it names an index). */
  private String resolve() throws BackendUnavailableException {
    String path = "/" + URLEncoder.encode(alias, StandardCharsets.UTF_8) + "/_settings/index.uuid";
    ClusterHttp.Response response = cluster.call("GET", path, null);
    if (response.status() == 404) {
      throw new AliasMissing("OpenSearch (" + cluster.nodes() + ") has no index or alias '" + alias
          + "': build one with index-builder --target opensearch");
    }
    if (response.status() >= 300) {
      throw new BackendUnavailableException("OpenSearch (" + cluster.nodes() + ") refused to name the index behind '" + alias
          + "': HTTP " + response.status(), null);
    }
    List<String> names = new ArrayList<>();
    try {
      JsonNode indices = Cluster.JSON.readTree(response.body());
      indices.fieldNames().forEachRemaining(names::add);
    } catch (java.io.IOException e) {
      throw new BackendUnavailableException("OpenSearch answered what is not JSON: " + e.getMessage(), e);
    }
    if (names.size() != 1) {
      throw new AliasMissing("'" + alias + "' names " + names.size() + " indices " + names
          + "; the service searches one (index-builder moves the alias to one version at a time)");
    }
    return names.get(0);
  }

  /** The cluster answered, and the alias names no one index: no search can be served until it does. */
  private static final class AliasMissing extends BackendUnavailableException {
    private static final long serialVersionUID = 1L;

    AliasMissing(String message) {
      super(message, null);
    }
  }
}
