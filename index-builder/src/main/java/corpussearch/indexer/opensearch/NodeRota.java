package corpussearch.indexer.opensearch;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * The order in which one request tries the nodes, kept as Elasticsearch's low-level {@code
 * RestClient} keeps it: the nodes in turn, except those that failed lately (refused, reset, or
 * silent past the wait for an answer, as a hung node is), which rest until their time is up and
 * meanwhile come last, the one whose rest ends first before the others, so that a request still
 * reaches some node when every node failed lately. A rest lasts one minute, √2 times longer with
 * each failure in a row, at most 30 minutes; one answer ends it. So a hung node costs one wait,
 * not one wait per request.
 */
final class NodeRota {

  static final Duration FIRST_REST = Duration.ofMinutes(1);
  static final Duration LONGEST_REST = Duration.ofMinutes(30);

  /** A node that failed {@code failures} times in a row and rests until {@code until} (nano time). */
  private record Rest(int failures, long until) {}

  private final List<URI> nodes;
  private final LongSupplier nanoClock;
  private final ConcurrentHashMap<URI, Rest> resting = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();

  /** @param nanoClock the time in nanoseconds, as {@link System#nanoTime} */
  NodeRota(List<URI> nodes, LongSupplier nanoClock) {
    this.nodes = List.copyOf(nodes);
    this.nanoClock = nanoClock;
  }

  /** The nodes for the next request, in the order to try them. */
  List<URI> order() {
    long now = nanoClock.getAsLong();
    int first = Math.floorMod(next.getAndIncrement(), nodes.size());
    List<URI> order = new ArrayList<>(nodes.size());
    List<URI> tired = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      URI node = nodes.get((first + i) % nodes.size());
      Rest rest = resting.get(node);
      (rest == null || rest.until() - now <= 0 ? order : tired).add(node);
    }
    tired.sort(Comparator.comparingLong(node -> restLeft(node, now)));
    order.addAll(tired);
    return order;
  }

  /** {@code node} failed to answer: it rests, longer than last time if it failed then too. */
  void failed(URI node) {
    long now = nanoClock.getAsLong();
    resting.merge(node, new Rest(1, now + FIRST_REST.toNanos()),
        (last, first) -> new Rest(last.failures() + 1, now + rest(last.failures() + 1).toNanos()));
  }

  /** {@code node} answered: it is in the turn again. */
  void answered(URI node) {
    resting.remove(node);
  }

  /** The rest after {@code failures} failures in a row: one minute times √2 for each after the first, at most 30 minutes. */
  static Duration rest(int failures) {
    double minutes = FIRST_REST.toMinutes() * Math.pow(2, (failures - 1) / 2.0);
    return minutes >= LONGEST_REST.toMinutes() ? LONGEST_REST : Duration.ofMillis(Math.round(minutes * 60_000));
  }

  private long restLeft(URI node, long now) {
    Rest rest = resting.get(node);
    return rest == null ? 0 : rest.until() - now;
  }
}
