package corpussearch.indexer.corpus;

import corpussearch.indexer.source.PageOutcome;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Parses pages on worker threads while the corpus is read on the caller's thread, and applies the
 * outcomes on the caller's thread in the order they were handed in, so ids are claimed and
 * problems listed in file order however the parsing interleaved. Parsing a page (jsoup, main
 * content, metadata) costs more than indexing it; on the reading thread alone it would be the
 * build's bottleneck. At most a few pages per thread wait at once, which bounds memory.
 */
final class OrderedWork implements AutoCloseable {

  private static final int WAITING_PER_THREAD = 4;

  private final ExecutorService workers;
  private final int window;
  private final Consumer<PageOutcome> apply;
  private final Deque<Future<PageOutcome>> queue = new ArrayDeque<>();

  OrderedWork(int threads, Consumer<PageOutcome> apply) {
    this.workers = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "parse-page");
      thread.setDaemon(true);
      return thread;
    });
    this.window = threads * WAITING_PER_THREAD;
    this.apply = apply;
  }

  /** Queues {@code work} for a worker, waiting while enough is already queued. */
  void parse(Supplier<PageOutcome> work) {
    queue.add(workers.submit(work::get));
    while (queue.size() > window) {
      applyFirst();
    }
    applyDone();
  }

  /** Queues an outcome known already, behind the work handed in before it. */
  void add(PageOutcome outcome) {
    queue.add(CompletableFuture.completedFuture(outcome));
    applyDone();
  }

  /** Waits for all queued work and applies every outcome. */
  void finish() {
    while (!queue.isEmpty()) {
      applyFirst();
    }
  }

  private void applyDone() {
    while (!queue.isEmpty() && queue.peek().isDone()) {
      applyFirst();
    }
  }

  private void applyFirst() {
    try {
      apply.accept(queue.poll().get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while parsing pages", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Stops the workers; after a failure, pages still queued are dropped, not waited for. */
  @Override
  public void close() {
    workers.shutdownNow();
  }
}
