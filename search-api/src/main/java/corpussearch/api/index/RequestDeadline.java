package corpussearch.api.index;

import java.time.Duration;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;

/**
 * The time limit of one request, set when it starts and shared by every stage: analysis, typo and
 * prefix expansion, counting, ranking, grouping, highlighting and the spelling suggestion. Each
 * stage asks {@link #shouldExit()} between its units of work (a word to expand, a window of
 * documents, a hit to mark) and, once it says yes, leaves the rest undone; the answer remembers
 * that something was, so the response can say {@code timedOut}.
 *
 * <p>The searcher of a request carries it as its {@link QueryTimeout} ({@link
 * IndexView#searcher}), which is how Lucene's own scoring loops and the query rewrites find it.
 */
public final class RequestDeadline implements QueryTimeout {

  private final long deadline;
  private volatile boolean cutShort;

  private RequestDeadline(long deadline) {
    this.deadline = deadline;
  }

  /** A deadline {@code limit} from now; none (never expiring) when null. */
  public static RequestDeadline after(Duration limit) {
    return new RequestDeadline(limit == null ? Long.MAX_VALUE : System.nanoTime() + limit.toNanos());
  }

  /** Whether the time is up; when it is, the asker leaves work undone, which is remembered. */
  @Override
  public boolean shouldExit() {
    if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0) {
      cutShort = true;
    }
    return cutShort;
  }

  /** Whether some stage found the time up and left work undone. */
  public boolean cutShort() {
    return cutShort;
  }

  /** Whether {@code searcher}'s request found its time up (false for a searcher without a deadline). */
  public static boolean cutShort(IndexSearcher searcher) {
    return searcher.getTimeout() instanceof RequestDeadline request && request.cutShort();
  }
}
