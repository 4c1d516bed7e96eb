package corpussearch.indexer.opensearch;

import corpussearch.indexer.opensearch.BulkRequests.Action;
import corpussearch.indexer.opensearch.BulkRequests.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fills an index through {@code _bulk} requests of bounded size, from several threads at once:
 * each thread adds its article's paragraphs and, when the batch is full, sends it itself, so at
 * most one batch per thread is in memory or in flight. Paragraphs the cluster refuses for now
 * (HTTP 429) are sent again after a pause; any other refusal fails the build.
 */
final class BulkLoader {

  private final ClusterHttp http;
  private final int maxBytes;
  private final Backoff backoff;
  private final AtomicLong indexed = new AtomicLong();
  private List<Action> batch = new ArrayList<>();
  private int batchBytes;

  /**
   * @param maxBytes the size a batch is sent at (a single larger paragraph goes alone)
   */
  BulkLoader(ClusterHttp http, int maxBytes, Backoff backoff) {
    this.http = http;
    this.maxBytes = maxBytes;
    this.backoff = backoff;
  }

  /** Adds one article's actions, sending the batch when it is full. */
  void add(List<Action> actions) throws OpenSearchException {
    List<Action> full = null;
    synchronized (this) {
      batch.addAll(actions);
      batchBytes += actions.stream().mapToInt(Action::bytes).sum();
      if (batchBytes >= maxBytes) {
        full = take();
      }
    }
    if (full != null) {
      send(full);
    }
  }

  /** Sends what is left. */
  void flush() throws OpenSearchException {
    List<Action> rest;
    synchronized (this) {
      rest = take();
    }
    if (!rest.isEmpty()) {
      send(rest);
    }
  }

  /** How many documents the cluster has taken. */
  long indexed() {
    return indexed.get();
  }

  private List<Action> take() {
    List<Action> taken = batch;
    batch = new ArrayList<>();
    batchBytes = 0;
    return taken;
  }

  private void send(List<Action> actions) throws OpenSearchException {
    Backoff.Attempts attempts = backoff.start();
    List<Action> pending = actions;
    while (true) {
      Outcome outcome = BulkRequests.outcome(http.ndjson("/_bulk", BulkRequests.body(pending)));
      indexed.addAndGet(outcome.indexed());
      if (outcome.failure() != null) {
        throw new OpenSearchException("OpenSearch refused paragraph " + outcome.failure());
      }
      if (outcome.busy().isEmpty()) {
        return;
      }
      if (!attempts.pause()) {
        throw new OpenSearchException("OpenSearch (" + http.nodesText() + ") stayed too busy to index " + outcome.busy().size()
            + " paragraphs (HTTP 429 after " + backoff.tries() + " tries)");
      }
      Set<String> busy = Set.copyOf(outcome.busy());
      pending = pending.stream().filter(action -> busy.contains(action.id())).toList();
    }
  }
}
