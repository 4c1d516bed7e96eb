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

/**
 * Which concrete index the alias names, looked up again at most every {@code interval} and at
 * once when a search finds its index gone: a rebuild that moves the alias is served within one
 * interval, without a restart and without a failed request.
 */
final class AliasWatch {

  private final Cluster cluster;
  private final String alias;
  private final Duration interval;
  private final long resultCacheBytes;
  private volatile IndexVersion current;
  private volatile long checkedAt;

  private AliasWatch(Cluster cluster, String alias, Duration interval, long resultCacheBytes) {
    this.cluster = cluster;
    this.alias = alias;
    this.interval = interval;
    this.resultCacheBytes = resultCacheBytes;
  }

  /**
   * Watches {@code alias} (or an index of that name) on {@code cluster}.
   *
   * @throws BackendUnavailableException when the cluster cannot be reached or holds no such alias
   */
  static AliasWatch of(Cluster cluster, String alias, Duration interval, long resultCacheBytes) throws BackendUnavailableException {
    AliasWatch watch = new AliasWatch(cluster, alias, interval, resultCacheBytes);
    watch.check();
    return watch;
  }

  String alias() {
    return alias;
  }

  /** The index the alias names, looked up again when the last look is older than the interval. */
  IndexVersion current() throws BackendUnavailableException {
    return stale() ? checkIfStale() : current;
  }

  /** Threads that all found the look stale wait here, and only the first asks the cluster again. */
  private synchronized IndexVersion checkIfStale() throws BackendUnavailableException {
    return stale() ? check() : current;
  }

  private boolean stale() {
    return System.nanoTime() - checkedAt > interval.toNanos();
  }

  /** Looks the alias up now; keeps the current version (and its caches) while the alias still names it. */
  synchronized IndexVersion check() throws BackendUnavailableException {
    String name = resolve();
    IndexVersion known = current;
    if (known == null || !known.name().equals(name)) {
      OptionalInt number = IndexVersions.number(alias, name);
      current = new IndexVersion(name, number.isPresent() ? number.getAsInt() : 0, resultCacheBytes);
    }
    checkedAt = System.nanoTime();
    return current;
  }

  /** The concrete index behind the alias (the alias itself when it names an index). */
  private String resolve() throws BackendUnavailableException {
    String path = "/" + URLEncoder.encode(alias, StandardCharsets.UTF_8) + "/_settings/index.uuid";
    ClusterHttp.Response response = cluster.call("GET", path, null);
    if (response.status() == 404) {
      throw new BackendUnavailableException("OpenSearch (" + cluster.nodes() + ") has no index or alias '" + alias
          + "': build one with index-builder --target opensearch", null);
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
      throw new BackendUnavailableException("'" + alias + "' names " + names.size() + " indices " + names
          + "; the service searches one (index-builder moves the alias to one version at a time)", null);
    }
    return names.get(0);
  }
}
