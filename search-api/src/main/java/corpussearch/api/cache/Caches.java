package corpussearch.api.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The service's caches (Caffeine): bounded, counting what they do for {@code /health}, and loading
 * each missing key once however many requests ask for it at the same time.
 */
public final class Caches {

  /** What one cache has done so far, and how many entries it holds. */
  public record Figures(long hits, long misses, long evictions, long size) {

    /** The figures of {@code cache}, once its pending evictions are done. */
    public static Figures of(Cache<?, ?> cache) {
      cache.cleanUp();
      CacheStats stats = cache.stats();
      return new Figures(stats.hitCount(), stats.missCount(), stats.evictionCount(), cache.estimatedSize());
    }
  }

  /** Computes a value that may fail to read the index. */
  @FunctionalInterface
  public interface Loader<V> {
    /** The value to cache, if complete. */
    V load() throws IOException;
  }

  /** A value, and whether this caller computed it (false: it came from the cache). */
  public record Loaded<V>(V value, boolean fresh) {}

  /** A load under way: of {@code key}, for {@code cache} (compared by identity, as Caffeine's caches are). */
  private record Flight(Cache<?, ?> cache, Object key) {}

  /** The loads under way, each with the future its concurrent callers wait on. */
  private static final ConcurrentHashMap<Flight, CompletableFuture<Object>> LOADING = new ConcurrentHashMap<>();

  private Caches() {}

  /** A cache of at most {@code maxEntries} entries. */
  public static <K, V> Cache<K, V> ofSize(long maxEntries) {
    return builder().maximumSize(maxEntries).build();
  }

  /** A cache whose entries weigh at most {@code maxWeight} together, by {@code weigher}. */
  public static <K, V> Cache<K, V> ofWeight(long maxWeight, ToIntFunction<V> weigher) {
    return builder().<K, V>weigher((key, value) -> weigher.applyAsInt(value)).maximumWeight(maxWeight).build();
  }

  private static Caffeine<Object, Object> builder() {
    // evictions run on the caller's thread, so the figures /health reports are exact at once
    return Caffeine.newBuilder().executor(Runnable::run).recordStats();
  }

  /**
   * The value of {@code key}: the cached one, or else {@code loader}'s, which is kept only when
   * {@code complete} accepts it (a result cut short by its deadline is returned to its own caller
   * but never served to another). Concurrent callers of a missing key wait for one load; a load
   * that fails or is not complete leaves each of them to load for itself.
   *
   * <p>The load runs outside the cache's map. Caffeine's {@code get(key, function)} computes inside
   * the map's lock on the key's bin, so that a search of hundreds of milliseconds held up the
   * requests for every other key in that bin: at sixteen connections the service's slowest
   * answers took two and a half times the cluster's (docs/scale-out.md).
   */
  public static <K, V> Loaded<V> get(Cache<K, V> cache, K key, Loader<V> loader, Predicate<V> complete)
      throws IOException {
    while (true) {
      if (cache.policy().getIfPresentQuietly(key) != null) {
        V cached = cache.getIfPresent(key);
        if (cached != null) {
          return new Loaded<>(cached, false);
        }
      }
      Flight flight = new Flight(cache, key);
      CompletableFuture<Object> mine = new CompletableFuture<>();
      CompletableFuture<Object> running = LOADING.putIfAbsent(flight, mine);
      if (running == null) {
        return loadOnce(cache, key, loader, complete, flight, mine);
      }
      @SuppressWarnings("unchecked")
      V shared = (V) running.join();
      if (shared != null) {
        // counted as a hit, as Caffeine counts a caller that waited for another's load
        V counted = cache.getIfPresent(key);
        return new Loaded<>(counted != null ? counted : shared, false);
      }
    }
  }

  /**
   * The value {@code loader} gives, kept when complete and then handed to the callers waiting for
   * it (null: each loads its own); the look-up first counts the miss, or finds what a load that
   * ended meanwhile kept.
   */
  private static <K, V> Loaded<V> loadOnce(Cache<K, V> cache, K key, Loader<V> loader, Predicate<V> complete,
      Flight flight, CompletableFuture<Object> waiting) throws IOException {
    V shared = null;
    try {
      V present = cache.getIfPresent(key);
      if (present != null) {
        shared = present;
        return new Loaded<>(present, false);
      }
      V loaded = loader.load();
      if (complete.test(loaded)) {
        cache.put(key, loaded);
        shared = loaded;
      }
      return new Loaded<>(loaded, true);
    } finally {
      LOADING.remove(flight, waiting);
      waiting.complete(shared);
    }
  }
}
