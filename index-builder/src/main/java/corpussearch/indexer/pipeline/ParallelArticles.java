package corpussearch.indexer.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs article tasks on a fixed pool of threads while the corpus is read on the caller's thread,
 * and hands the results back in submission order, so the report stays in file order however the
 * work was interleaved. At most a few tasks per thread wait at once, which keeps the memory of a
 * large corpus bounded.
 *
 * @param <T> what a task returns
 */
final class ParallelArticles<T> implements AutoCloseable {

  /** One unit of work. */
  @FunctionalInterface
  interface Task<T> {
    T call() throws IOException;
  }

  private static final int QUEUED_PER_THREAD = 4;

  private final ExecutorService workers;
  private final Semaphore slots;
  private final List<Future<T>> futures = new ArrayList<>();

  ParallelArticles(int threads) {
    this.workers = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "index-article");
      thread.setDaemon(true);
      return thread;
    });
    this.slots = new Semaphore(threads * QUEUED_PER_THREAD);
  }

  /** Queues {@code task}, waiting while enough work is already queued. */
  void submit(Task<T> task) {
    slots.acquireUninterruptibly();
    futures.add(workers.submit(() -> {
      try {
        return task.call();
      } finally {
        slots.release();
      }
    }));
  }

  /** Every task's result, in submission order; the first failure is rethrown as it was thrown. */
  List<T> results() throws IOException {
    List<T> results = new ArrayList<>(futures.size());
    for (Future<T> future : futures) {
      try {
        results.add(future.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while indexing", e);
      } catch (ExecutionException e) {
        throw rethrow(e.getCause());
      }
    }
    return results;
  }

  private static IOException rethrow(Throwable cause) {
    if (cause instanceof IOException io) {
      return io;
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IOException(cause);
  }

  @Override
  public void close() {
    workers.shutdownNow();
    try {
      workers.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
