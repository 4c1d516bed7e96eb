package corpussearch.indexer.opensearch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * How long to wait before asking a busy cluster again: a pause that doubles from {@code first} up
 * to {@code longest}, for at most {@code tries} requests in all.
 *
 * @param first the first pause
 * @param longest the longest pause
 * @param tries requests in all, the first included
 */
public record Backoff(Duration first, Duration longest, int tries) {

  /** Up to 8 requests over about a minute: 0.5, 1, 2, 4, 8, 16, 30 s. */
  public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), 8);

  /**
   * As many tries as the pauses from {@code first}, doubling up to {@code longest}, fit in {@code
   * budget}: a caller that may wait {@code budget} for an answer keeps asking that long.
   *
   * @throws IllegalArgumentException when {@code first} is not positive
   */
  public static Backoff within(Duration first, Duration longest, Duration budget) {
    if (first.isNegative() || first.isZero()) {
      throw new IllegalArgumentException("the first pause must be positive: " + first);
    }
    int tries = 1;
    Duration waited = Duration.ZERO;
    for (Duration pause = first; waited.plus(pause).compareTo(budget) <= 0; pause = after(pause, longest)) {
      waited = waited.plus(pause);
      tries++;
    }
    return new Backoff(first, longest, tries);
  }

  /** The pauses between the tries, in order: one fewer than the tries. */
  List<Duration> pauses() {
    List<Duration> pauses = new ArrayList<>();
    for (Duration pause = first; pauses.size() < tries - 1; pause = after(pause, longest)) {
      pauses.add(pause);
    }
    return pauses;
  }

  /** The pause that follows {@code pause}: twice as long, at most {@code longest}. */
  private static Duration after(Duration pause, Duration longest) {
    Duration doubled = pause.multipliedBy(2);
    return doubled.compareTo(longest) <= 0 ? doubled : longest;
  }

  /**
   * Whether an HTTP status means "busy, ask again later": 429 (a full queue, or a circuit breaker)
   * or 503 (a shard not yet started).
   */
  static boolean busy(int status) {
    return status == 429 || status == 503;
  }

  /** The pauses of one request. */
  Attempts start() {
    return new Attempts();
  }

  /** The pauses left for one request. */
  final class Attempts {
    private final Iterator<Duration> pauses = pauses().iterator();

    /**
     * Waits before the next try.
     *
     * @return false, without waiting, when every try has been made
     */
    boolean pause() throws OpenSearchException {
      if (!pauses.hasNext()) {
        return false;
      }
      try {
        Thread.sleep(pauses.next());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new OpenSearchException("interrupted while waiting for a busy OpenSearch", e);
      }
      return true;
    }
  }
}
