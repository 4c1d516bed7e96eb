package corpussearch.indexer.opensearch;

import java.time.Duration;

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
    private int made = 1;
    private Duration pause = first;

    /**
     * Waits before the next try.
     *
     * @return false, without waiting, when every try has been made
     */
    boolean pause() throws OpenSearchException {
      if (made >= tries) {
        return false;
      }
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new OpenSearchException("interrupted while waiting for a busy OpenSearch", e);
      }
      made++;
      pause = pause.multipliedBy(2).compareTo(longest) > 0 ? longest : pause.multipliedBy(2);
      return true;
    }
  }
}
