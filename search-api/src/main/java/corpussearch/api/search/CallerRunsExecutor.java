package corpussearch.api.search;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs each task in the thread that submits it. Given to Lucene's {@code DrillSideways}, it
 * selects the strategy that counts each filtered dimension with its own plain search (which
 * Lucene's bulk scorers run fast) instead of one scorer that advances every filter per document,
 * without adding threads: on a loaded server each request already has a core.
 */
final class CallerRunsExecutor extends AbstractExecutorService {

  static final CallerRunsExecutor INSTANCE = new CallerRunsExecutor();

  private CallerRunsExecutor() {}

  @Override
  public void execute(Runnable task) {
    task.run();
  }

  @Override
  public void shutdown() {}

  @Override
  public List<Runnable> shutdownNow() {
    return List.of();
  }

  @Override
  public boolean isShutdown() {
    return false;
  }

  @Override
  public boolean isTerminated() {
    return false;
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return false;
  }
}
