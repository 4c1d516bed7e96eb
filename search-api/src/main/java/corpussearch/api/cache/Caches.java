package corpussearch.api.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
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
   * but never served to another). Concurrent callers of a missing key wait for one load.
   */
  public static <K, V> Loaded<V> get(Cache<K, V> cache, K key, Loader<V> loader, Predicate<V> complete)
      throws IOException {
    AtomicReference<V> partial = new AtomicReference<>();
    AtomicBoolean fresh = new AtomicBoolean();
    try {
      V value = cache.get(key, ignored -> {
        fresh.set(true);
        V loaded = load(loader);
        if (complete.test(loaded)) {
          return loaded;
        }
        partial.set(loaded);
        return null;
      });
      return new Loaded<>(value != null ? value : partial.get(), fresh.get());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static <V> V load(Loader<V> loader) {
    try {
      return loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
